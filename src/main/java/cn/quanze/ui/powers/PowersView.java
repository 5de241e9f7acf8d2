package cn.quanze.ui.powers;

import cn.quanze.domain.power.PowerItem;
import cn.quanze.domain.power.PowerType;
import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 权力清单 pane: a tree table of main items and sub-items with type filter and search. */
public final class PowersView implements PaneView {
    private final PowersViewModel vm;
    private final VBox root;
    private final TreeTableView<PowerItem> tree = new TreeTableView<>();

    public PowersView(PowersViewModel vm) {
        this.vm = vm;
        TextField search = new TextField();
        search.setPromptText(I18n.t("powers.search.prompt"));
        search.setId("powers-search");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(24);
        ComboBox<PowerType> type = new ComboBox<>();
        type.getItems().add(null);
        type.getItems().addAll(PowerType.values());
        type.setButtonCell(typeCell());
        type.setCellFactory(l -> typeCell());
        type.valueProperty().bindBidirectional(vm.typeFilterProperty());
        HBox filters = new HBox(8, search, new Label(I18n.t("powers.filter.type")), type);

        tree.setShowRoot(false);
        tree.setTableMenuButtonVisible(true);
        tree.setPlaceholder(new Label(I18n.t("powers.empty")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.code"), PowerItem::code, 130));
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.name"), PowerItem::name, 300));
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.type"), p -> I18n.of(p.type()), 100));
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.department"), vm::departmentName, 150));
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.legalLimit"), p -> limit(p.legalLimitDays()), 80));
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.promisedLimit"), p -> limit(p.promisedLimitDays()), 80));
        tree.getColumns().add(Tables.treeText(I18n.t("powers.col.status"), p -> I18n.of(p.status()), 70));
        tree.getColumns().add(Tables.treeText(I18n.t("common.col.demo"),
                p -> p.demo() ? I18n.t("demo.badge") : "", 80));
        tree.setId("powers-tree");
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.visibleProperty().addListener((o, a, b) -> fill(b));
        root = Ui.page(Ui.header("nav.powers"), filters, tree);
        root.setId("powers-pane");
    }

    private static ListCell<PowerType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PowerType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.t("common.all") : I18n.of(item));
            }
        };
    }

    private static String limit(Integer days) {
        return days == null ? I18n.t("powers.limit.none") : I18n.t("common.workdays", days);
    }

    private void fill(List<PowerItem> items) {
        TreeItem<PowerItem> rootItem = new TreeItem<>();
        Map<String, TreeItem<PowerItem>> byId = new HashMap<>();
        Set<String> ids = items.stream().map(PowerItem::id).collect(Collectors.toSet());
        for (PowerItem p : items) {
            byId.put(p.id(), new TreeItem<>(p));
        }
        for (PowerItem p : items) {
            TreeItem<PowerItem> node = byId.get(p.id());
            TreeItem<PowerItem> parent = p.parentId() != null && ids.contains(p.parentId()) ? byId.get(p.parentId()) : rootItem;
            parent.getChildren().add(node);
        }
        tree.setRoot(rootItem);
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
