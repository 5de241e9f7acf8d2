package cn.quanze.cases.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.cases.calendar.HolidayCnFormat;
import cn.quanze.cases.calendar.OfficialCalendarSeeds;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every day of 2018-2026 of the built-in calendar (seeds/calendar) matches the public holiday-cn schedules in
 * holiday-cn (src/test/resources/holiday-cn, MIT), which serve as the independent fixture.
 */
class OfficialScheduleTest {
    /** holiday-cn's files, copied with their MIT licence into src/test/resources/holiday-cn. */
    static InputStream holidayCn(String file) {
        InputStream in = OfficialScheduleTest.class.getResourceAsStream("/holiday-cn/" + file);
        assertThat(in).as("test resource holiday-cn/" + file).isNotNull();
        return in;
    }

    static Map<LocalDate, Boolean> fixture() throws Exception {
        Map<LocalDate, Boolean> offByDate = new HashMap<>();
        for (int y = 2018; y <= 2026; y++) {
            try (InputStream in = holidayCn(y + ".json")) {
                HolidayCnFormat.YearSchedule s = HolidayCnFormat.read(y + ".json", in);
                assertThat(s.published()).isTrue();
                s.days().forEach(d -> offByDate.put(d.date(), d.kind() == DayKind.HOLIDAY));
            }
        }
        return offByDate;
    }

    @Test
    void everyDayOf2018To2026MatchesHolidayCn() throws Exception {
        Map<LocalDate, Boolean> off = fixture();
        OfficialCalendarSeeds.Facts facts = OfficialCalendarSeeds.load();
        WorkCalendar cal = new ChineseWorkCalendar(facts.days(), facts.confirmedYears(), List.of());
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (LocalDate d = LocalDate.of(2018, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = off.containsKey(d) ? !off.get(d) : !weekend;
            if (cal.isWorkday(d) != expected) {
                mismatches.add(d + " expected workday=" + expected);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(3287);
        assertThat(mismatches).isEmpty();
        assertThat(facts.confirmedYears()).containsExactlyInAnyOrder(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void the2027PlaceholderIsUnpublished() throws Exception {
        try (InputStream in = holidayCn("2027.json")) {
            assertThat(HolidayCnFormat.read("2027.json", in).published()).isFalse();
        }
    }

    @Test
    void malformedFilesAreRefusedWithTheFileAndEntryNamed() {
        cn.quanze.core.i18n.I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidayCnFormat.read("bad.json",
                new java.io.ByteArrayInputStream("{\"year\":2027,\"days\":[{\"date\":\"2027-02-30\",\"isOffDay\":true}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayCnFormat.FormatException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("第 1 条").hasMessageContaining("2027-02-30");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidayCnFormat.read("x.json",
                new java.io.ByteArrayInputStream("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayCnFormat.FormatException.class).hasMessageContaining("x.json")
                .hasMessageNotContaining("Unrecognized token").hasMessageNotContaining("JsonParseException");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidayCnFormat.read("off.json",
                new java.io.ByteArrayInputStream("{\"year\":2027,\"days\":[{\"date\":\"2027-10-01\",\"isOffDay\":\"yes\"}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayCnFormat.FormatException.class).hasMessageContaining("off.json")
                .hasMessageContaining("第 1 条");
    }
}
