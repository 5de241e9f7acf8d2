package cn.quanze.sync.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.ImportReport;
import cn.quanze.ui.common.Tables;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The import preview: who sent the file, what it adds, changes, proposes or conflicts, then import or cancel. */
final class ImportPreviewPane {
    private final VBox root;

    ImportPreviewPane(SyncViewModel vm) {
        Label summary = new Label(I18n.t("sync.pane.noPreview"));
        summary.setId("sync-preview-summary");
        summary.setWrapText(true);
        TableView<ImportReport.Item> table = Tables.table(I18n.t("sync.pane.previewEmpty"));
        table.setId("sync-preview");
        table.getColumns().add(Tables.text(I18n.t("sync.col.what"), i -> kindLabel(i.kind()), 110));
        table.getColumns().add(Tables.text(I18n.t("sync.col.entity"), i -> SyncViewModel.entityLabel(i.entity()), 120));
        table.getColumns().add(Tables.text(I18n.t("sync.col.record"), ImportReport.Item::label, 420));
        table.getColumns().add(Tables.text(I18n.t("sync.col.from"), ImportReport.Item::originOffice, 120));
        Button apply = new Button(I18n.t("sync.pane.confirmImport"));
        apply.setId("sync-confirm-import");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> vm.confirmImport());
        Button cancel = new Button(I18n.t("sync.pane.cancel"));
        cancel.setOnAction(e -> vm.cancelPreview());
        vm.previewProperty().addListener((o, a, r) -> {
            table.setItems(r == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(r.items()));
            apply.setDisable(r == null || r.status() != ImportReport.Status.PREVIEW);
            cancel.setDisable(r == null);
            summary.setText(r == null ? I18n.t("sync.pane.noPreview") : describe(r));
        });
        apply.setDisable(true);
        cancel.setDisable(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, summary, new HBox(8, apply, cancel), table);
        root.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
    }

    static String describe(ImportReport r) {
        String text = I18n.t("sync.pane.previewSummary", r.fileName(), r.senderName(), r.senderOffice(),
                r.count(ImportReport.Kind.ADDED), r.count(ImportReport.Kind.CHANGED), r.count(ImportReport.Kind.DELETED),
                r.count(ImportReport.Kind.PROPOSED), r.count(ImportReport.Kind.CONFLICT),
                r.count(ImportReport.Kind.BACKLOG), r.alreadyKnown());
        return r.missing().isEmpty() ? text : text + "\n" + String.join("\n", r.missing());
    }

    static String kindLabel(ImportReport.Kind k) {
        return I18n.of(k);
    }

    Node root() {
        return root;
    }
}
