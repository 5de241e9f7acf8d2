package cn.quanze.duties.ui;

import cn.quanze.core.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows the dry run of a catalog import and lets the user import all, only the valid rows, or nothing. */
final class ImportConfirm {
    private ImportConfirm() {
    }

    static void show(Window owner, DutyFiles.ImportPreview preview, DutyFiles vm) {
        boolean clean = preview.report().invalid() == 0;
        ButtonType go = new ButtonType(I18n.t(clean ? "duties.import.go" : "duties.import.goValid"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(clean ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("duties.action.import"));
        alert.setHeaderText(preview.report().summary());
        alert.setContentText(I18n.t(clean ? "duties.import.clean" : "duties.import.invalid", preview.file().getFileName()));
        alert.getButtonTypes().setAll(go, cancel);
        alert.getDialogPane().lookupButton(go).setId("duties-import-go");
        if (!clean) {
            TextArea issues = new TextArea(preview.issues(200));
            issues.setId("duties-import-issues");
            issues.setEditable(false);
            issues.setWrapText(true);
            issues.setPrefRowCount(10);
            alert.getDialogPane().setExpandableContent(issues);
            alert.getDialogPane().setExpanded(true);
        }
        alert.setOnHidden(e -> {
            if (alert.getResult() == go) {
                vm.confirmImport(!clean);
            } else {
                vm.cancelImport();
            }
        });
        alert.show();
    }
}
