package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.Subtask;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.AssignmentBoard.Line;
import cn.quanze.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Window;

/**
 * The receiving office's side: 待签收 (issuing office, 文号, deadline, requirements) with 签收 and 退回, then the items
 * it signed with 分解落实 into sub-tasks, 进展反馈, 申请办结/申请延期 and the choice to share sub-task states.
 */
final class AssignmentInboxPane {
    private final AssignmentViewModel vm;
    private final SplitPane root;
    private final TableView<Line> inbox = Tables.table(I18n.t("supervision.assign.inbox.empty"));
    private final TableView<Line> received = Tables.table(I18n.t("supervision.assign.received.empty"));
    private final TableView<Subtask> subtasks = Tables.table(I18n.t("supervision.assign.subtasks.empty"));

    AssignmentInboxPane(AssignmentViewModel vm) {
        this.vm = vm;
        inbox.setId("assign-inbox");
        inbox.getColumns().add(Tables.text(I18n.t("supervision.assign.col.issuer"),
                l -> l.issuerName() == null ? l.dispatch().issuerOffice() : l.issuerName(), 150));
        inbox.getColumns().add(Tables.text(I18n.t("supervision.col.number"), AssignmentText::number, 130));
        inbox.getColumns().add(Tables.text(I18n.t("supervision.assign.col.docNo"), AssignmentText::docNo, 130));
        inbox.getColumns().add(Tables.text(I18n.t("supervision.col.title"), AssignmentText::title, 200));
        inbox.getColumns().add(Tables.text(I18n.t("supervision.assign.col.role"), l -> I18n.of(l.dispatch().role()), 60));
        inbox.getColumns().add(Tables.text(I18n.t("supervision.col.deadline"), l -> Tables.orEmpty(l.dispatch().deadline()), 95));
        inbox.getColumns().add(Tables.text(I18n.t("supervision.assign.col.requirements"),
                l -> Tables.orEmpty(l.dispatch().requirements()), 260));
        inbox.setItems(vm.inbox());
        Button sign = button("supervision.assign.action.sign", "assign-sign", inbox);
        sign.setOnAction(e -> vm.sign(inbox.getSelectionModel().getSelectedItem()));
        Button back = button("supervision.assign.action.giveBack", "assign-giveback", inbox);
        back.setOnAction(e -> {
            Line l = inbox.getSelectionModel().getSelectedItem();
            AssignmentForms.giveBack(window(), AssignmentText.title(l), (g, form) -> vm.giveBack(l, g.reason(),
                    g.suggestedUnit(), form));
        });
        VBox top = section("supervision.assign.inbox.title", inbox, sign, back);

        received.setId("assign-received");
        received.getColumns().add(Tables.text(I18n.t("supervision.col.number"), AssignmentText::number, 130));
        received.getColumns().add(Tables.text(I18n.t("supervision.col.title"), AssignmentText::title, 200));
        received.getColumns().add(Tables.text(I18n.t("supervision.assign.col.role"), l -> I18n.of(l.dispatch().role()), 60));
        received.getColumns().add(Tables.text(I18n.t("supervision.col.deadline"), l -> Tables.orEmpty(l.dispatch().deadline()), 95));
        received.getColumns().add(Tables.value(I18n.t("supervision.col.progress"), l -> l.receipt().progress(), 60));
        received.getColumns().add(Tables.text(I18n.t("supervision.assign.col.lastFeedback"),
                l -> Tables.orEmpty(l.receipt().lastFeedbackOn()), 95));
        received.getColumns().add(Tables.text(I18n.t("supervision.assign.col.request"), AssignmentText::request, 160));
        received.getColumns().add(Tables.text(I18n.t("supervision.assign.col.lastUrged"),
                l -> Tables.orEmpty(l.lastUrged()), 95));
        received.setItems(vm.received());
        received.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectReceived(b));
        vm.selectedReceivedProperty().addListener((o, a, b) -> {
            if (b != null && received.getSelectionModel().getSelectedItem() != b) {
                received.getSelectionModel().select(b);
            }
        });
        Button split = button("supervision.assign.action.subtask", "assign-subtask", received);
        split.setOnAction(e -> AssignmentForms.subtask(window(), AssignmentText.title(line()), line().dispatch().deadline(),
                (s, form) -> vm.addSubtask(line(), s, form)));
        Button report = button("supervision.assign.action.report", "assign-report", received);
        report.setOnAction(e -> AssignmentForms.progress(window(), "supervision.assign.form.report.title",
                AssignmentText.title(line()), line().receipt().progress(), "supervision.field.feedbackContent",
                (p, form) -> vm.report(line(), p.note(), p.progress(), form)));
        Button complete = button("supervision.assign.action.requestCompletion", "assign-complete", received);
        complete.setOnAction(e -> SupervisionForms.text(window(), "supervision.form.requestCompletion.title",
                "supervision.field.completionSummary", AssignmentText.title(line()),
                (t, form) -> vm.requestCompletion(line(), t, form)));
        Button extend = button("supervision.assign.action.requestExtension", "assign-extend", received);
        extend.setOnAction(e -> SupervisionForms.dateText(window(), "supervision.form.extension.title",
                "supervision.form.wantedDeadline", "supervision.field.reason", line().dispatch().deadline(),
                AssignmentText.title(line()), (d, form) -> vm.requestExtension(line(), d.date(), d.text(), form)));
        CheckBox share = new CheckBox(I18n.t("supervision.assign.action.share"));
        share.setId("assign-share");
        share.disableProperty().bind(received.getSelectionModel().selectedItemProperty().isNull());
        vm.selectedReceivedProperty().addListener((o, a, b) -> share.setSelected(b != null && b.receipt().shareSubtasks()));
        share.setOnAction(e -> vm.share(line(), share.isSelected()));
        VBox middle = section("supervision.assign.received.title", received, split, report, complete, extend, share);

        subtasks.setId("assign-subtasks");
        subtasks.getColumns().add(Tables.text(I18n.t("supervision.assign.field.department"), Subtask::department, 120));
        subtasks.getColumns().add(Tables.text(I18n.t("supervision.assign.field.assignee"), s -> Tables.orEmpty(s.assignee()), 80));
        subtasks.getColumns().add(Tables.text(I18n.t("supervision.assign.field.content"), Subtask::content, 220));
        subtasks.getColumns().add(Tables.text(I18n.t("supervision.assign.field.deadline"), s -> Tables.orEmpty(s.deadline()), 95));
        subtasks.getColumns().add(Tables.value(I18n.t("supervision.col.progress"), Subtask::progress, 60));
        subtasks.getColumns().add(Tables.text(I18n.t("supervision.assign.col.note"), s -> Tables.orEmpty(s.note()), 160));
        subtasks.setItems(vm.subtasks());
        Button progress = button("supervision.assign.action.subtaskProgress", "assign-subtask-progress", subtasks);
        progress.setOnAction(e -> {
            Subtask s = subtasks.getSelectionModel().getSelectedItem();
            AssignmentForms.progress(window(), "supervision.assign.form.subtaskProgress.title", s.content(),
                    s.progress(), "supervision.assign.col.note", (p, form) -> vm.subtaskProgress(s, p.progress(),
                            p.note(), form));
        });
        VBox bottom = section("supervision.assign.subtasks.title", subtasks, progress);

        root = new SplitPane(top, middle, bottom);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.34, 0.68);
        root.setId("assign-office");
    }

    private Line line() {
        return received.getSelectionModel().getSelectedItem();
    }

    private static Button button(String key, String id, TableView<?> needsSelection) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.disableProperty().bind(Bindings.isNull(needsSelection.getSelectionModel().selectedItemProperty()));
        return b;
    }

    static VBox section(String titleKey, TableView<?> table, Node... actions) {
        Label title = new Label(I18n.t(titleKey));
        title.getStyleClass().add("title-4");
        FlowPane bar = new FlowPane(6, 6, actions);
        VBox box = new VBox(6, title, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    Node root() {
        return root;
    }
}
