package cn.quanze.home.ui;

import cn.quanze.TestWorkbench;
import cn.quanze.app.DesktopApp;
import cn.quanze.ui.shell.WindowTest;
import org.junit.jupiter.api.BeforeEach;

/** The main window on the demo data (fixed clock 2026-11-22 09:00), opened before each test of the 首页 tests. */
abstract class DemoWindow extends WindowTest {
    /** Options for the window before it shows (none by default). */
    DesktopApp configure(DesktopApp desktop) {
        return desktop;
    }

    @BeforeEach
    void openDemoWindow() throws Exception {
        openWindow(TestWorkbench.withDemo(dir), this::configure);
    }
}
