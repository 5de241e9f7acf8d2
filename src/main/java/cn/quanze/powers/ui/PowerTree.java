package cn.quanze.powers.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.ui.common.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * The tree table of main items and their sub-items: the columns (which the user may hide; "export what is shown"
 * takes the visible ones), the selection in both directions, and the retired rows greyed.
 */
final class PowerTree {
    private final PowersViewModel vm;
    private final TreeTableView<PowerItem> tree = new TreeTableView<>();
    private final Map<TreeTableColumn<PowerItem, ?>, String> columnFields = new HashMap<>();

    PowerTree(PowersViewModel vm) {
        this.vm = vm;
        tree.setShowRoot(false);
        tree.setTableMenuButtonVisible(true);
        tree.setPlaceholder(new Label(I18n.t("powers.empty")));
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        column("code", "powers.col.code", PowerItem::code, 150, true);
        column("name", "powers.col.name", PowerItem::name, 300, true);
        column("type", "powers.col.type", p -> I18n.of(p.type()), 90, true);
        column("department", "powers.col.department", vm::departmentName, 160, true);
        column("office", "powers.excel.col.office", p -> Tables.orEmpty(p.undertakingOffice()), 110, false);
        column("level", "powers.excel.col.level", p -> I18n.of(p.level()), 70, false);
        column("legalLimit", "powers.col.legalLimit", p -> limit(p.legalLimitDays()), 95, true);
        column("promisedLimit", "powers.col.promisedLimit", p -> limit(p.promisedLimitDays()), 95, true);
        column("status", "powers.col.status", p -> I18n.of(p.status()), 70, true);
        column("bases", "powers.excel.col.bases", p -> p.bases().stream().map(b -> Tables.orEmpty(b.law())
                + Tables.orEmpty(b.article())).collect(Collectors.joining("；")), 200, false);
        column("steps", "powers.excel.col.steps", p -> p.steps().stream().map(s -> s.name())
                .collect(Collectors.joining(" → ")), 200, false);
        TreeTableColumn<PowerItem, String> demo = Tables.treeText(I18n.t("common.col.demo"),
                p -> p.demo() ? I18n.t("demo.badge") : "", 70);
        tree.getColumns().add(demo);
        tree.setId("powers-tree");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                vm.selectedProperty().set(b == null ? null : b.getValue()));
        tree.setRowFactory(t -> new javafx.scene.control.TreeTableRow<>() {
            @Override
            protected void updateItem(PowerItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("retired"),
                        !empty && item != null && item.status() != PowerStatus.ACTIVE);
            }
        });
        vm.visibleProperty().addListener((o, a, b) -> fill(b));
        vm.selectedProperty().addListener((o, a, b) -> reveal(b));
    }

    Node root() {
        return tree;
    }

    /** Selects and scrolls to the item's row when the selection came from elsewhere (the global search). */
    private void reveal(PowerItem item) {
        TreeItem<PowerItem> current = tree.getSelectionModel().getSelectedItem();
        if (item == null || current != null && current.getValue().id().equals(item.id()) || tree.getRoot() == null) {
            return;
        }
        find(tree.getRoot(), item.id()).ifPresent(node -> {
            tree.getSelectionModel().select(node);
            javafx.application.Platform.runLater(() -> tree.scrollTo(Math.max(0, tree.getRow(node) - 3)));
        });
    }

    private static Optional<TreeItem<PowerItem>> find(TreeItem<PowerItem> node, String id) {
        for (TreeItem<PowerItem> child : node.getChildren()) {
            if (child.getValue().id().equals(id)) {
                return Optional.of(child);
            }
            var deeper = find(child, id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private void column(String id, String titleKey, Function<PowerItem, String> value, double width, boolean shown) {
        TreeTableColumn<PowerItem, String> col = Tables.treeText(I18n.t(titleKey), value, width);
        col.setId("powers-col-" + id);
        col.setVisible(shown);
        columnFields.put(col, PowersViewModel.columnFields().get(id));
        tree.getColumns().add(col);
    }

    /** The fields of the visible columns, in their on-screen order. */
    List<String> shownFields() {
        List<String> out = new ArrayList<>();
        for (TreeTableColumn<PowerItem, ?> c : tree.getColumns()) {
            String f = columnFields.get(c);
            if (c.isVisible() && f != null) {
                out.add(f);
                if (f.equals(cn.quanze.powers.files.PowerColumns.NAME)) {
                    out.add(cn.quanze.powers.files.PowerColumns.SUB_NAME);
                }
            }
        }
        return out;
    }

    private static String limit(Integer days) {
        return days == null ? "" : I18n.t("common.workdays", days); // blank stays blank
    }

    private void fill(List<PowerItem> items) {
        PowerItem keep = vm.selectedProperty().get();
        TreeItem<PowerItem> rootItem = new TreeItem<>();
        Map<String, TreeItem<PowerItem>> byId = new HashMap<>();
        Set<String> ids = items.stream().map(PowerItem::id).collect(Collectors.toSet());
        for (PowerItem p : items) {
            TreeItem<PowerItem> node = new TreeItem<>(p);
            node.setExpanded(true);
            byId.put(p.id(), node);
        }
        for (PowerItem p : items) {
            TreeItem<PowerItem> parent = p.parentId() != null && ids.contains(p.parentId()) ? byId.get(p.parentId())
                    : rootItem;
            parent.getChildren().add(byId.get(p.id()));
        }
        tree.setRoot(rootItem);
        ((Label) tree.getPlaceholder()).setText(I18n.t(vm.allItems().isEmpty() ? "powers.empty" : "powers.noMatch"));
        if (keep != null && byId.containsKey(keep.id())) {
            tree.getSelectionModel().select(byId.get(keep.id()));
        }
    }
}
