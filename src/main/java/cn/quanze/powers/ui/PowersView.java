package cn.quanze.powers.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Ui;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 权力清单 pane: filters and search above ({@link PowerFilterBar}); the counts by type, the tree table of main items
 * and sub-items ({@link PowerTree}) and the detail of the selected item side by side; actions to add, edit, adjust,
 * import and export.
 */
public final class PowersView implements PaneView {
    private final PowersViewModel vm;
    private Button newPower;
    private final VBox root;
    private final PowerTree tree;
    private final VBox summary = new VBox(4);

    public PowersView(PowersViewModel vm) {
        this.vm = vm;
        this.tree = new PowerTree(vm);
        PowerDetailView detail = new PowerDetailView();
        vm.detailProperty().addListener((o, a, b) -> detail.show(b));
        summary.setId("powers-summary");
        summary.setMinWidth(150);
        vm.countsProperty().addListener((o, a, b) -> fillSummary(b));
        SplitPane split = new SplitPane(summary, tree.root(), detail.root());
        split.setDividerPositions(0.12, 0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId("powers-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        root = Ui.page(Ui.header("nav.powers", actions()), PowerFilterBar.of(vm), split, notice);
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
        importButton.setOnAction(e -> vm.chooseWorkbook().ifPresent(f -> ImportWizard.show(root.getScene().getWindow(),
                vm.newImport(), f, vm::refresh)));
        MenuButton export = new MenuButton(I18n.t("powers.action.export"));
        export.setId("powers-export");
        MenuItem shown = new MenuItem(I18n.t("powers.action.exportShown"));
        shown.setId("powers-export-shown");
        shown.setOnAction(e -> vm.exportShown(tree.shownFields()));
        MenuItem full = new MenuItem(I18n.t("powers.action.exportFull"));
        full.setId("powers-export-full");
        full.setOnAction(e -> vm.exportFull());
        export.getItems().addAll(shown, full);
        return new Node[] {add, addSub, change, adjust, importButton, export};
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

    private void edit(PowerItem original, PowerItem parent) {
        PowerEditViewModel form = vm.newEdit(original, parent);
        PowerEditDialog.show(root.getScene().getWindow(), form, vm.departmentsProperty().get(),
                saved -> vm.saved(saved, original == null));
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
