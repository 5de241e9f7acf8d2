package cn.quanze.sync.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.Backlog;
import cn.quanze.sync.data.IdentityCard;
import cn.quanze.sync.data.SyncService;
import cn.quanze.core.domain.NamedFilter;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Tables;
import cn.quanze.ui.common.Ui;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 数据同步 pane: partners, import preview, conflicts, proposals, backlog and the sync folder, one tab each. */
public final class SyncView implements PaneView {
    private final SyncViewModel vm;
    private final VBox root;
    private final TabPane tabs = new TabPane();
    private final Tab previewTab;

    public SyncView(SyncViewModel vm) {
        this.vm = vm;
        Label message = new Label();
        message.setId("sync-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.refusedProperty().addListener((o, a, b) -> message.setStyle(b ? "-fx-text-fill: -color-danger-fg;" : ""));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        previewTab = new Tab(I18n.t("sync.tab.preview"), new ImportPreviewPane(vm).root());
        Tab partners = new Tab(I18n.t("sync.tab.partners"), partnersTab());
        partners.setId("sync-tab-" + NamedFilter.PARTNERS);
        Tab conflicts = new Tab(I18n.t("sync.tab.conflicts"), new ConflictsPane(vm).root());
        conflicts.setId("sync-tab-" + NamedFilter.CONFLICTS);
        Tab proposals = new Tab(I18n.t("sync.tab.proposals"), new ProposalsPane(vm).root());
        proposals.setId("sync-tab-" + NamedFilter.PROPOSALS);
        tabs.getTabs().addAll(partners, previewTab, conflicts, proposals,
                new Tab(I18n.t("sync.tab.backlog"), backlogTab()),
                new Tab(I18n.t("sync.tab.folder"), folderTab()));
        vm.previewProperty().addListener((o, a, b) -> {
            if (b != null) {
                tabs.getSelectionModel().select(previewTab);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = Ui.page(Ui.header("nav.sync"), message, tabs);
        root.setId("sync-pane");
    }

    private Node partnersTab() {
        Label self = new Label();
        self.setId("sync-self");
        self.textProperty().bind(Bindings.createStringBinding(() -> {
            IdentityCard c = vm.selfProperty().get();
            return c == null ? "" : I18n.t("sync.pane.self", c.officeName(), c.officeCode(), c.fingerprint(), c.nodeId());
        }, vm.selfProperty()));
        TableView<SyncService.Partner> table = Tables.table(I18n.t("sync.pane.noPartners"));
        table.setId("sync-partners");
        table.getColumns().add(Tables.text(I18n.t("sync.col.office"), p -> p.officeName() + "（" + p.officeCode() + "）", 220));
        table.getColumns().add(Tables.text(I18n.t("sync.col.fingerprint"), p -> String.join("\n", p.fingerprints()), 330));
        table.getColumns().add(Tables.text(I18n.t("sync.col.lastExport"), p -> when(p.lastExport()), 150));
        table.getColumns().add(Tables.text(I18n.t("sync.col.lastImport"), p -> when(p.lastImport()), 150));
        table.getColumns().add(Tables.value(I18n.t("sync.col.pending"), SyncService.Partner::pending, 90));
        table.setItems(vm.partners());
        Button card = new Button(I18n.t("sync.pane.exportCard"));
        card.setOnAction(e -> vm.exportCard());
        Button trust = new Button(I18n.t("sync.pane.trustCard"));
        trust.setId("sync-trust");
        trust.setOnAction(e -> vm.trustCard());
        Button export = new Button(I18n.t("sync.pane.export"));
        export.setId("sync-export");
        export.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        export.setOnAction(e -> vm.exportFor(table.getSelectionModel().getSelectedItem().officeCode(), false));
        Button full = new Button(I18n.t("sync.pane.exportFull"));
        full.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        full.setOnAction(e -> vm.exportFor(table.getSelectionModel().getSelectedItem().officeCode(), true));
        Button imp = new Button(I18n.t("sync.pane.import"));
        imp.setId("sync-import");
        imp.setOnAction(e -> vm.chooseImport());
        Button newId = new Button(I18n.t("sync.pane.newNodeId"));
        newId.setOnAction(e -> vm.newNodeId());
        HBox actions = new HBox(8, export, full, imp, Ui.spacer(), card, trust, newId);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, self, actions, table);
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return box;
    }

    private Node backlogTab() {
        TableView<Backlog.Waiting> table = Tables.table(I18n.t("sync.pane.noBacklog"));
        table.getColumns().add(Tables.text(I18n.t("sync.col.from"), Backlog.Waiting::senderOffice, 120));
        table.getColumns().add(Tables.text(I18n.t("sync.col.entity"), w -> SyncViewModel.entityLabel(w.entity()), 120));
        table.getColumns().add(Tables.text(I18n.t("sync.col.record"), Backlog.Waiting::recordId, 300));
        table.getColumns().add(Tables.value(I18n.t("sync.col.missing"), w -> w.missing().size(), 120));
        table.setItems(vm.backlog());
        Label hint = new Label(I18n.t("sync.pane.backlogHint"));
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(10, hint, table);
    }

    private Node folderTab() {
        TextField path = new TextField();
        path.setId("sync-folder");
        path.setEditable(false);
        path.textProperty().bind(vm.folderProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button(I18n.t("sync.pane.chooseFolder"));
        choose.setOnAction(e -> vm.chooseFolder());
        Button now = new Button(I18n.t("sync.pane.folderNow"));
        now.setId("sync-folder-now");
        now.setOnAction(e -> vm.folderPass());
        CheckBox auto = new CheckBox(I18n.t("sync.pane.folderAuto", SyncViewModel.FOLDER_MINUTES));
        auto.selectedProperty().addListener((o, a, b) -> vm.setAutoFolder(b));
        Label hint = new Label(I18n.t("sync.pane.folderHint"));
        hint.setWrapText(true);
        return new VBox(12, new HBox(8, new Label(I18n.t("sync.pane.folder")), path, choose), new HBox(12, now, auto), hint);
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm");

    static String when(String instant) {
        return instant == null ? I18n.t("sync.pane.never")
                : WHEN.format(java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault()));
    }

    /** Opens the import preview of a file (a .qzb given on the command line or double-clicked). */
    public void previewFile(Path file) {
        vm.preview(file);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
    }

    /** {@code partners}, {@code conflicts}, {@code proposals} (the 首页 cards): shows that tab. */
    @Override
    public void applyFilter(String filter) {
        tabs.getTabs().stream().filter(t -> ("sync-tab-" + filter).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

}
