package cn.quanze.admin.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.AuditLog;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import java.io.File;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The 审计日志 tab of 系统管理. */
final class AuditView {
    private final VBox root;

    AuditView(AuditViewModel vm) {
        ComboBox<String> user = new ComboBox<>(vm.users());
        user.setId("audit-user");
        user.setEditable(true);
        user.setPromptText(I18n.t("audit.filter.user"));
        user.valueProperty().bindBidirectional(vm.userProperty());
        user.setPrefWidth(140);
        TextField record = new TextField();
        record.setId("audit-record");
        record.setPromptText(I18n.t("audit.filter.record"));
        record.textProperty().bindBidirectional(vm.recordProperty());
        record.setPrefWidth(170);
        DatePicker from = cn.quanze.ui.common.DateField.picker("audit-from", null);
        from.setPromptText(I18n.t("audit.filter.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setPrefWidth(140);
        DatePicker to = cn.quanze.ui.common.DateField.picker("audit-to", null);
        to.setPromptText(I18n.t("audit.filter.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setPrefWidth(140);
        Button search = new Button(I18n.t("audit.search"));
        search.setId("audit-search");
        search.setDefaultButton(true);
        search.setOnAction(e -> vm.search());
        record.setOnAction(e -> vm.search());
        Button export = new Button(I18n.t("audit.export"));
        export.setId("audit-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(I18n.t("audit.export.fileName") + ".xlsx");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
            File f = chooser.showSaveDialog(export.getScene().getWindow());
            if (f != null) {
                vm.exportXlsx(f.toPath());
            }
        });
        HBox filters = new HBox(8, user, record, from, new Label("–"), to, search, Ui.spacer(), export);
        filters.setAlignment(Pos.CENTER_LEFT);
        TableView<AuditLog.Entry> table = Tables.table(I18n.t("audit.empty"));
        table.setId("audit-table");
        table.getColumns().add(Tables.text(I18n.t("audit.col.time"), vm::time, 150));
        table.getColumns().add(Tables.text(I18n.t("audit.col.user"), AuditLog.Entry::user, 110));
        table.getColumns().add(Tables.text(I18n.t("audit.col.action"), e -> AuditViewModel.label(e.action()), 130));
        table.getColumns().add(Tables.text(I18n.t("audit.col.entity"), e -> AuditViewModel.label(e.entity()), 100));
        table.getColumns().add(Tables.text(I18n.t("audit.col.op"), e -> AuditViewModel.label(e.operation()), 60));
        table.getColumns().add(Tables.text(I18n.t("audit.col.record"), AuditLog.Entry::recordId, 260));
        table.setItems(vm.entries());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        TableView<AuditLog.FieldChange> details = Tables.table(I18n.t("audit.details.empty"));
        details.setId("audit-details");
        details.getColumns().add(Tables.text(I18n.t("audit.col.field"), AuditLog.FieldChange::field, 140));
        details.getColumns().add(Tables.text(I18n.t("audit.col.before"), c -> Tables.orEmpty(c.before()), 300));
        details.getColumns().add(Tables.text(I18n.t("audit.col.after"), c -> Tables.orEmpty(c.after()), 300));
        details.setItems(vm.details());
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(vm.statusProperty());
        root = new VBox(10, filters, status, split);
    }

    Node root() {
        return root;
    }
}
