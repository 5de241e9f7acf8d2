package cn.quanze.supervision.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import cn.quanze.supervision.domain.Subtask;
import cn.quanze.supervision.data.AssignmentBoard;
import cn.quanze.supervision.data.AssignmentBoard.Counts;
import cn.quanze.supervision.data.AssignmentBoard.Line;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.supervision.data.IssuerAssignments;
import cn.quanze.supervision.data.OfficeAssignments;
import cn.quanze.supervision.data.SupervisionService;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 交办 between offices in the 督查督办 pane: the receiving office's 待签收 inbox and its received items with their
 * sub-tasks, and the issuer's roll-up with its counts; one command per action, run off the FX thread.
 */
public final class AssignmentViewModel {
    private final AssignmentBoard board;
    private final OfficeAssignments office;
    private final IssuerAssignments issuer;
    private final SupervisionService supervision;
    private final DepartmentRepository departments;
    private final TaskExecutor tasks;
    private final ObservableList<Line> inbox = FXCollections.observableArrayList();
    private final ObservableList<Line> received = FXCollections.observableArrayList();
    private final ObservableList<Line> rollup = FXCollections.observableArrayList();
    private final ObservableList<Subtask> subtasks = FXCollections.observableArrayList();
    private final ObservableList<Department> units = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper signDays =
            new javafx.beans.property.ReadOnlyIntegerWrapper(cn.quanze.supervision.domain.AssignmentRules.DEFAULT_SIGN_DAYS);
    private final ReadOnlyObjectWrapper<Line> selectedReceived = new ReadOnlyObjectWrapper<>();

    public AssignmentViewModel(AssignmentBoard board, OfficeAssignments office, IssuerAssignments issuer,
                               SupervisionService supervision, DepartmentRepository departments, TaskExecutor tasks) {
        this.board = board;
        this.office = office;
        this.issuer = issuer;
        this.supervision = supervision;
        this.departments = departments;
        this.tasks = tasks;
    }

    private record Loaded(List<Line> inbox, List<Line> received, List<Line> rollup, Counts counts,
                          List<Department> units, int signDays) {
    }

    public void refresh() {
        tasks.run("supervision.loading", () -> {
            issuer.settleIfAllowed();
            List<Line> r = board.rollup();
            return new Loaded(board.inbox(), board.received(), r, board.counts(r), departments.all(),
                    board.signDays());
        }, l -> {
            String keep = selectedReceived.get() == null ? null : selectedReceived.get().dispatch().id();
            inbox.setAll(l.inbox());
            received.setAll(l.received());
            rollup.setAll(l.rollup());
            signDays.set(l.signDays());
            counts.set(l.counts());
            units.setAll(l.units());
            selectReceived(l.received().stream().filter(x -> x.dispatch().id().equals(keep)).findFirst().orElse(null));
        });
    }

    public void selectReceived(Line line) {
        selectedReceived.set(line);
        subtasks.setAll(line == null ? List.of() : line.subtasks());
    }

    public ObservableList<Line> inbox() {
        return inbox;
    }

    public ObservableList<Line> received() {
        return received;
    }

    public ObservableList<Line> rollup() {
        return rollup;
    }

    public ObservableList<Subtask> subtasks() {
        return subtasks;
    }

    public ObservableList<Department> units() {
        return units;
    }

    public ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Line> selectedReceivedProperty() {
        return selectedReceived.getReadOnlyProperty();
    }

    public LocalDate today() {
        return supervision.today();
    }

    /** The office setting as last loaded (working days for 签收). */
    public javafx.beans.property.ReadOnlyIntegerProperty signDaysProperty() {
        return signDays.getReadOnlyProperty();
    }

    /** The office setting: working days after 交办 before an unsigned unit turns yellow. */
    public void setSignDays(int days) {
        perform(() -> {
            board.setSignDays(days);
            return days;
        });
    }

    // --- the receiving office ---

    public void sign(Line l) {
        perform(() -> office.sign(l.dispatch().id()));
    }

    public void giveBack(Line l, String reason, String suggestedUnit, FormOutcome form) {
        perform(() -> office.giveBack(l.dispatch().id(), reason, suggestedUnit), form);
    }

    public void addSubtask(Line l, AssignmentForms.NewSubtask s, FormOutcome form) {
        perform(() -> office.addSubtask(l.dispatch().id(), s.department(), s.assignee(), s.content(), s.deadline()),
                form);
    }

    public void subtaskProgress(Subtask s, int progress, String note, FormOutcome form) {
        perform(() -> office.subtaskProgress(s.id(), progress, note), form);
    }

    public void report(Line l, String content, int progress, FormOutcome form) {
        perform(() -> office.report(l.dispatch().id(), content, progress), form);
    }

    public void share(Line l, boolean share) {
        perform(() -> office.share(l.dispatch().id(), share));
    }

    public void requestCompletion(Line l, String summary, FormOutcome form) {
        perform(() -> office.request(l.dispatch().id(), RequestKind.COMPLETION, summary, null), form);
    }

    public void requestExtension(Line l, LocalDate wanted, String reason, FormOutcome form) {
        perform(() -> office.request(l.dispatch().id(), RequestKind.EXTENSION, reason, wanted), form);
    }

    // --- the issuer ---

    public void decide(Line l, Decision decision, String text, LocalDate granted, FormOutcome form) {
        perform(() -> issuer.decide(l.dispatch().id(), decision, text, granted), form);
    }

    public void reassign(Line l, Department unit, String note, FormOutcome form) {
        perform(() -> issuer.reassign(l.dispatch().id(), unit == null ? null : unit.id(), note), form);
    }

    public void urge(Line l, String text, FormOutcome form) {
        perform(() -> supervision.urge(l.dispatch().itemId(), text), form);
    }

    /** Runs an action off the FX thread; a refusal becomes the rule's sentence. The store listener refreshes. */
    private void perform(Callable<?> action) {
        tasks.run("supervision.saving", Refusals.explained(action), r -> refresh());
    }

    /** Runs the action a form asked for; the form closes when it is done and says why when it is refused. */
    private void perform(Callable<?> action, FormOutcome form) {
        Refusals.forForm(tasks, "supervision.saving", action, r -> refresh(), form);
    }
}
