package cn.quanze.supervision.ui;

import cn.quanze.core.domain.Light;
import cn.quanze.core.domain.Attachment;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.data.SupervisionAttention;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.supervision.data.SupervisionRepository;
import cn.quanze.supervision.data.SupervisionService;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.TaskExecutor;
import cn.quanze.core.files.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * 督查督办: the register with lights and filters, the selected item's timeline, feedback, attachments and 整改,
 * and one command per action. Refused actions come back as a Chinese sentence naming the rule.
 */
public final class SupervisionViewModel {
    private final SupervisionRepository repository;
    private final DepartmentRepository departments;
    private final SupervisionService service;
    private final SupervisionBoard board;
    private final TaskExecutor tasks;
    private final SupervisionExports exports;
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<Entry> filtered = new FilteredList<>(entries);
    private final ObservableList<Department> units = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<Feedback> feedback = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<Rectification> rectifications = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Entry> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SupervisionState> stateFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Light> lightFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> unitFilter = new SimpleObjectProperty<>();
    private final BooleanProperty missedOnly = new SimpleBooleanProperty(false);
    private final cn.quanze.ui.common.PendingOpen pending = new cn.quanze.ui.common.PendingOpen();
    private final javafx.beans.property.ReadOnlyStringWrapper namedFilter = new javafx.beans.property.ReadOnlyStringWrapper("");
    private java.util.function.Predicate<Entry> named = e -> true;

    public SupervisionViewModel(SupervisionRepository repository, DepartmentRepository departments,
                                SupervisionService service, SupervisionBoard board, SupervisionExports exports,
                                TaskExecutor tasks) {
        this.exports = exports;
        this.repository = repository;
        this.departments = departments;
        this.service = service;
        this.board = board;
        this.tasks = tasks;
        search.addListener((o, a, b) -> applyFilter());
        stateFilter.addListener((o, a, b) -> applyFilter());
        lightFilter.addListener((o, a, b) -> applyFilter());
        unitFilter.addListener((o, a, b) -> applyFilter());
        missedOnly.addListener((o, a, b) -> applyFilter());
    }

    public void refresh() {
        tasks.run("supervision.loading", () -> new Loaded(board.snapshot(service.today()).entries(),
                departments.all()), l -> {
                    String keep = selected.get() == null ? null : selected.get().item().id();
                    units.setAll(l.units());
                    entries.setAll(l.entries());
                    if (keep != null) {
                        entries.stream().filter(e -> e.item().id().equals(keep)).findFirst().ifPresent(this::select);
                    }
                    pending.afterLoad(this::loaded, this::reveal);
                });
    }

    /**
     * Selects the item with {@code id} and shows its detail (from the global search or a 首页 card); filters that
     * hide it are cleared. An item not loaded yet is selected when the running load ends.
     */
    public void open(String id) {
        pending.request(id);
        pending.resolve(this::loaded, this::reveal);
    }

    private java.util.Optional<Entry> loaded(String id) {
        return entries.stream().filter(e -> e.item().id().equals(id)).findFirst();
    }

    private void reveal(Entry entry) {
        if (!filtered.contains(entry)) {
            search.set("");
            stateFilter.set(null);
            lightFilter.set(null);
            unitFilter.set(null);
            missedOnly.set(false);
            clearNamedFilter();
        }
        select(entry);
    }

    private record Loaded(List<Entry> entries, List<Department> units) {
    }

    private void applyFilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(e -> (q.isEmpty() || e.item().title().toLowerCase(Locale.ROOT).contains(q)
                || e.item().displayNumber().contains(q) || e.leadUnit().contains(q))
                && (stateFilter.get() == null || e.item().state() == stateFilter.get())
                && (lightFilter.get() == null || e.light() == lightFilter.get())
                && (unitFilter.get() == null || unitFilter.get().id().equals(e.item().leadUnitId()))
                && (!missedOnly.get() || e.missedCycles() > 0) && named.test(e));
    }

    /**
     * Narrows the register to a named filter from 首页 (逾期 {@code overdue}, 反馈逾期 {@code feedbackOverdue}, 待审核
     * {@code review}), clearing the other filters so the list shows exactly what the card counted. Unknown names are
     * ignored.
     */
    public void applyNamedFilter(String name) {
        SupervisionAttention.supervision(name, service.today()).ifPresent(p -> {
            search.set("");
            stateFilter.set(null);
            lightFilter.set(null);
            unitFilter.set(null);
            missedOnly.set(false);
            named = p;
            namedFilter.set(name);
            applyFilter();
        });
    }

    public void clearNamedFilter() {
        named = e -> true;
        namedFilter.set("");
        applyFilter();
    }

    /** The named filter in force ("" for none). */
    public javafx.beans.property.ReadOnlyStringProperty namedFilterProperty() {
        return namedFilter.getReadOnlyProperty();
    }

    public void select(Entry entry) {
        selected.set(entry);
        if (entry == null) {
            timeline.clear();
            feedback.clear();
            attachments.clear();
            return;
        }
        String id = entry.item().id();
        tasks.run("supervision.loading", () -> {
            List<Feedback> fb = repository.feedbackOf(id);
            return new Detail(fb, TimelineEntry.merge(repository.eventsOf(id), fb),
                    fb.stream().flatMap(f -> repository.attachmentsOf("feedback", f.id()).stream()).toList(),
                    repository.rectifications().stream().filter(r -> id.equals(r.itemId())).toList());
        }, d -> {
                    feedback.setAll(d.feedback());
                    timeline.setAll(d.timeline());
                    attachments.setAll(d.attachments());
                    rectifications.setAll(d.rectifications());
                });
    }

    private record Detail(List<Feedback> feedback, List<TimelineEntry> timeline, List<Attachment> attachments,
                          List<Rectification> rectifications) {
    }

    /**
     * Runs an action off the FX thread; a refusal becomes the rule's sentence in the error dialog. The store's change
     * listener refreshes the pane after the commit.
     */
    public <T> void perform(String title, Callable<T> action, Consumer<T> done) {
        tasks.run(title, Refusals.explained(action), r -> {
            if (done != null) {
                done.accept(r);
            }
        });
    }

    /** Runs the action a form asked for: the form closes when it is done, and stays open saying why when refused. */
    private <T> void perform(String title, Callable<T> action, Consumer<T> done, FormOutcome form) {
        Refusals.forForm(tasks, title, action, done, form);
    }

    private String currentId() {
        return selected.get().item().id();
    }

    public void register(SupervisionItem draft, FormOutcome form) {
        perform("supervision.saving", () -> service.register(draft), null, form);
    }

    public void assign() {
        perform("supervision.saving", () -> service.assign(currentId()), null);
    }

    public void start() {
        perform("supervision.saving", () -> service.start(currentId()), null);
    }

    public void feedback(FeedbackForm.Result f, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.feedback(id, f.date(), f.content(), f.progress(),
                f.problems(), f.nextSteps(), f.files()), null, form);
    }

    public void urge(String text, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.urge(id, text), null, form);
    }

    public void requestCompletion(String summary, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.requestCompletion(id, summary), null, form);
    }

    public void review(boolean approve, String comment, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> approve ? service.approveCompletion(id, comment)
                : service.returnToUnit(id, comment), null, form);
    }

    public void requestExtension(LocalDate wanted, String reason, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.requestExtension(id, wanted, reason), null, form);
    }

    public void decideExtension(boolean approve, LocalDate granted, String comment, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.decideExtension(id, approve, granted, comment), null, form);
    }

    public void defer(String reason, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.defer(id, reason), null, form);
    }

    public void resume(LocalDate newDeadline, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.resume(id, newDeadline), null, form);
    }

    public void withdraw(String reason, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.withdraw(id, reason), null, form);
    }

    public void archive() {
        perform("supervision.saving", () -> service.archive(currentId()), null);
    }

    public void addRectification(String problem, Department unit, String owner, LocalDate deadline,
                                 String measures, FormOutcome form) {
        String id = currentId();
        perform("supervision.saving", () -> service.addRectification(id, problem, unit == null ? null : unit.id(),
                owner, deadline, measures), null, form);
    }

    public void verifyRectification(Rectification r, String note, LocalDate recheck, FormOutcome form) {
        perform("supervision.saving", () -> service.verifyRectification(r.id(), note, recheck), null, form);
    }

    public void issueNotice(SupervisionItem item, String requirement, ReportFormat format, Path file,
                            FormOutcome form) {
        perform("supervision.writing", () -> exports.notices().issue(item, requirement, format, file),
                lastWritten::set, form);
    }

    public void writeReport(LocalDate from, LocalDate to, ReportFormat format, Path file, FormOutcome form) {
        perform("supervision.writing", () -> exports.reports().write(from, to, format, file), lastWritten::set, form);
    }

    /** The ledger (督办台账) of the items the filters show. */
    public void exportLedger(Path file, FormOutcome form) {
        List<Entry> shown = List.copyOf(filtered);
        perform("supervision.writing", () -> exports.ledger().export(shown, file), lastWritten::set, form);
    }

    /** The file written last (notice, report, ledger), for the status line. */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }

    public LocalDate today() {
        return service.today();
    }

    public Path exportDir() {
        return exports.dir();
    }

    /** The stored file of an attachment, for the system viewer. */
    public Path attachmentFile(Attachment a) {
        return service.attachmentPath(a.sha256());
    }

    public ObservableList<Entry> entries() {
        return filtered;
    }

    public ObservableList<Department> units() {
        return FXCollections.unmodifiableObservableList(units);
    }

    public ObservableList<TimelineEntry> timeline() {
        return FXCollections.unmodifiableObservableList(timeline);
    }

    public ObservableList<Feedback> feedback() {
        return FXCollections.unmodifiableObservableList(feedback);
    }

    public ObservableList<Attachment> attachments() {
        return FXCollections.unmodifiableObservableList(attachments);
    }

    public ObservableList<Rectification> rectifications() {
        return FXCollections.unmodifiableObservableList(rectifications);
    }

    public ReadOnlyObjectProperty<Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SupervisionState> stateFilterProperty() {
        return stateFilter;
    }

    public ObjectProperty<Light> lightFilterProperty() {
        return lightFilter;
    }

    public ObjectProperty<Department> unitFilterProperty() {
        return unitFilter;
    }

    public BooleanProperty missedOnlyProperty() {
        return missedOnly;
    }

    public String unitName(String id) {
        return units.stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst().orElse("");
    }
}
