package cn.quanze.ui.home;

import cn.quanze.TestWorkbench;
import cn.quanze.app.DesktopApp;
import cn.quanze.app.Workbench;
import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the demo data (fixed clock 2026-11-22 09:00), opened before each test of the 首页 tests. */
abstract class DemoWindow extends FxRobot {
    @TempDir
    Path dir;
    Workbench wb;
    Stage stage;
    DesktopApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    /** Options for the window before it shows (none by default). */
    DesktopApp configure(DesktopApp desktop) {
        return desktop;
    }

    @BeforeEach
    void openWindow() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            stage = new Stage();
            app = configure(new DesktopApp(wb, stage));
            app.show(null);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.isShowing());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        wb.close();
    }
}
