package cn.quanze.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.app.DesktopApp;
import cn.quanze.core.domain.Role;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Sql;
import cn.quanze.ui.common.Theme;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The launch flow with sign-in: the login dialog comes before the main window; the first run makes an admin. */
class LoginFlowTest extends WindowTest {
    /** Starts like the launcher does: the sign-in (or first-run) dialog before the window; no wait for it. */
    private void launch(AtomicBoolean quit) throws Exception {
        FxToolkit.setupFixture(() -> {
            Theme.loadFonts();
            Theme.apply(false);
            stage = new Stage();
            new DesktopApp(wb, stage).requireSignIn(() -> quit.set(true)).show(null);
        });
    }

    @Test
    void wrongPasswordIsToldThenTheRightOneOpensTheWindowAsThatUser() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        wb.users().create("zhangsan", "张三", null, Role.SUPERVISOR, "dubandu2026".toCharArray());
        launch(new AtomicBoolean());
        waitFor(() -> lookup("#login-name").tryQuery().isPresent());
        assertThat(stage.isShowing()).as("main window waits for the sign-in").isFalse();
        clickOn("#login-name").write("zhangsan");
        Shots.save(lookup("#login-name").query().getScene(), "login");
        clickOn("#login-password").write("wrong-pass1");
        clickOn("#login-submit");
        waitFor(
                () -> !lookup("#login-message").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#login-message").queryAs(Label.class).getText()).contains("用户名或密码不正确").contains("4");
        Shots.save(lookup("#login-name").query().getScene(), "login-wrong");
        clickOn("#login-password").write("dubandu2026");
        clickOn("#login-submit");
        waitFor(() -> stage.isShowing());
        assertThat(wb.store().currentActor()).isEqualTo("zhangsan");
        waitFor(
                () -> lookup("#status-user").queryAs(Label.class).getText().contains("zhangsan"));
        long signIns = wb.store().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'user.signIn' AND user_name = 'tester'"));
        assertThat(signIns).isEqualTo(1);
    }

    @Test
    void firstRunCreatesTheOfficeAndTheFirstAdministratorWhoIsThenSignedIn() throws Exception {
        wb = TestWorkbench.open(dir);
        launch(new AtomicBoolean());
        waitFor(() -> lookup("#setup-code").tryQuery().isPresent());
        focusOn("#setup-code").write("JD01");
        focusOn("#setup-name").write("田林街道办事处");
        focusOn("#setup-admin-password").write("tianlin2026");
        focusOn("#setup-admin-confirm").write("tianlin2026");
        Shots.save(lookup("#setup-code").query().getScene(), "setup-first-run");
        clickOn(lookup(".button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().contains("田林街道办事处"));
        assertThat(wb.users().byLogin("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(wb.store().principal()).hasValueSatisfying(p -> assertThat(p.login()).isEqualTo("admin"));
        assertThat(wb.units().byCode("JD01")).as("the office itself is a unit").hasValueSatisfying(u -> assertThat(u)
                .extracting(u2 -> u2.name(), u2 -> u2.kind(), u2 -> u2.demo())
                .containsExactly("田林街道办事处", cn.quanze.org.domain.UnitKind.OFFICE, false));
    }

    @Test
    void cancellingTheSignInQuits() throws Exception {
        wb = TestWorkbench.withDemo(dir);
        wb.users().create("admin", null, null, Role.ADMIN, "admin2026x".toCharArray());
        AtomicBoolean quit = new AtomicBoolean();
        launch(quit);
        waitFor(() -> lookup("#login-name").tryQuery().isPresent());
        clickOn(I18n.t("login.name")).type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, quit::get);
        assertThat(stage.isShowing()).isFalse();
    }

    /** Clicks a field of the first-run dialog wherever it is: its scroll pane is first moved to show it. */
    private org.testfx.api.FxRobotInterface focusOn(String query) {
        javafx.scene.Node n = lookup(query).query();
        interact(() -> {
            for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double range = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (range > 0) {
                        sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 20) / range)));
                    }
                    break;
                }
            }
        });
        return clickOn(query);
    }
}
