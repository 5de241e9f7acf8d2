package cn.quanze.admin.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Backups;
import cn.quanze.ui.common.Tables;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The 备份与恢复 tab of 系统管理. */
final class BackupView {
    private final VBox root;

    BackupView(BackupViewModel vm) {
        TableView<Backups.BackupFile> table = Tables.table(I18n.t("backup.empty"));
        table.setId("backup-table");
        table.getColumns().add(Tables.text(I18n.t("backup.col.time"), vm::time, 170));
        table.getColumns().add(Tables.text(I18n.t("backup.col.file"), f -> f.file().getFileName().toString(), 260));
        table.getColumns().add(Tables.text(I18n.t("backup.col.size"), f -> String.format("%,d KB", f.bytes() / 1024), 100));
        table.setItems(vm.files());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button now = new Button(I18n.t("backup.now"));
        now.setId("backup-now");
        now.setOnAction(e -> {
            FileChooser chooser = chooser();
            chooser.setInitialFileName(I18n.t("backup.fileName") + ".db");
            File f = chooser.showSaveDialog(now.getScene().getWindow());
            if (f != null) {
                vm.backupNow(f.toPath());
            }
        });
        Button restoreSelected = new Button(I18n.t("backup.restoreSelected"));
        restoreSelected.setId("backup-restore-selected");
        restoreSelected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreSelected.setOnAction(e -> confirmRestore(vm, table.getSelectionModel().getSelectedItem().file(),
                restoreSelected));
        Button restoreFile = new Button(I18n.t("backup.restoreFile"));
        restoreFile.setId("backup-restore-file");
        restoreFile.setOnAction(e -> {
            File f = chooser().showOpenDialog(restoreFile.getScene().getWindow());
            if (f != null) {
                confirmRestore(vm, f.toPath(), restoreFile);
            }
        });
        Label hint = new Label(I18n.t("backup.hint"));
        hint.setWrapText(true);
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        root = new VBox(10, hint, new HBox(8, now, restoreSelected, restoreFile), status, table);
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("backup.filter"), "*.db"));
        return chooser;
    }

    /** Shows what the backup holds and restores only after the user confirms. */
    private static void confirmRestore(BackupViewModel vm, Path file, Node owner) {
        vm.preview(file, text -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
            confirm.setTitle(I18n.t("backup.confirm.title"));
            confirm.setHeaderText(I18n.t("backup.confirm.header"));
            confirm.initOwner(owner.getScene().getWindow());
            confirm.getDialogPane().setId("backup-confirm");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.restore(file));
        });
    }

    Node root() {
        return root;
    }
}
