package cn.quanze.supervision.domain;

import cn.quanze.cases.domain.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feedback due dates of an item (反馈周期) and which of them were missed (反馈逾期). 每周 is due on the weekday
 * {@code feedbackDay} (1 = Monday, default Friday), 每月 on day {@code feedbackDay} (default 25), 每季度 on that day of
 * the quarter's last month, 一次性 on the deadline. A due date on a day off moves to the next working day; the
 * first due date is at least a week after 交办. A cycle is covered by feedback dated after the previous due date
 * and up to its own.
 */
public final class FeedbackSchedule {
    /** One feedback cycle: its due date and whether feedback covered it. */
    public record Cycle(LocalDate start, LocalDate due, boolean covered) {
    }

    private final WorkCalendar calendar;

    public FeedbackSchedule(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** Cycles due up to {@code until} inclusive (and the first one after it), with their coverage. */
    public List<Cycle> cycles(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate until) {
        List<Cycle> out = new ArrayList<>();
        if (item.assignedOn() == null || item.feedbackCycle() == null) {
            return out;
        }
        LocalDate end = activeUntil(item, until);
        LocalDate start = item.assignedOn();
        LocalDate raw = firstDue(item);
        while (raw != null && out.size() < 400) {
            LocalDate due = onWorkday(raw);
            LocalDate from = start;
            boolean covered = feedbackDates.stream().anyMatch(d -> d.isAfter(from) && !d.isAfter(due));
            out.add(new Cycle(start, due, covered));
            if (due.isAfter(end) || item.feedbackCycle() == FeedbackCycle.ONCE) {
                break;
            }
            start = due;
            raw = following(item, raw);
        }
        return out;
    }

    /** Cycles whose due date passed (before {@code today}, while the item was active) without feedback. */
    public int missed(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate today) {
        LocalDate end = activeUntil(item, today);
        return (int) cycles(item, feedbackDates, today).stream()
                .filter(c -> !c.covered() && c.due().isBefore(end) && c.due().isBefore(today)).count();
    }

    /** Everything the register shows about an item's feedback, from one pass over its cycles. */
    public record Analysis(int missed, int longestRun, LocalDate nextDue, boolean lastMissed) {
    }

    public Analysis analyse(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate today) {
        List<Cycle> cycles = cycles(item, feedbackDates, today);
        LocalDate end = activeUntil(item, today);
        boolean working = item.state() == SupervisionState.ASSIGNED || item.state() == SupervisionState.IN_PROGRESS;
        int missed = 0;
        int run = 0;
        int longest = 0;
        LocalDate next = null;
        Cycle last = null;
        for (Cycle c : cycles) {
            boolean past = c.due().isBefore(end) && c.due().isBefore(today);
            if (past) {
                missed += c.covered() ? 0 : 1;
                run = c.covered() ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
            if (c.due().isBefore(today)) {
                last = c;
            }
            if (working && next == null && !c.covered() && !c.due().isBefore(today)) {
                next = c.due();
            }
        }
        return new Analysis(missed, longest, next, working && last != null && !last.covered());
    }

    /** The longest run of consecutive missed cycles (连续未按期反馈), which escalation rules count. */
    public int longestMissedRun(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate today) {
        LocalDate end = activeUntil(item, today);
        int run = 0;
        int longest = 0;
        for (Cycle c : cycles(item, feedbackDates, today)) {
            if (!c.due().isBefore(end) || !c.due().isBefore(today)) {
                break;
            }
            run = c.covered() ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The next due date still to be met, when the item is being worked on. */
    public Optional<LocalDate> nextDue(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate today) {
        if (item.state() != SupervisionState.ASSIGNED && item.state() != SupervisionState.IN_PROGRESS) {
            return Optional.empty();
        }
        return cycles(item, feedbackDates, today).stream()
                .filter(c -> !c.covered() && !c.due().isBefore(today)).map(Cycle::due).findFirst();
    }

    /** Whether the most recent cycle due before today was missed. */
    public boolean lastCycleMissed(SupervisionItem item, List<LocalDate> feedbackDates, LocalDate today) {
        if (item.state() != SupervisionState.ASSIGNED && item.state() != SupervisionState.IN_PROGRESS) {
            return false;
        }
        Cycle last = null;
        for (Cycle c : cycles(item, feedbackDates, today)) {
            if (c.due().isBefore(today)) {
                last = c;
            }
        }
        return last != null && !last.covered();
    }

    /** Cycles stop when the item leaves work (办结, 暂缓, 撤销): its state date ends them. */
    private static LocalDate activeUntil(SupervisionItem item, LocalDate today) {
        return switch (item.state()) {
            case REGISTERED, ASSIGNED, IN_PROGRESS -> today;
            case COMPLETED, ARCHIVED -> item.completedOn() != null ? item.completedOn() : orToday(item.stateSince(), today);
            default -> orToday(item.stateSince(), today);
        };
    }

    private static LocalDate orToday(LocalDate d, LocalDate today) {
        return d == null || d.isAfter(today) ? today : d;
    }

    private LocalDate onWorkday(LocalDate d) {
        return calendar.isWorkday(d) ? d : calendar.deadline(d, 1);
    }

    private static LocalDate firstDue(SupervisionItem item) {
        LocalDate earliest = item.assignedOn().plusDays(7);
        if (item.feedbackCycle() == FeedbackCycle.ONCE) {
            return item.deadline();
        }
        LocalDate d = anchor(item, item.assignedOn());
        while (d.isBefore(earliest)) {
            d = following(item, d);
        }
        return d;
    }

    private static LocalDate anchor(SupervisionItem item, LocalDate from) {
        int day = item.feedbackDay() == null ? 0 : item.feedbackDay();
        return switch (item.feedbackCycle()) {
            case WEEKLY -> from.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(day >= 1 && day <= 7 ? day : 5)));
            case MONTHLY -> dayOf(from, day);
            case QUARTERLY -> dayOf(from.withMonth(((from.getMonthValue() - 1) / 3) * 3 + 3), day);
            case ONCE -> item.deadline();
        };
    }

    private static LocalDate following(SupervisionItem item, LocalDate raw) {
        return switch (item.feedbackCycle()) {
            case WEEKLY -> raw.plusWeeks(1);
            case MONTHLY -> dayOf(raw.plusMonths(1), dayNumber(item));
            case QUARTERLY -> dayOf(raw.plusMonths(3), dayNumber(item));
            case ONCE -> null;
        };
    }

    private static int dayNumber(SupervisionItem item) {
        return item.feedbackDay() == null ? 0 : item.feedbackDay();
    }

    private static LocalDate dayOf(LocalDate month, int day) {
        int d = day >= 1 && day <= 31 ? day : 25;
        return month.withDayOfMonth(Math.min(d, month.lengthOfMonth()));
    }
}
