package cn.quanze.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.exchange.calendar.HolidayCnFormat;
import cn.quanze.exchange.calendar.OfficialCalendarSeeds;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every day of 2018-2026 of the built-in calendar (seeds/calendar) matches the public holiday-cn schedules in
 * ../shared/data/holiday-cn, which serve as the independent fixture.
 */
class OfficialScheduleTest {
    static final Path HOLIDAY_CN = Path.of(System.getProperty("quanze.repo.root", "."))
            .resolve("../shared/data/holiday-cn").normalize();

    static Map<LocalDate, Boolean> fixture() throws Exception {
        Map<LocalDate, Boolean> offByDate = new HashMap<>();
        for (int y = 2018; y <= 2026; y++) {
            try (InputStream in = Files.newInputStream(HOLIDAY_CN.resolve(y + ".json"))) {
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
        try (InputStream in = Files.newInputStream(HOLIDAY_CN.resolve("2027.json"))) {
            assertThat(HolidayCnFormat.read("2027.json", in).published()).isFalse();
        }
    }

    @Test
    void malformedFilesAreRefusedWithTheFileAndEntryNamed() {
        cn.quanze.i18n.I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidayCnFormat.read("bad.json",
                new java.io.ByteArrayInputStream("{\"year\":2027,\"days\":[{\"date\":\"2027-02-30\",\"isOffDay\":true}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayCnFormat.FormatException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("第 1 条").hasMessageContaining("2027-02-30");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HolidayCnFormat.read("x.json",
                new java.io.ByteArrayInputStream("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(HolidayCnFormat.FormatException.class).hasMessageContaining("x.json");
        assertThat(Set.of()).isEmpty();
    }
}
