package cn.quanze.powers.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * 权力清单 pane: filters and search above; the counts by type, the tree table of main items and sub-items, and
 * the detail of the selected item side by side; actions to add, edit, adjust, import and export.
 */
public final class PowersView implements PaneView {
    /** Node property tests set to a {@code Supplier<Path>} to answer the file dialogs. */
    public static final String FILE_ANSWER = "powers.fileAnswer";
    private final PowersViewModel vm;
    private Button newPower;
    private final VBox root;
    private final TreeTableView<PowerItem> tree = new TreeTableView<>();
    private final Map<TreeTableColumn<PowerItem, ?>, String> columnFields = new HashMap<>();
    private final VBox summary = new VBox(4);

    public PowersView(PowersViewModel vm) {
        this.vm = vm;
        buildTree();
        PowerDetailView detail = new PowerDetailView();
        vm.detailProperty().addListener((o, a, b) -> detail.show(b));
        summary.setId("powers-summary");
        summary.setMinWidth(150);
        vm.countsProperty().addListener((o, a, b) -> fillSummary(b));
        SplitPane split = new SplitPane(summary, tree, detail.root());
        split.setDividerPositions(0.12, 0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId("powers-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        root = Ui.page(Ui.header("nav.powers", actions()), filters(), split, notice);
        root.setId("powers-pane");
    }

    private Node[] actions() {
        Button add = new Button(I18n.t("powers.action.new"));
        add.setId("powers-new");
        add.setOnAction(e -> edit(null, null));
        newPower = add;
        Button addSub = new Button(I18n.t("powers.action.newSub"));
        addSub.setId("powers-new-sub");
        addSub.setOnAction(e -> {
            PowerItem s = vm.selectedProperty().get();
            edit(null, s.parentId() == null ? s : vm.allItems().stream().filter(p -> p.id().equals(s.parentId()))
                    .findFirst().orElse(s));
        });
        Button change = new Button(I18n.t("powers.action.edit"));
        change.setId("powers-edit");
        change.setOnAction(e -> edit(vm.selectedProperty().get(), null));
        MenuButton adjust = new MenuButton(I18n.t("powers.action.adjust"));
        adjust.setId("powers-adjust");
        for (AdjustmentKind k : List.of(AdjustmentKind.CANCEL, AdjustmentKind.DELEGATE, AdjustmentKind.MERGE)) {
            MenuItem item = new MenuItem(I18n.of(k));
            item.setId("powers-adjust-" + k.name().toLowerCase());
            item.setOnAction(e -> AdjustDialog.show(root.getScene().getWindow(), vm, vm.selectedProperty().get(), k));
            adjust.getItems().add(item);
        }
        addSub.disableProperty().bind(vm.selectedProperty().isNull());
        change.disableProperty().bind(vm.selectedProperty().isNull());
        adjust.disableProperty().bind(vm.selectedProperty().isNull());
        Button importButton = new Button(I18n.t("powers.action.import"));
        importButton.setId("powers-import");
        importButton.setOnAction(e -> ImportWizard.show(root.getScene().getWindow(), vm.newImport(),
                () -> pickFile(true, null), vm::refresh));
        MenuButton export = new MenuButton(I18n.t("powers.action.export"));
        export.setId("powers-export");
        MenuItem shown = new MenuItem(I18n.t("powers.action.exportShown"));
        shown.setId("powers-export-shown");
        shown.setOnAction(e -> {
            Path f = pickFile(false, I18n.t("powers.export.fileName"));
            if (f != null) {
                vm.exportShown(f, shownFields(), n -> { });
            }
        });
        MenuItem full = new MenuItem(I18n.t("powers.action.exportFull"));
        full.setId("powers-export-full");
        full.setOnAction(e -> {
            Path f = pickFile(false, I18n.t("powers.export.fileNameFull"));
            if (f != null) {
                vm.exportFull(f, n -> { });
            }
        });
        export.getItems().addAll(shown, full);
        return new Node[] {add, addSub, change, adjust, importButton, export};
    }

    private Node filters() {
        TextField search = new TextField();
        search.setPromptText(I18n.t("powers.search.prompt"));
        search.setId("powers-search");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(22);
        ComboBox<PowerType> type = combo("powers-filter-type", List.of(PowerType.values()), I18n::of);
        type.valueProperty().bindBidirectional(vm.typeFilterProperty());
        ComboBox<Department> dept = combo("powers-filter-department", List.of(), Department::name);
        vm.departmentsProperty().addListener((o, a, b) -> {
            Department keep = dept.getValue();
            dept.getItems().setAll(new ArrayList<>(java.util.Collections.singletonList(null)));
            dept.getItems().addAll(b);
            dept.setValue(keep);
        });
        dept.valueProperty().bindBidirectional(vm.departmentFilterProperty());
        ComboBox<PowerStatus> status = combo("powers-filter-status", List.of(PowerStatus.values()), I18n::of);
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        CheckBox cancelled = new CheckBox(I18n.t("powers.filter.showCancelled"));
        cancelled.setId("powers-show-cancelled");
        cancelled.selectedProperty().bindBidirectional(vm.showCancelledProperty());
        HBox box = new HBox(8, search, new Label(I18n.t("powers.filter.type")), type,
                new Label(I18n.t("powers.filter.department")), dept, new Label(I18n.t("powers.filter.status")), status,
                cancelled);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().add(null);
        c.getItems().addAll(values);
        Supplier<ListCell<T>> cell = () -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.t("common.all") : label.apply(item));
            }
        };
        c.setButtonCell(cell.get());
        c.setCellFactory(l -> cell.get());
        return c;
    }

    private void buildTree() {
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

    private static java.util.Optional<TreeItem<PowerItem>> find(TreeItem<PowerItem> node, String id) {
        for (TreeItem<PowerItem> child : node.getChildren()) {
            if (child.getValue().id().equals(id)) {
                return java.util.Optional.of(child);
            }
            var deeper = find(child, id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return java.util.Optional.empty();
    }

    private void column(String id, String titleKey, Function<PowerItem, String> value, double width, boolean shown) {
        TreeTableColumn<PowerItem, String> col = Tables.treeText(I18n.t(titleKey), value, width);
        col.setId("powers-col-" + id);
        col.setVisible(shown);
        columnFields.put(col, PowersViewModel.columnFields().get(id));
        tree.getColumns().add(col);
    }

    /** The fields of the visible columns, in their on-screen order. */
    private List<String> shownFields() {
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
        return days == null ? "" : I18n.t("common.workdays", days);
    }

    private void fillSummary(Map<PowerType, Long> counts) {
        summary.getChildren().setAll(Ui.title("powers.summary.title"));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        summary.getChildren().add(summaryLink(null, I18n.t("powers.summary.all", total)));
        for (PowerType t : PowerType.values()) {
            long n = counts.getOrDefault(t, 0L);
            Hyperlink link = summaryLink(t, I18n.t("powers.summary.type", I18n.of(t), n));
            link.setDisable(n == 0);
            summary.getChildren().add(link);
        }
    }

    private Hyperlink summaryLink(PowerType type, String text) {
        Hyperlink link = new Hyperlink(text);
        link.setId("powers-summary-" + (type == null ? "all" : type.name()));
        link.setOnAction(e -> vm.typeFilterProperty().set(type));
        return link;
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

    private void edit(PowerItem original, PowerItem parent) {
        PowerEditViewModel form = vm.newEdit(original, parent);
        PowerEditDialog.show(root.getScene().getWindow(), form, vm.departmentsProperty().get(),
                saved -> vm.saved(saved, original == null));
    }

    @SuppressWarnings("unchecked")
    private Path pickFile(boolean open, String suggested) {
        Object answer = root.getProperties().get(FILE_ANSWER);
        if (answer instanceof Supplier<?> s) {
            return ((Supplier<Path>) s).get();
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("powers.file.xlsx"), "*.xlsx"));
        if (suggested != null) {
            chooser.setInitialFileName(suggested);
        }
        File f = open ? chooser.showOpenDialog(root.getScene().getWindow())
                : chooser.showSaveDialog(root.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public boolean newRecord() {
        newPower.fire();
        return true;
    }

    @Override
    public void activate() {
        vm.refresh();
    }

    @Override
    public void openRecord(String recordId) {
        vm.open(recordId);
    }
}
