package cn.quanze.org.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.files.UnitImport;
import cn.quanze.ui.common.FilterComboBox;
import cn.quanze.ui.common.DateField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 组织机构 tab of 系统管理: the unit tree with a search box, and beside it the unit's form and actions. */
public final class UnitsView {
    private final UnitsViewModel vm;
    private final VBox root;
    private final TreeTableView<Department> tree = new TreeTableView<>();
    private final Map<String, TreeItem<Department>> items = new HashMap<>();
    private final FilterComboBox<Department> parent;
    private final FilterComboBox<Department> mergeInto;
    private boolean rebuilding;

    public UnitsView(UnitsViewModel vm) {
        this.vm = vm;
        TextField search = new TextField();
        search.setId("units-search");
        search.setPromptText(I18n.t("units.pane.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button importButton = button("units-import", "units.pane.import", vm::importFile);
        Button export = button("units-export", "units.pane.export", vm::export);
        importButton.disableProperty().bind(vm.editableProperty().not());
        HBox bar = new HBox(8, search, importButton, export);

        tree.setId("units-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setPlaceholder(new Label(I18n.t("admin.units.empty")));
        tree.getColumns().add(column("admin.col.name", Department::name, 200));
        tree.getColumns().add(column("admin.col.code", Department::code, 80));
        tree.getColumns().add(column("admin.col.shortName", d -> nz(d.shortName()), 90));
        tree.getColumns().add(column("admin.col.kind", d -> I18n.of(d.kind()), 90));
        tree.getColumns().add(column("units.excel.col.phone", d -> nz(d.phone()), 110));
        tree.getColumns().add(column("units.excel.col.head", d -> nz(d.head()), 70));
        tree.getColumns().add(column("units.excel.col.retiredOn", d -> d.retiredOn() == null ? ""
                : d.retiredOn().toString(), 90));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (!rebuilding && t != null && t.getValue() != null) {
                vm.selectedProperty().set(t.getValue());
            }
        });
        vm.shown().addListener((ListChangeListener<Department>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, d) -> reveal(d));
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox left = new VBox(8, bar, tree);

        parent = units("units-parent");
        mergeInto = units("units-merge-into");
        vm.units().addListener((ListChangeListener<Department>) c -> {
            parent.setAll(vm.units());
            mergeInto.setAll(vm.units());
        });
        parent.valueProperty().bindBidirectional(vm.parentProperty());
        mergeInto.valueProperty().bindBidirectional(vm.mergeIntoProperty());
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.setId("units-kind");
        kind.getItems().setAll(UnitKind.values());
        kind.setCellFactory(l -> cell(I18n::of));
        kind.setButtonCell(cell(I18n::of));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        DatePicker retireOn = DateField.picker("units-retire-on", null);
        retireOn.valueProperty().bindBidirectional(vm.retireOnProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int r = 0;
        r = row(form, r, "admin.col.code", text("units-code", vm.codeProperty()), UnitsViewModel.Field.CODE);
        r = row(form, r, "admin.col.name", text("units-name", vm.nameProperty()), UnitsViewModel.Field.NAME);
        r = row(form, r, "admin.col.shortName", text("units-short", vm.shortNameProperty()), null);
        TextField aliases = text("units-aliases", vm.aliasesProperty());
        aliases.setPromptText(I18n.t("units.pane.aliases.prompt"));
        r = row(form, r, "units.excel.col.aliases", aliases, null);
        r = row(form, r, "admin.col.kind", kind, UnitsViewModel.Field.KIND);
        r = row(form, r, "units.excel.col.parent", parent, UnitsViewModel.Field.PARENT);
        r = row(form, r, "units.excel.col.sortOrder", text("units-order", vm.orderProperty()), UnitsViewModel.Field.ORDER);
        r = row(form, r, "units.excel.col.phone", text("units-phone", vm.phoneProperty()), null);
        r = row(form, r, "units.excel.col.head", text("units-head", vm.headProperty()), null);
        Button add = button("units-new", "units.pane.new", () -> {
            tree.getSelectionModel().clearSelection();
            vm.newUnit();
        });
        Button save = button("units-save", "units.pane.save", vm::save);
        form.add(new HBox(8, add, save), 1, r++);
        form.disableProperty().bind(vm.editableProperty().not());

        GridPane actions = new GridPane();
        actions.setHgap(8);
        actions.setVgap(6);
        Button retire = button("units-retire", "units.pane.retire", vm::retire);
        Button reinstate = button("units-reinstate", "units.pane.reinstate", vm::reinstate);
        Button merge = button("units-merge", "units.pane.merge", vm::merge);
        int a = row(actions, 0, "units.pane.retireOn", new HBox(8, retireOn, retire, reinstate),
                UnitsViewModel.Field.DATE);
        row(actions, a, "units.pane.mergeInto", new HBox(8, mergeInto, merge), UnitsViewModel.Field.MERGE);
        HBox.setHgrow(mergeInto, Priority.ALWAYS);
        actions.disableProperty().bind(vm.editableProperty().not().or(vm.selectedProperty().isNull()));

        Label message = new Label();
        message.setId("units-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label readOnly = new Label(I18n.t("units.pane.readOnly"));
        readOnly.getStyleClass().add(Styles.TEXT_MUTED);
        readOnly.visibleProperty().bind(vm.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        VBox right = new VBox(10, readOnly, title("units.pane.form"), form, title("units.pane.actions"), actions,
                message, previewBox());
        right.setPadding(new javafx.geometry.Insets(0, 12, 0, 4));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, split);
        root.setId("units-pane");
    }

    /** The dry run's summary and problems, with 确认导入 (only when every row is valid) and 取消. */
    private Node previewBox() {
        Label summary = new Label();
        summary.setId("units-preview-summary");
        summary.setWrapText(true);
        ListView<String> issues = new ListView<>();
        issues.setId("units-preview-issues");
        issues.setPrefHeight(120);
        Button ok = button("units-import-confirm", "units.pane.import.confirm", vm::confirmImport);
        Button cancel = button("units-import-cancel", "common.cancel", vm::cancelImport);
        VBox box = new VBox(6, title("units.pane.import.preview"), summary, issues, new HBox(8, ok, cancel));
        box.setId("units-preview");
        vm.previewProperty().addListener((o, old, rep) -> show(box, summary, issues, ok, rep));
        show(box, summary, issues, ok, null);
        return box;
    }

    private static void show(VBox box, Label summary, ListView<String> issues, Button ok, UnitImport.Report r) {
        box.setVisible(r != null);
        box.setManaged(r != null);
        summary.setText(r == null ? "" : r.summary());
        issues.getItems().setAll(r == null ? java.util.List.of() : r.messages());
        issues.setVisible(r != null && !r.valid());
        issues.setManaged(issues.isVisible());
        ok.setDisable(r == null || !r.valid());
    }

    private void rebuild() {
        rebuilding = true;
        items.clear();
        TreeItem<Department> top = new TreeItem<>();
        for (Department d : vm.shown()) {
            TreeItem<Department> item = new TreeItem<>(d);
            item.setExpanded(true);
            items.put(d.id(), item);
            TreeItem<Department> up = d.parentId() == null ? null : items.get(d.parentId());
            (up == null ? top : up).getChildren().add(item);
        }
        tree.setRoot(top);
        rebuilding = false;
        reveal(vm.selectedProperty().get());
    }

    private void reveal(Department d) {
        TreeItem<Department> item = d == null ? null : items.get(d.id());
        if (item == null || tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        rebuilding = true;
        tree.getSelectionModel().select(item);
        rebuilding = false;
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(row);
        }
    }

    private FilterComboBox<Department> units(String id) {
        FilterComboBox<Department> box = new FilterComboBox<>(vm.units(), Department::name, UnitMatcher::keysOf,
                UnitMatcher::normalize);
        box.setId(id);
        box.setPromptText(I18n.t("units.pane.choose"));
        box.setPrefWidth(240);
        return box;
    }

    private int row(GridPane g, int r, String key, Node field, UnitsViewModel.Field error) {
        g.add(new Label(I18n.t(key)), 0, r);
        g.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error == null) {
            return r + 1;
        }
        Label e = new Label();
        e.setId("units-error-" + error.name().toLowerCase(java.util.Locale.ROOT));
        e.getStyleClass().add(Styles.DANGER);
        e.setWrapText(true);
        e.textProperty().bind(vm.errorProperty(error));
        e.visibleProperty().bind(e.textProperty().isNotEmpty());
        e.managedProperty().bind(e.visibleProperty());
        g.add(e, 1, r + 1);
        return r + 2;
    }

    private static Label title(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TreeTableColumn<Department, String> column(String key, Function<Department, String> value,
                                                              double width) {
        TreeTableColumn<Department, String> c = new TreeTableColumn<>(I18n.t(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Ctrl+N: an empty form for a new unit. */
    public void newUnit() {
        tree.getSelectionModel().clearSelection();
        vm.newUnit();
    }

    /** Ctrl+S: saves the form. */
    public void save() {
        vm.save();
    }

    public Node root() {
        return root;
    }
}
