package cn.quanze.supervision.ui;

import cn.quanze.core.domain.Light;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.ui.common.FilterBanner;
import cn.quanze.ui.common.LightCell;
import cn.quanze.supervision.data.LightWords;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** 督查督办 pane: filters and the register above, the selected item's detail, actions and timeline below. */
public final class SupervisionView implements PaneView {
    private final SupervisionViewModel vm;
    private final AssignmentViewModel assignments;
    private final VBox root;
    private Button newItem;
    private final javafx.scene.control.TabPane tabs;

    public SupervisionView(SupervisionViewModel vm, AssignmentViewModel assignments) {
        this.vm = vm;
        this.assignments = assignments;
        TableView<Entry> table = Tables.table(I18n.t("supervision.empty"));
        table.setId("supervision-table");
        TableColumn<Entry, String> light = Tables.text(I18n.t("common.col.light"),
                e -> e.light() == null ? null : e.light().name(), 70);
        light.setCellFactory(c -> new LightCell<>(LightWords::brief,
                e -> I18n.t("supervision.why.tooltip", LightWords.full(e))));
        light.setPrefWidth(110);
        table.getColumns().add(light);
        table.getColumns().add(Tables.text(I18n.t("supervision.col.number"), e -> e.item().displayNumber(), 140));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.title"), e -> e.item().title(), 260));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.source"), e -> I18n.of(e.item().source()), 90));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.leadUnit"), Entry::leadUnit, 130));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.deadline"), e -> Tables.orEmpty(e.item().deadline()), 95));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.nextDue"), e -> Tables.orEmpty(e.nextDue()), 95));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.state"), e -> I18n.of(e.item().state()), 75));
        table.getColumns().add(Tables.value(I18n.t("supervision.col.progress"), e -> e.item().progress(), 60));
        table.getColumns().add(Tables.value(I18n.t("supervision.col.missed"), Entry::missedCycles, 70));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.escalation"),
                e -> e.escalation().level() == cn.quanze.supervision.domain.EscalationLevel.NONE ? ""
                        : I18n.of(e.escalation().level()), 80));
        table.setItems(vm.entries());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && b != table.getSelectionModel().getSelectedItem()) {
                Tables.reveal(table, b);
            }
        });

        ItemDetailPane detail = new ItemDetailPane(vm, this::issueNotice);
        SplitPane split = new SplitPane(table, detail.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        Button add = new Button(I18n.t("supervision.action.new"));
        newItem = add;
        add.setId("supervision-new");
        add.setOnAction(e -> SupervisionForms.newItem(window(), vm.units(), vm::register));
        Button report = new Button(I18n.t("supervision.action.report"));
        report.setId("supervision-report");
        report.setOnAction(e -> SupervisionForms.report(window(), vm.today(), vm.exportDir(),
                (r, form) -> vm.writeReport(r.from(), r.to(), r.format(), r.file(), form)));
        Button ledger = new Button(I18n.t("supervision.action.ledger"));
        ledger.setId("supervision-ledger");
        ledger.setOnAction(e -> SupervisionForms.ledger(window(), vm.exportDir(), vm::exportLedger));
        VBox register = new VBox(8, filters(), FilterBanner.of("supervision-named-filter", vm.namedFilterProperty(),
                vm::clearNamedFilter), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        tabs = AssignmentTabs.tabs(register, assignments);
        root = Ui.page(Ui.header("nav.supervision", add, ledger, report), tabs);
        root.setId("supervision-pane");
    }

    private HBox filters() {
        TextField search = new TextField();
        search.setId("supervision-search");
        search.setPromptText(I18n.t("supervision.filter.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<SupervisionState> state = withAll(SupervisionState.values(), "supervision.filter.allStates");
        state.setId("supervision-filter-state");
        state.valueProperty().bindBidirectional(vm.stateFilterProperty());
        ComboBox<Light> light = withAll(Light.values(), "supervision.filter.allLights");
        light.setId("supervision-filter-light");
        light.valueProperty().bindBidirectional(vm.lightFilterProperty());
        cn.quanze.ui.common.FilterComboBox<Department> unit = SupervisionForms.unitBox(vm.units());
        vm.units().addListener((javafx.collections.ListChangeListener<Department>) c -> unit.setAll(vm.units()));
        unit.setPromptText(I18n.t("supervision.filter.unit"));
        unit.setId("supervision-filter-unit");
        unit.valueProperty().bindBidirectional(vm.unitFilterProperty());
        CheckBox missed = new CheckBox(I18n.t("supervision.filter.missed"));
        missed.setId("supervision-filter-missed");
        missed.selectedProperty().bindBidirectional(vm.missedOnlyProperty());
        Button clear = new Button(I18n.t("supervision.filter.clear"));
        clear.setOnAction(e -> {
            search.clear();
            state.setValue(null);
            light.setValue(null);
            unit.setValue(null);
            missed.setSelected(false);
            vm.clearNamedFilter();
        });
        HBox box = new HBox(8, search, state, light, unit, missed, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <E extends Enum<E>> ComboBox<E> withAll(E[] values, String allKey) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(FXCollections.observableArrayList(Arrays.asList(values)));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? I18n.t(allKey) : I18n.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setPromptText(I18n.t(allKey));
        return box;
    }

    private void issueNotice(Window owner, SupervisionItem item) {
        SupervisionForms.notice(owner, item.title(), vm.exportDir(), item.displayNumber(),
                (n, form) -> vm.issueNotice(item, n.requirement(), n.format(), n.file(), form));
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
        assignments.refresh();
    }

    @Override
    public boolean newRecord() {
        newItem.fire();
        return true;
    }

    @Override
    public void applyFilter(String filter) {
        tabs.getSelectionModel().select(0); // the register, where the filtered list is
        vm.applyNamedFilter(filter);
    }

    @Override
    public void openRecord(String recordId) {
        vm.open(recordId);
    }
}
