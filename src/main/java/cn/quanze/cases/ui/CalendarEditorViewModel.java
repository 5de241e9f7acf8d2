package cn.quanze.cases.ui;

import cn.quanze.cases.domain.calendar.CalendarDay;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.cases.domain.calendar.LocalCalendarEntry;
import cn.quanze.cases.domain.calendar.OfficialYear;
import cn.quanze.cases.domain.calendar.StatutoryHolidays;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.cases.domain.LightThresholds;
import cn.quanze.cases.calendar.CalendarService;
import cn.quanze.cases.calendar.HolidayCnFormat;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.data.CaseLedger;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 系统管理 → 工作日日历: a month grid of working days and holidays, the office's local entries (a province's
 * holidays, corrections) edited day by day, import of an official year, and the yellow-light thresholds.
 */
public final class CalendarEditorViewModel {
    /** One day of the grid: whether it is worked, the holiday or make-up name, whether a local entry decides it. */
    public record DayCell(LocalDate date, boolean workday, String name, boolean local, boolean confirmed) {
        public boolean weekend() {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    private final CalendarService service;
    private final CaseLedger cases;
    private final TaskExecutor tasks;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<DayCell> days = FXCollections.observableArrayList();
    private final ObservableList<LocalCalendarEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<DayCell> daysView = FXCollections.unmodifiableObservableList(days);
    private final ObservableList<LocalCalendarEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<DayCell> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LightThresholds> thresholds = new ReadOnlyObjectWrapper<>(LightThresholds.DEFAULT);

    public CalendarEditorViewModel(CalendarService service, CaseLedger cases, TaskExecutor tasks) {
        this.service = service;
        this.cases = cases;
        this.tasks = tasks;
        month.set(YearMonth.from(cases.today()));
        month.addListener((o, a, b) -> refresh());
    }

    private record Loaded(List<DayCell> days, List<LocalCalendarEntry> entries, LightThresholds thresholds) {
    }

    public void refresh() {
        YearMonth m = month.get();
        tasks.run("admin.calendar.loading", () -> load(m), l -> {
            days.setAll(l.days());
            entries.setAll(l.entries());
            thresholds.set(l.thresholds());
            if (selected.get() != null) {
                LocalDate d = selected.get().date();
                selected.set(l.days().stream().filter(c -> c.date().equals(d)).findFirst().orElse(null));
            }
        });
    }

    private Loaded load(YearMonth m) {
        WorkCalendar cal = service.calendar();
        List<LocalCalendarEntry> local = service.entries();
        Map<LocalDate, String> names = new HashMap<>();
        service.calendar().seeds().days().forEach(d -> names.put(d.date(), d.name()));
        for (OfficialYear y : service.importedYears()) {
            y.days().forEach(d -> names.put(d.date(), d.name()));
        }
        if (!cal.isConfirmed(m.getYear())) {
            for (CalendarDay d : StatutoryHolidays.of(m.getYear())) {
                names.putIfAbsent(d.date(), d.name());
            }
        }
        Map<LocalDate, LocalCalendarEntry> byDate = new HashMap<>();
        local.forEach(e -> byDate.put(e.date(), e));
        List<DayCell> out = new ArrayList<>();
        for (int i = 1; i <= m.lengthOfMonth(); i++) {
            LocalDate d = m.atDay(i);
            LocalCalendarEntry e = byDate.get(d);
            String name = e != null ? (e.name() == null ? "" : e.name()) : names.getOrDefault(d, "");
            out.add(new DayCell(d, cal.isWorkday(d), name, e != null, cal.isConfirmed(d.getYear())));
        }
        return new Loaded(out, local, cases.thresholds());
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public void select(DayCell cell) {
        selected.set(cell);
    }

    /** Makes the selected day a holiday or a working day for this office. */
    public void setLocal(DayKind kind, String name, String note) {
        DayCell cell = selected.get();
        if (cell == null) {
            return;
        }
        tasks.run("admin.calendar.saving", () -> {
            service.setLocal(cell.date(), kind, name, note);
            return cell.date();
        }, d -> {
            status.set(I18n.t("admin.calendar.saved", d, I18n.t(kind == DayKind.HOLIDAY ? "admin.calendar.holiday"
                    : "admin.calendar.workday")));
            refresh();
        });
    }

    public void removeLocal() {
        DayCell cell = selected.get();
        if (cell == null || !cell.local()) {
            return;
        }
        tasks.run("admin.calendar.saving", () -> service.removeLocal(cell.date()), removed -> {
            status.set(I18n.t("admin.calendar.removed", cell.date()));
            refresh();
        });
    }

    public void importFile(Path file) {
        tasks.runWithProgress("admin.calendar.importing", p -> service.importFile(file), r -> {
            status.set(I18n.t("calendar.import.done", Integer.toString(r.year()), r.days(), r.movedCases()));
            refresh();
        }, t -> status.set(t instanceof HolidayCnFormat.FormatException ? t.getMessage()
                : cn.quanze.ui.common.ErrorPresenter.describe(t)));
    }

    public void saveThresholds(Integer daysLeft, Integer percent) {
        if (daysLeft == null || percent == null || daysLeft < 0 || daysLeft > 30 || percent < 1 || percent > 100) {
            status.set(I18n.t("admin.calendar.badThresholds"));
            return;
        }
        LightThresholds t = new LightThresholds(daysLeft, percent);
        tasks.run("admin.calendar.saving", () -> {
            cases.saveThresholds(t);
            return t;
        }, x -> {
            thresholds.set(x);
            status.set(I18n.t("admin.calendar.thresholdsSaved", x.daysLeft(), x.percentUsed()));
        });
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<DayCell> days() {
        return daysView;
    }

    public ObservableList<LocalCalendarEntry> entries() {
        return entriesView;
    }

    public ReadOnlyObjectProperty<DayCell> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LightThresholds> thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    public boolean isConfirmed(int year) {
        return service.calendar().isConfirmed(year);
    }
}
