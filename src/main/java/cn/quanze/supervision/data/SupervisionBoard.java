package cn.quanze.supervision.data;

import cn.quanze.supervision.domain.SupervisionThresholds;
import java.util.function.Supplier;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.Escalation;
import cn.quanze.supervision.domain.LightReason;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionRules;
import cn.quanze.supervision.domain.SupervisionWorkflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register as supervisors see it: every item with its light, next feedback due, missed cycles (反馈逾期),
 * working days overdue and escalation (counting the longest run of consecutive missed cycles, 连续未按期反馈), computed with the working-day calendar and the office's rule table.
 */
public final class SupervisionBoard {
    /** One item with what is derived from it on a given day. */
    public record Entry(SupervisionItem item, String leadUnit, Light light, List<LightReason> reasons,
                        LocalDate nextDue, int missedCycles, int workdaysOverdue, Escalation.Status escalation) {
        /** 逾期 ({@link SupervisionRules#overdue}). */
        public boolean overdue() {
            return reasons.contains(LightReason.OVERDUE);
        }

        /** 反馈逾期 ({@link SupervisionRules#feedbackOverdue}). */
        public boolean feedbackOverdue() {
            return reasons.contains(LightReason.FEEDBACK_OVERDUE);
        }
    }

    /** The entries and the unit names used. */
    public record Snapshot(LocalDate today, List<Entry> entries, Map<String, String> unitNames) {
        public String unitName(String id) {
            return id == null ? "" : unitNames.getOrDefault(id, "");
        }
    }

    private final SupervisionRepository repository;
    private final DepartmentRepository departments;
    private final EscalationRules rules;
    private final Supplier<SupervisionThresholds> thresholds;
    private final WorkCalendar calendar;
    private final SupervisionWorkflow workflow;

    /** {@code thresholds} are read at each snapshot, so a change in 设置 shows at the next refresh. */
    public SupervisionBoard(SupervisionRepository repository, DepartmentRepository departments, EscalationRules rules,
                            WorkCalendar calendar, Supplier<SupervisionThresholds> thresholds) {
        this.repository = repository;
        this.departments = departments;
        this.rules = rules;
        this.thresholds = thresholds;
        this.calendar = calendar;
        this.workflow = new SupervisionWorkflow(calendar);
    }

    public Snapshot snapshot(LocalDate today) {
        return snapshot(repository.all(), today);
    }

    public Snapshot snapshot(List<SupervisionItem> items, LocalDate today) {
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        Map<String, List<LocalDate>> dates = repository.feedbackDates();
        Escalation escalation = new Escalation(rules.current());
        SupervisionRules supervisionRules = new SupervisionRules(calendar, thresholds.get());
        List<Entry> entries = items.stream().map(item -> {
            List<LocalDate> fd = dates.getOrDefault(item.id(), List.of());
            var feedback = supervisionRules.schedule().analyse(item, fd, today);
            int overdue = workflow.workdaysOverdue(item, today);
            var signal = supervisionRules.signal(item, feedback, today);
            return new Entry(item, names.getOrDefault(item.leadUnitId(), ""),
                    signal.map(SupervisionRules.Signal::light).orElse(null),
                    signal.map(SupervisionRules.Signal::reasons).orElse(List.of()), feedback.nextDue(),
                    feedback.missed(), overdue, escalation.evaluate(item, feedback.longestRun(), overdue));
        }).toList();
        return new Snapshot(today, entries, names);
    }

    public static Map<String, Entry> byId(List<Entry> entries) {
        return entries.stream().collect(Collectors.toMap(e -> e.item().id(), Function.identity()));
    }
}
