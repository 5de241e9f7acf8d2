package cn.quanze.ui.deadlines;

import cn.quanze.domain.power.PowerItem;
import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 限时办结 pane: time limits per power item. */
public final class DeadlinesView implements PaneView {
    private final DeadlinesViewModel vm;
    private final VBox root;

    public DeadlinesView(DeadlinesViewModel vm) {
        this.vm = vm;
        TableView<PowerItem> table = Tables.table(I18n.t("deadlines.empty"));
        table.setId("deadlines-table");
        table.getColumns().add(Tables.text(I18n.t("powers.col.code"), PowerItem::code, 120));
        table.getColumns().add(Tables.text(I18n.t("powers.col.name"), PowerItem::name, 300));
        table.getColumns().add(Tables.value(I18n.t("powers.col.legalLimit"), PowerItem::legalLimitDays, 90));
        table.getColumns().add(Tables.text(I18n.t("powers.col.promisedLimit"),
                p -> Tables.orEmpty(p.promisedLimitDays()), 90));
        table.getColumns().add(Tables.text(I18n.t("deadlines.col.speedUp"), DeadlinesViewModel::speedUp, 90));
        table.setItems(vm.limits());
        VBox.setVgrow(table, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.deadlines"), table);
        root.setId("deadlines-pane");
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
