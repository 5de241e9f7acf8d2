package cn.quanze.app;

import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.DbCheck;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/** The warning shown when the start-up check finds the database or the audit chain broken. */
final class StartupWarnings {
    private StartupWarnings() {
    }

    static void showBroken(Stage owner, List<DbCheck.Problem> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("app.startCheck.title"));
        alert.setHeaderText(I18n.t("app.startCheck.header", problems.size()));
        alert.setContentText(I18n.t("app.startCheck.advice"));
        TextArea details = new TextArea(problems.stream().map(p -> I18n.t(p.key(), p.args().toArray()))
                .collect(Collectors.joining("\n")));
        details.setId("startup-check-problems");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(true);
        alert.show();
    }
}
