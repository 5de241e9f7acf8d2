package cn.quanze.cases.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.cases.domain.calendar.OfficialYear;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.cases.calendar.CalendarService;
import cn.quanze.cases.calendar.HolidayCnFormat;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar data in the store: importing an official year, local entries, and the always-current calendar. */
class CalendarImportTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wb = TestWorkbench.withDemo(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    static Path fixture(String name) throws Exception {
        return Path.of(CalendarImportTest.class.getResource("/calendar/" + name).toURI());
    }

    private long revisions() {
        return wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
    }

    @Test
    void importing2027ConfirmsTheYearAndMovesTheDeadlinesItChanges() throws Exception {
        WorkCalendar cal = wb.calendar();
        assertThat(cal.isConfirmed(2027)).isFalse();
        assertThat(cal.isWorkday(LocalDate.of(2027, 2, 9))).isTrue(); // estimate: 春节 is 2.5-2.8 only
        CalendarService.ImportResult r = wb.calendarService().importFile(fixture("2027.json"));
        assertThat(r.year()).isEqualTo(2027);
        assertThat(r.movedCases()).isGreaterThanOrEqualTo(1); // the demo 民办学校设立审批 case is due in February
        // the same reference is current: Workbench.calendar() listens to the store
        assertThat(cal.isConfirmed(2027)).isTrue();
        assertThat(cal.isWorkday(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(cal.isWorkday(LocalDate.of(2027, 2, 14))).isTrue(); // Sunday make-up day
        // importing again writes nothing new and moves nothing
        long before = revisions();
        assertThat(wb.calendarService().importFile(fixture("2027.json")).movedCases()).isZero();
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void icsAndJsonOfTheSameScheduleGiveTheSameDays() throws Exception {
        OfficialYear json = CalendarService.parse(fixture("2027.json"));
        OfficialYear ics = CalendarService.parse(fixture("2027.ics"));
        assertThat(ics.year()).isEqualTo(2027);
        assertThat(ics.days().stream().map(d -> d.date() + d.kind().name()).sorted().toList())
                .isEqualTo(json.days().stream().map(d -> d.date() + d.kind().name()).sorted().toList());
    }

    @Test
    void brokenFilesAreRefusedWithFileAndEntryAndNothingIsWritten() throws Exception {
        long before = revisions();
        assertThatThrownBy(() -> wb.calendarService().importFile(fixture("broken.json")))
                .isInstanceOf(HolidayCnFormat.FormatException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("第 2 条").hasMessageContaining("2027-02-30");
        assertThatThrownBy(() -> wb.calendarService().importFile(fixture("broken.ics")))
                .isInstanceOf(HolidayCnFormat.FormatException.class)
                .hasMessageContaining("broken.ics").hasMessageContaining("第 2 个事件");
        Path empty = dir.resolve("2027.json");
        // holiday-cn's placeholder for a year not yet published (its days list is empty): refused, not imported
        try (var in = CalendarImportTest.class.getResourceAsStream("/holiday-cn/2027.json")) {
            Files.copy(in, empty);
        }
        assertThatThrownBy(() -> wb.calendarService().importFile(empty)).isInstanceOf(HolidayCnFormat.FormatException.class)
                .hasMessageContaining("2027.json");
        assertThatThrownBy(() -> wb.calendarService().importFile(dir.resolve("nope.txt")))
                .hasMessageContaining("nope.txt");
        assertThat(revisions()).isEqualTo(before);
        assertThat(wb.calendar().isConfirmed(2027)).isFalse();
    }

    @Test
    void localEntriesOverrideAndHaveDeterministicIds() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(wb.calendar().isWorkday(monday)).isTrue();
        wb.calendarService().setLocal(monday, DayKind.HOLIDAY, "地方节日", "省政府通知");
        assertThat(wb.calendar().isWorkday(monday)).isFalse();
        assertThat(wb.calendar().deadline(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 24));
        wb.calendarService().setLocal(monday, DayKind.HOLIDAY, "地方节日", "省政府通知");
        assertThat(wb.calendarService().entries()).hasSize(1);
        assertThat(wb.calendarService().entries().get(0).id()).isEqualTo("2026-11-23");
        assertThat(wb.calendarService().removeLocal(monday)).isTrue();
        assertThat(wb.calendar().isWorkday(monday)).isTrue();
    }
}
