package cn.quanze.duties.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import cn.quanze.duties.ui.DutiesViewModel.BlockRow;
import cn.quanze.duties.ui.DutiesViewModel.DepartmentRow;
import cn.quanze.duties.ui.DutiesViewModel.GapRow;
import cn.quanze.duties.ui.DutiesViewModel.HitRow;
import cn.quanze.duties.ui.DutiesViewModel.PowerRow;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 责任清单 pane: three views of the catalog (by power item, by department, by sub-district), the gap report and the
 * search results on the left; one detail pane on the right shared by all of them.
 */
public final class DutiesView implements PaneView {
    private final DutiesViewModel vm;
    private final VBox root;
    private final TabPane tabs = new TabPane();
    private final Tab hitsTab;

    public DutiesView(DutiesViewModel vm) {
        this.vm = vm;
        TableView<PowerRow> powers = Tables.table(I18n.t("duties.empty.powers"));
        powers.setId("duties-table");
        powers.getColumns().add(Tables.text(I18n.t("duties.col.code"), r -> r.item().code(), 105));
        powers.getColumns().add(Tables.text(I18n.t("duties.col.name"), DutiesView::powerName, 200));
        powers.getColumns().add(Tables.text(I18n.t("duties.col.type"),
                r -> I18n.of(r.item().type()).replaceFirst("^行政", ""), 60));
        powers.getColumns().add(Tables.text(I18n.t("duties.col.department"), PowerRow::department, 100));
        powers.getColumns().add(Tables.value(I18n.t("duties.col.stages"), PowerRow::stages, 44));
        powers.getColumns().add(Tables.value(I18n.t("duties.col.cases"), PowerRow::cases, 44));
        powers.setItems(vm.powerRows());
        select(powers, r -> vm.selectPower(r.item()));

        TableView<DepartmentRow> units = Tables.table(I18n.t("duties.empty"));
        units.setId("duties-department-table");
        units.getColumns().add(Tables.text(I18n.t("admin.col.code"), r -> r.unit().code(), 70));
        units.getColumns().add(Tables.text(I18n.t("admin.col.name"), r -> r.unit().name(), 180));
        units.getColumns().add(Tables.value(I18n.t("duties.col.activePowers"), DepartmentRow::powers, 70));
        units.getColumns().add(Tables.value(I18n.t("duties.col.posts"), DepartmentRow::posts, 60));
        units.getColumns().add(Tables.value(I18n.t("duties.col.assistance"), DepartmentRow::assistance, 70));
        units.setItems(vm.departmentRows());
        select(units, r -> vm.selectDepartment(r.unit()));

        TableView<BlockRow> blocks = Tables.table(I18n.t("duties.empty"));
        blocks.setId("duties-block-table");
        blocks.getColumns().add(Tables.text(I18n.t("admin.col.name"), r -> r.unit().name(), 180));
        blocks.getColumns().add(Tables.value(I18n.t("duties.col.basic"), BlockRow::basic, 70));
        blocks.getColumns().add(Tables.value(I18n.t("duties.col.cooperating"), BlockRow::cooperating, 70));
        blocks.getColumns().add(Tables.value(I18n.t("duties.col.withdrawn"), BlockRow::withdrawn, 70));
        blocks.setItems(vm.blockRows());
        select(blocks, r -> vm.selectBlock(r.unit()));

        TableView<GapRow> gaps = Tables.table(I18n.t("duties.gaps.none"));
        gaps.setId("duties-gap-table");
        gaps.getColumns().add(Tables.text(I18n.t("duties.col.gapKind"), r -> I18n.of(r.gap().kind()), 100));
        gaps.getColumns().add(Tables.text(I18n.t("duties.col.code"), r -> r.gap().code(), 110));
        gaps.getColumns().add(Tables.text(I18n.t("duties.col.name"), r -> r.gap().name(), 200));
        gaps.getColumns().add(Tables.text(I18n.t("duties.col.department"), GapRow::department, 120));
        gaps.setItems(vm.gaps());
        gaps.setRowFactory(tv -> {
            TableRow<GapRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    vm.openGap(row.getItem());
                }
            });
            return row;
        });
        Button exportGaps = new Button(I18n.t("duties.action.exportGaps"));
        exportGaps.setId("duties-export-gaps");
        exportGaps.setOnAction(e -> vm.files().exportGaps());
        Label gapHint = new Label(I18n.t("duties.gaps.hint"));
        gapHint.setWrapText(true);
        gapHint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox gapBox = new VBox(8, gapHint, gaps, exportGaps);
        VBox.setVgrow(gaps, Priority.ALWAYS);

        TableView<HitRow> hits = Tables.table(I18n.t("duties.search.none"));
        hits.setId("duties-hit-table");
        hits.getColumns().add(Tables.text(I18n.t("duties.col.hitKind"), r -> kindLabel(r.hit().kind()), 80));
        hits.getColumns().add(Tables.text(I18n.t("duties.col.where"), HitRow::where, 160));
        hits.getColumns().add(Tables.text(I18n.t("duties.col.excerpt"), r -> r.hit().excerpt(), 320));
        hits.setItems(vm.hits());
        select(hits, vm::openHit);

        Tab byPower = tab("duties-tab-power", "duties.tab.power", powers);
        Tab byDepartment = tab("duties-tab-department", "duties.tab.department", units);
        Tab byBlock = tab("duties-tab-block", "duties.tab.block", blocks);
        Tab gapTab = tab("duties-tab-gaps", "duties.tab.gaps", gapBox);
        hitsTab = tab("duties-tab-search", "duties.tab.search", hits);
        tabs.getTabs().addAll(byPower, byDepartment, byBlock, gapTab, hitsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        gapTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.t("duties.tab.gapsCount", vm.gaps().size()), vm.gaps()));

        TextField search = new TextField();
        search.setId("duties-search");
        search.setPromptText(I18n.t("duties.search.prompt"));
        search.setPrefWidth(320);
        search.textProperty().addListener((o, a, b) -> {
            vm.search(b);
            if (b != null && !b.isBlank()) {
                tabs.getSelectionModel().select(hitsTab);
            }
        });
        Label message = new Label();
        message.setId("duties-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);

        DutyDetailView detail = new DutyDetailView(vm, vm.files()::exportDepartment);
        SplitPane split = new SplitPane(tabs, detail.root());
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        Button importButton = new Button(I18n.t("duties.action.import"));
        importButton.setId("duties-import");
        importButton.setOnAction(e -> vm.files().chooseImport());
        vm.files().importPreviewProperty().addListener((o, a, p) -> {
            if (p != null) {
                ImportConfirm.show(window(), p, vm.files());
            }
        });
        vm.revealedProperty().addListener((o, a, d) -> {
            if (d instanceof DutyDetail.OfPower p) {
                reveal(byPower, powers, r -> r.item().id().equals(p.item().id()));
            } else if (d instanceof DutyDetail.OfDepartment u) {
                reveal(byDepartment, units, r -> r.unit().id().equals(u.unit().id()));
            } else if (d instanceof DutyDetail.OfBlock b) {
                reveal(byBlock, blocks, r -> r.unit().id().equals(b.unit().id()));
            }
        });
        root = Ui.page(Ui.header("nav.duties", message, search, importButton), split);
        root.setId("duties-pane");
        root.getProperties().put(DutiesViewModel.class, vm);
        vm.formProperty().addListener((o, a, form) -> {
            if (form != null) {
                FormDialog.show(window(), form, vm::formClosed);
            }
        });
    }

    private static String powerName(PowerRow r) {
        String name = (r.item().parentId() == null ? "" : "　") + r.item().name();
        return r.item().isActive() ? name : I18n.t("duties.col.nameWithStatus", name, I18n.of(r.item().status()));
    }

    private static String kindLabel(cn.quanze.duties.data.DutyRepository.Kind kind) {
        return I18n.t(switch (kind) {
            case DUTY -> "duties.kind.duty";
            case DEPARTMENT -> "duties.kind.department";
            case BLOCK -> "duties.kind.block";
            case POST -> "duties.kind.post";
            case ASSISTANCE -> "duties.kind.assistance";
        });
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }

    /** Brings the tab and the row matching {@code which} into sight and selects it. */
    private <T> void reveal(Tab tab, TableView<T> table, java.util.function.Predicate<T> which) {
        tabs.getSelectionModel().select(tab);
        table.getItems().stream().filter(which).findFirst().ifPresent(row -> Tables.reveal(table, row));
    }

    private static <T> void select(TableView<T> table, Consumer<T> onSelect) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onSelect.accept(b);
            }
        });
    }

    private javafx.stage.Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
    }

    @Override
    public void openRecord(String recordId) {
        vm.open(recordId);
    }

    /** {@code gaps} (the 有权必有责 card of 首页): shows the gap report. */
    @Override
    public void applyFilter(String filter) {
        tabs.getTabs().stream().filter(t -> ("duties-tab-" + filter).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
