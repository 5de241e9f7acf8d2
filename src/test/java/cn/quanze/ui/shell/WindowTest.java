package cn.quanze.ui.shell;

import cn.quanze.TestWorkbench;
import cn.quanze.app.DesktopApp;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every TestFX test of the window needs, once: the toolkit and the Chinese bundle, the main window (or a
 * single pane) in the light theme with the bundled font, waiting for it, and closing stages and the workbench
 * after each test. Subclasses open what they drive with {@link #openDemo()}, {@link #openWindow} or
 * {@link #showPane}.
 */
public abstract class WindowTest extends FxRobot {
    @TempDir
    protected Path dir;
    protected Workbench wb;
    protected Stage stage;
    protected DesktopApp app;
    private final java.util.Set<Workbench> opened = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        if (wb != null) {
            opened.add(wb);
            wb = null;
        }
        for (Workbench w : opened) {
            w.close();
        }
        opened.clear();
    }

    /** A workbench this test opened itself (e.g. a second office): closed after the test with the window's. */
    protected Workbench track(Workbench workbench) {
        opened.add(workbench);
        return workbench;
    }

    /** The main window on a workbench with the demo data (fixed clock 2026-11-22 09:00), signed in as nobody. */
    protected Stage openDemo() throws Exception {
        return openWindow(TestWorkbench.withDemo(dir), d -> d);
    }

    /** The main window on {@code workbench} (closed after the test), {@code configure}d before it shows. */
    protected Stage openWindow(Workbench workbench, UnaryOperator<DesktopApp> configure) throws Exception {
        wb = track(workbench);
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            stage = new Stage();
            app = configure.apply(new DesktopApp(wb, stage));
            app.show(null);
        });
        waitFor(() -> stage.isShowing());
        return stage;
    }

    /** One pane on its own, themed like the window, {@code width} × {@code height}. */
    protected Stage showPane(Supplier<Parent> pane, double width, double height) throws Exception {
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            stage = new Stage();
            Scene scene = new Scene(pane.get(), width, height);
            Theme.style(scene, 14);
            stage.setScene(scene);
            stage.show();
        });
        waitFor(() -> stage.isShowing());
        return stage;
    }

    /**
     * Waits up to 30 seconds for {@code condition} (work runs off the FX thread; CI machines can be slow), then for
     * the FX events it queued.
     */
    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
