package cn.quanze.ui.duties;

import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import cn.quanze.ui.duties.DutiesViewModel.DepartmentRow;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 责任清单 pane: units and the powers they bear responsibility for. */
public final class DutiesView implements PaneView {
    private final DutiesViewModel vm;
    private final VBox root;

    public DutiesView(DutiesViewModel vm) {
        this.vm = vm;
        TableView<DepartmentRow> table = Tables.table(I18n.t("duties.empty"));
        table.setId("duties-table");
        table.getColumns().add(Tables.text(I18n.t("admin.col.code"), r -> r.department().code(), 90));
        table.getColumns().add(Tables.text(I18n.t("admin.col.name"), r -> r.department().name(), 220));
        table.getColumns().add(Tables.text(I18n.t("admin.col.kind"), r -> I18n.of(r.department().kind()), 90));
        table.getColumns().add(Tables.value(I18n.t("duties.col.powers"), DepartmentRow::powers, 90));
        table.getColumns().add(Tables.value(I18n.t("duties.col.activePowers"), DepartmentRow::activePowers, 90));
        table.setItems(vm.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.duties"), table);
        root.setId("duties-pane");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
    }
}
