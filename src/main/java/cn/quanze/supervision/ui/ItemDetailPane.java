package cn.quanze.supervision.ui;

import static cn.quanze.supervision.domain.SupervisionState.ASSIGNED;
import static cn.quanze.supervision.domain.SupervisionState.COMPLETED;
import static cn.quanze.supervision.domain.SupervisionState.COMPLETION_REQUESTED;
import static cn.quanze.supervision.domain.SupervisionState.DEFERRED;
import static cn.quanze.supervision.domain.SupervisionState.IN_PROGRESS;
import static cn.quanze.supervision.domain.SupervisionState.REGISTERED;

import cn.quanze.core.domain.Attachment;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.LightWords;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.ui.common.Tables;
import java.awt.Desktop;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The selected item: its particulars, the buttons for the actions its state allows, timeline, feedback, 整改. */
final class ItemDetailPane {
    private final SupervisionViewModel vm;
    private final VBox root;
    private final Label detail = new Label();
    private final Map<Button, Set<SupervisionState>> actions = new LinkedHashMap<>();

    ItemDetailPane(SupervisionViewModel vm, NoticeActions notices) {
        this.vm = vm;
        detail.setWrapText(true);
        detail.setId("supervision-detail");
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(6, 6);
        bar.setId("supervision-actions");
        action(bar, "supervision.action.assign", EnumSet.of(REGISTERED), w -> vm.assign());
        action(bar, "supervision.action.start", EnumSet.of(ASSIGNED), w -> vm.start());
        action(bar, "supervision.action.feedback", EnumSet.of(ASSIGNED, IN_PROGRESS), w -> FeedbackForm.ask(w, today(),
                item().progress(), item().title(), vm::feedback));
        action(bar, "supervision.action.urge", EnumSet.of(ASSIGNED, IN_PROGRESS, COMPLETION_REQUESTED), w -> SupervisionForms.text(w,
                "supervision.form.urge.title", "supervision.field.urgeText", item().title(), vm::urge));
        action(bar, "supervision.action.notice", EnumSet.of(ASSIGNED, IN_PROGRESS), w -> notices.issue(w, item()));
        action(bar, "supervision.action.requestCompletion", EnumSet.of(IN_PROGRESS), w -> SupervisionForms.text(w,
                "supervision.form.requestCompletion.title", "supervision.field.completionSummary", item().title(),
                vm::requestCompletion));
        action(bar, "supervision.action.review", EnumSet.of(COMPLETION_REQUESTED), w -> SupervisionForms.review(w, item().title(),
                lastText(EventKind.COMPLETION_REQUESTED), (r, form) -> vm.review(r.yes(), r.text(), form)));
        action(bar, "supervision.action.requestExtension", EnumSet.of(ASSIGNED, IN_PROGRESS), w -> SupervisionForms.dateText(w,
                "supervision.form.extension.title", "supervision.form.wantedDeadline", "supervision.field.reason",
                item().deadline() == null ? null : item().deadline().plusMonths(1), item().title(),
                (r, form) -> vm.requestExtension(r.date(), r.text(), form)));
        action(bar, "supervision.action.decideExtension", EnumSet.of(ASSIGNED, IN_PROGRESS), w -> SupervisionForms.extensionDecision(w,
                item().title(), item().requestedDeadline(), lastText(EventKind.EXTENSION_REQUESTED),
                (r, form) -> vm.decideExtension(r.yes(), r.date(), r.text(), form)));
        action(bar, "supervision.action.defer", EnumSet.of(ASSIGNED, IN_PROGRESS), w -> SupervisionForms.text(w,
                "supervision.form.defer.title", "supervision.field.reason", item().title(), vm::defer));
        action(bar, "supervision.action.resume", EnumSet.of(DEFERRED), w -> SupervisionForms.dateText(w, "supervision.form.resume.title",
                "supervision.form.newDeadline", "supervision.form.comment", item().deadline(), item().title(),
                (r, form) -> vm.resume(r.date(), form)));
        action(bar, "supervision.action.withdraw", EnumSet.of(REGISTERED, ASSIGNED, IN_PROGRESS, COMPLETION_REQUESTED, DEFERRED),
                w -> SupervisionForms.text(w, "supervision.form.withdraw.title", "supervision.field.reason",
                        item().title(), vm::withdraw));
        action(bar, "supervision.action.archive", EnumSet.of(COMPLETED), w -> vm.archive());
        action(bar, "supervision.action.rectify", EnumSet.allOf(SupervisionState.class), w -> SupervisionForms.rectification(w,
                vm.units(), item().title(), (r, form) -> vm.addRectification(r.problem(), r.unit(), r.owner(),
                r.deadline(), r.measures(), form)));

        TabPane tabs = new TabPane(new Tab(I18n.t("supervision.tab.timeline"), timelineTable()),
                new Tab(I18n.t("supervision.tab.feedback"), feedbackBox()),
                new Tab(I18n.t("supervision.tab.rectification"), rectificationTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("supervision-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(8, detail, bar, tabs);
        vm.selectedProperty().addListener((o, a, b) -> show(b));
        show(null);
    }

    Node root() {
        return root;
    }

    private SupervisionItem item() {
        return vm.selectedProperty().get().item();
    }

    private java.time.LocalDate today() {
        return vm.today();
    }

    private String lastText(EventKind kind) {
        String text = null;
        for (TimelineEntry t : vm.timeline()) {
            if (t.kind() == kind) {
                text = t.detail();
            }
        }
        return text;
    }

    private void action(FlowPane bar, String key, Set<SupervisionState> states, Consumer<Window> run) {
        Button b = new Button(I18n.t(key));
        b.setId("action-" + key.substring(key.lastIndexOf('.') + 1));
        b.setOnAction(e -> run.accept(root.getScene().getWindow()));
        actions.put(b, states);
        bar.getChildren().add(b);
    }

    private void show(Entry entry) {
        actions.forEach((b, states) -> b.setDisable(entry == null || !states.contains(entry.item().state())));
        if (entry == null) {
            detail.setText(I18n.t("supervision.detail.none"));
            return;
        }
        SupervisionItem i = entry.item();
        actions.keySet().stream().filter(b -> b.getId().equals("action-decideExtension"))
                .forEach(b -> b.setDisable(i.requestedDeadline() == null));
        actions.keySet().stream().filter(b -> b.getId().equals("action-requestExtension"))
                .forEach(b -> b.setDisable(b.isDisabled() || i.requestedDeadline() != null));
        detail.setText(I18n.t("supervision.detail", i.title(), entry.leadUnit(), i.cooperatingUnitIds().stream()
                        .map(vm::unitName).reduce((a, b) -> a + "、" + b).orElse(""), Tables.orEmpty(i.deadline()),
                I18n.of(i.feedbackCycle()), Tables.orEmpty(i.content()), I18n.of(i.state()),
                i.requestedDeadline() == null ? "" : I18n.t("supervision.detail.pendingExtension",
                        i.requestedDeadline()), entry.missedCycles(), i.displayNumber(), LightWords.full(entry)));
    }

    private TableView<TimelineEntry> timelineTable() {
        TableView<TimelineEntry> t = Tables.table(I18n.t("supervision.timeline.empty"));
        t.setId("supervision-timeline");
        t.getColumns().add(Tables.text(I18n.t("supervision.timeline.date"), e -> e.date().toString(), 100));
        t.getColumns().add(Tables.text(I18n.t("supervision.timeline.what"), TimelineEntry::what, 120));
        t.getColumns().add(Tables.text(I18n.t("supervision.timeline.detail"), TimelineEntry::detail, 420));
        t.getColumns().add(Tables.text(I18n.t("supervision.timeline.actor"), e -> Tables.orEmpty(e.actor()), 100));
        t.setItems(vm.timeline());
        return t;
    }

    private Node feedbackBox() {
        TableView<cn.quanze.supervision.domain.Feedback> t = Tables.table(I18n.t("supervision.feedback.empty"));
        t.setId("supervision-feedback");
        t.getColumns().add(Tables.text(I18n.t("supervision.feedback.date"), f -> f.date().toString(), 100));
        t.getColumns().add(Tables.value(I18n.t("supervision.col.progress"), f -> f.progress(), 70));
        t.getColumns().add(Tables.text(I18n.t("supervision.feedback.content"), f -> f.content(), 360));
        t.getColumns().add(Tables.text(I18n.t("supervision.feedback.problems"), f -> Tables.orEmpty(f.problems()), 180));
        t.getColumns().add(Tables.text(I18n.t("supervision.feedback.nextSteps"), f -> Tables.orEmpty(f.nextSteps()), 180));
        t.setItems(vm.feedback());
        ListView<Attachment> files = new ListView<>(vm.attachments());
        files.setId("supervision-attachments");
        files.setPrefHeight(70);
        files.setPlaceholder(new Label(I18n.t("supervision.attachments.empty")));
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : I18n.t("supervision.attachments.line", a.originalName(),
                        Math.max(1, a.size() / 1024)));
            }
        });
        Button open = new Button(I18n.t("supervision.attachments.open"));
        open.setId("supervision-attachment-open");
        open.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            Attachment a = files.getSelectionModel().getSelectedItem();
            openExternally(vm.attachmentFile(a), a.originalName());
        });
        VBox box = new VBox(6, t, new Label(I18n.t("supervision.feedback.attachments")), files, open);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private Node rectificationTable() {
        TableView<Rectification> t = Tables.table(I18n.t("supervision.rectification.empty"));
        t.setId("supervision-rectifications");
        t.getColumns().add(Tables.text(I18n.t("supervision.field.problem"), Rectification::problem, 300));
        t.getColumns().add(Tables.text(I18n.t("supervision.field.ownerUnit"), r -> vm.unitName(r.ownerUnitId()), 120));
        t.getColumns().add(Tables.text(I18n.t("supervision.field.deadline"), r -> Tables.orEmpty(r.deadline()), 100));
        t.getColumns().add(Tables.text(I18n.t("supervision.col.state"), r -> I18n.of(r.state()), 70));
        t.getColumns().add(Tables.text(I18n.t("supervision.field.recheck"), r -> Tables.orEmpty(r.recheckOn()), 100));
        t.setItems(vm.rectifications());
        Button verify = new Button(I18n.t("supervision.action.verify"));
        verify.setId("action-verify");
        verify.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        verify.setOnAction(e -> {
            Rectification r = t.getSelectionModel().getSelectedItem();
            SupervisionForms.verify(root.getScene().getWindow(), r.problem(),
                    (v, form) -> vm.verifyRectification(r, v.text(), v.date(), form));
        });
        VBox box = new VBox(6, t, verify);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    /**
     * Opens a stored file with the system viewer, off the FX thread: a copy under its original name (so the viewer
     * knows the type) in a temporary folder; the stored file itself is never handed out.
     */
    static void openExternally(java.nio.file.Path file, String originalName) {
        Thread t = new Thread(() -> {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("quanze-open-");
                String safeName = java.nio.file.Path.of(originalName).getFileName().toString();
                java.nio.file.Path copy = java.nio.file.Files.copy(file, dir.resolve(safeName));
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(copy.toFile());
                }
            } catch (java.io.IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ItemDetailPane.class).warn("cannot open {}", file, e);
            }
        }, "open-attachment");
        t.setDaemon(true);
        t.start();
    }
}
