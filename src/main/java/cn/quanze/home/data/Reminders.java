package cn.quanze.home.data;

import cn.quanze.cases.data.CaseRows;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Store;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.supervision.domain.LightReason;
import cn.quanze.core.domain.Light;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 到期提醒: what turned yellow or red since the last reminder. Remembers what it announced in a node-local setting,
 * so a restart does not repeat it; a record that went back to green and turns again is announced again, and one that
 * went from yellow to red is announced as red. Which kinds to watch and quiet hours (no reminder, nothing marked as
 * announced) are node-local settings too.
 */
public final class Reminders {
    public static final String CASES = "reminders.cases";
    public static final String SUPERVISION = "reminders.supervision";
    public static final String QUIET_FROM = "reminders.quietFrom";
    public static final String QUIET_TO = "reminders.quietTo";
    public static final String ANNOUNCED = "reminders.announced";
    private static final int NAMED = 5;

    /** Which kinds to remind of, and quiet hours ({@code quietFrom} == {@code quietTo}: none; may span midnight). */
    public record Settings(boolean cases, boolean supervision, LocalTime quietFrom, LocalTime quietTo) {
        public static final Settings DEFAULT = new Settings(true, true, LocalTime.of(22, 0), LocalTime.of(7, 0));

        public boolean quietAt(LocalTime t) {
            if (quietFrom.equals(quietTo)) {
                return false;
            }
            return quietFrom.isBefore(quietTo) ? !t.isBefore(quietFrom) && t.isBefore(quietTo)
                    : !t.isBefore(quietFrom) || t.isBefore(quietTo);
        }
    }

    public enum Kind { CASE, SUPERVISION }

    /**
     * One record that turned yellow or red; {@code reasons} say why for a supervision item (逾期 / 反馈逾期 / …),
     * empty for a case (whose red is always 逾期).
     */
    public record Turned(Kind kind, String id, String number, String title, Light light, List<LightReason> reasons) {
        public Turned {
            reasons = List.copyOf(reasons);
        }
    }

    /** What is new since the last reminder; {@link #first()} names the first few (most urgent first). */
    public record News(List<Turned> turned) {
        public long count(Kind kind, Light light) {
            return turned.stream().filter(t -> t.kind() == kind && t.light() == light).count();
        }

        /** Supervision items turned red or yellow for that reason (an item overdue and late in feedback counts in both). */
        public long count(LightReason reason) {
            return turned.stream().filter(t -> t.kind() == Kind.SUPERVISION && t.reasons().contains(reason)).count();
        }

        public List<Turned> first() {
            return turned.stream().sorted(java.util.Comparator.comparing((Turned t) -> t.light() != Light.RED))
                    .limit(NAMED).toList();
        }
    }

    private final Store store;
    private final OfficeSettings settings;
    private final Registers registers;
    private final Clock clock;

    /** {@code clock} gives the day the lights are computed for and the time of day for the quiet hours. */
    public Reminders(Store store, OfficeSettings settings, Registers registers, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.registers = registers;
        this.clock = clock;
    }

    public Settings settings() {
        Settings d = Settings.DEFAULT;
        return new Settings(!"false".equals(settings.get(CASES).orElse("true")),
                !"false".equals(settings.get(SUPERVISION).orElse("true")),
                time(QUIET_FROM).orElse(d.quietFrom()), time(QUIET_TO).orElse(d.quietTo()));
    }

    private Optional<LocalTime> time(String key) {
        try {
            return settings.get(key).map(String::strip).map(LocalTime::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public void save(Settings s) {
        store.run("reminders.settings", uow -> {
            settings.set(uow, CASES, Boolean.toString(s.cases()));
            settings.set(uow, SUPERVISION, Boolean.toString(s.supervision()));
            settings.set(uow, QUIET_FROM, s.quietFrom().toString());
            settings.set(uow, QUIET_TO, s.quietTo().toString());
        });
    }

    /**
     * What turned yellow or red since the last call that announced something, as of now on this installation's
     * clock; empty in quiet hours and when nothing is new. Marks what it returns as announced.
     */
    public Optional<News> check() {
        Settings s = settings();
        if (s.quietAt(LocalTime.now(clock))) {
            return Optional.empty();
        }
        Map<String, Turned> now = current(s, LocalDate.now(clock));
        Map<String, String> announced = announced();
        List<Turned> fresh = new ArrayList<>();
        for (Turned t : now.values()) {
            String before = announced.get(key(t));
            if (before == null || (t.light() == Light.RED && !Light.RED.name().equals(before))) {
                fresh.add(t);
            }
        }
        Map<String, String> remember = new LinkedHashMap<>();
        now.values().forEach(t -> remember.put(key(t), t.light().name()));
        if (!remember.equals(announced)) {
            store.run("reminders.announced", uow -> settings.set(uow, ANNOUNCED, Json.write(remember)));
        }
        return fresh.isEmpty() ? Optional.empty() : Optional.of(new News(fresh));
    }

    private Map<String, Turned> current(Settings s, LocalDate today) {
        Map<String, Turned> out = new LinkedHashMap<>();
        if (s.cases()) {
            for (CaseRows.CaseRow r : registers.cases(today)) {
                Light l = r.progress().light();
                if (r.progress().isOpen() && l != Light.GREEN) {
                    put(out, new Turned(Kind.CASE, r.id(), r.history().file().number(), r.history().file().matter(), l,
                            List.of()));
                }
            }
        }
        if (s.supervision()) {
            for (SupervisionBoard.Entry e : registers.items(today).entries()) {
                if (e.light() == Light.YELLOW || e.light() == Light.RED) {
                    put(out, new Turned(Kind.SUPERVISION, e.item().id(), e.item().displayNumber(), e.item().title(),
                            e.light(), e.reasons()));
                }
            }
        }
        return out;
    }

    private static void put(Map<String, Turned> map, Turned t) {
        map.put(key(t), t);
    }

    private static String key(Turned t) {
        return t.kind().name() + ":" + t.id();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> announced() {
        try {
            return settings.get(ANNOUNCED).map(j -> (Map<String, String>) Json.readObject(j, Map.class))
                    .orElse(Map.of());
        } catch (RuntimeException e) {
            return Map.of(); // an unreadable memory only means one repeated reminder
        }
    }
}
