package cn.quanze.cases.domain;

import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes deadlines, days left and lights of a case from its registered facts and its events, with the
 * calendar's counting rule ({@link WorkCalendar#deadline}). The one place these rules live:
 * <ul>
 * <li>暂停计时 from day S to resumption on day R does not count the working days after S up to and including R
 * (like the day of receipt, the day of resumption does not count); an open suspension freezes the clock.</li>
 * <li>延期 adds its working days to the legal limit; after an extension the light follows the extended legal
 * deadline (the promise can no longer be kept), before it the promised deadline when there is one.</li>
 * <li>Red (报警) once the day is after the due date; yellow: at most {@link LightThresholds#daysLeft()} working days left (预警) or at least
 * {@link LightThresholds#percentUsed()}% of the limit used (提醒).</li>
 * </ul>
 */
public final class CaseClock {
    private final WorkCalendar calendar;
    private final LightThresholds thresholds;

    public CaseClock(WorkCalendar calendar, LightThresholds thresholds) {
        this.calendar = calendar;
        this.thresholds = thresholds;
    }

    private record Interval(LocalDate from, LocalDate to) {
    }

    /** The case's progress on {@code today}, with its steps. */
    public CaseProgress evaluate(CaseFile c, List<CaseEvent> events, LocalDate today) {
        return evaluate(c, events, today, true);
    }

    /** The case's progress without the per-step figures (tables and lists, where only the case counts). */
    public CaseProgress summary(CaseFile c, List<CaseEvent> events, LocalDate today) {
        return evaluate(c, events, today, false);
    }

    private CaseProgress evaluate(CaseFile c, List<CaseEvent> events, LocalDate today, boolean withSteps) {
        List<CaseEvent> ordered = events;
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).seq() < events.get(i - 1).seq()) {
                ordered = new ArrayList<>(events);
                ordered.sort(Comparator.comparingInt(CaseEvent::seq));
                break;
            }
        }
        List<Interval> suspensions = new ArrayList<>();
        LocalDate suspendedSince = null;
        SuspensionReason suspendedFor = null;
        int extension = 0;
        LocalDate completedOn = null;
        String result = null;
        boolean acknowledged = false;
        LocalDate[] stepDone = new LocalDate[c.steps().size()];
        for (CaseEvent e : ordered) {
            switch (e.type()) {
                case SUSPENDED -> {
                    suspendedSince = e.date();
                    suspendedFor = e.reason() == null ? null : SuspensionReason.valueOf(e.reason());
                }
                case RESUMED -> {
                    if (suspendedSince != null) {
                        suspensions.add(new Interval(suspendedSince, e.date()));
                    }
                    suspendedSince = null;
                    suspendedFor = null;
                }
                case EXTENDED -> extension += e.days() == null ? 0 : e.days();
                case STEP_DONE -> {
                    if (e.stepIndex() != null && e.stepIndex() >= 0 && e.stepIndex() < stepDone.length) {
                        stepDone[e.stepIndex()] = e.date();
                    }
                }
                case COMPLETED -> {
                    completedOn = e.date();
                    result = e.note();
                }
                case ACKNOWLEDGED -> acknowledged = true;
                default -> {
                }
            }
        }
        LocalDate asOf = completedOn != null ? completedOn : today;
        if (suspendedSince != null) {
            suspensions.add(new Interval(suspendedSince, asOf.isBefore(suspendedSince) ? suspendedSince : asOf));
        }
        CaseState state = completedOn != null ? CaseState.COMPLETED
                : suspendedSince != null ? CaseState.SUSPENDED : CaseState.OPEN;
        LocalDate received = c.receivedOn();
        int suspended = suspendedAfter(suspensions, received);
        LocalDate legalDue = calendar.deadline(received, c.legalLimitDays() + extension + suspended);
        LocalDate promisedDue = c.promisedLimitDays() == null ? null
                : calendar.deadline(received, c.promisedLimitDays() + suspended);
        int limit = extension > 0 ? c.legalLimitDays() + extension : c.trackedLimitDays();
        LocalDate due = limit == c.legalLimitDays() + extension ? legalDue : calendar.deadline(received, limit + suspended);
        int used = Math.max(0, calendar.workdaysBetween(received, asOf) - suspended);
        int left = limit - used;
        Light light;
        WarningLevel level;
        if (state == CaseState.COMPLETED) {
            light = completedOn.isAfter(due) ? Light.RED : Light.GREEN;
            level = WarningLevel.NONE;
        } else {
            level = asOf.isAfter(due) ? WarningLevel.ALARM : level(left, used, limit);
            light = lightOf(level);
        }
        List<CaseProgress.StepProgress> steps = withSteps
                ? steps(c, stepDone, suspensions, asOf, state == CaseState.COMPLETED) : List.of();
        LocalDate latest = legalDue.isAfter(due) ? legalDue : due;
        boolean unconfirmed = calendar.reachesUnconfirmed(received, latest);
        return new CaseProgress(state, legalDue, promisedDue, due, limit, used, left, suspended, extension, light,
                level, acknowledged, unconfirmed, completedOn, result, suspendedFor, steps);
    }

    /** The warning level for {@code left} working days left after {@code used} of {@code limit}. */
    public WarningLevel level(int left, int used, int limit) {
        if (left < 0) {
            return WarningLevel.ALARM;
        }
        if (left <= thresholds.daysLeft()) {
            return WarningLevel.WARNING;
        }
        if (limit > 0 && (long) used * 100 >= (long) thresholds.percentUsed() * limit) {
            return WarningLevel.REMINDER;
        }
        return WarningLevel.NONE;
    }

    public static Light lightOf(WarningLevel level) {
        return switch (level) {
            case NONE -> Light.GREEN;
            case REMINDER, WARNING -> Light.YELLOW;
            case ALARM -> Light.RED;
        };
    }

    private List<CaseProgress.StepProgress> steps(CaseFile c, LocalDate[] done, List<Interval> suspensions,
                                                  LocalDate asOf, boolean completed) {
        List<CaseProgress.StepProgress> out = new ArrayList<>();
        LocalDate start = c.receivedOn();
        boolean currentSeen = false;
        for (int i = 0; i < c.steps().size(); i++) {
            CaseStep s = c.steps().get(i);
            int paused = suspendedAfter(suspensions, start);
            LocalDate due = calendar.deadline(start, s.limitDays() + paused);
            LocalDate doneOn = done[i] != null ? done[i] : (completed ? asOf : null);
            Light light = null;
            int left;
            if (doneOn != null) {
                left = calendar.workdaysBetween(doneOn, due);
                light = doneOn.isAfter(due) ? Light.RED : Light.GREEN;
            } else {
                int used = Math.max(0, calendar.workdaysBetween(start, asOf) - paused);
                left = s.limitDays() - used;
                if (!currentSeen) {
                    light = lightOf(asOf.isAfter(due) ? WarningLevel.ALARM : level(left, used, s.limitDays()));
                    currentSeen = true;
                }
            }
            out.add(new CaseProgress.StepProgress(i, s, start, due, doneOn, left, light));
            start = doneOn != null ? doneOn : due;
        }
        return out;
    }

    /** Working days of the suspensions that lie after {@code from}. */
    private int suspendedAfter(List<Interval> suspensions, LocalDate from) {
        int n = 0;
        for (Interval s : suspensions) {
            LocalDate a = s.from().isBefore(from) ? from : s.from();
            if (s.to().isAfter(a)) {
                n += calendar.workdaysBetween(a, s.to());
            }
        }
        return n;
    }
}
