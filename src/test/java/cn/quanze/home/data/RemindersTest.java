package cn.quanze.home.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Light;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What turned yellow or red since last time", with the clock moved instead of waiting for the timer. */
class RemindersTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Reminders at(String when) {
        Clock c = Clock.fixed(LocalDateTime.parse(when).atZone(TestWorkbench.ZONE).toInstant(), TestWorkbench.ZONE);
        return new Reminders(wb.store(), wb.settings(), DashboardTest.registers(wb), c);
    }

    @Test
    void announcesEverythingOnceThenOnlyWhatTurnedSince() {
        Reminders.News first = at("2026-11-22T09:00").check().orElseThrow();
        HomeCounts counts = new Dashboard(wb.store(), DashboardTest.registers(wb), wb.duties(), wb.users()).read().counts();
        assertThat(first.count(Reminders.Kind.CASE, Light.RED)).isEqualTo(counts.casesRed());
        assertThat(first.count(Reminders.Kind.CASE, Light.YELLOW)).isEqualTo(counts.casesYellow());
        assertThat(first.count(Reminders.Kind.SUPERVISION, Light.RED)).isPositive();
        assertThat(first.first()).hasSize(5).allSatisfy(t -> assertThat(t.light()).isEqualTo(Light.RED));

        assertThat(at("2026-11-22T09:30").check()).as("nothing new half an hour later").isEmpty();
        assertThat(at("2026-11-22T10:00").check()).as("a new instance (a restart) remembers").isEmpty();

        Map<String, Light> before = first.turned().stream()
                .collect(Collectors.toMap(Reminders.Turned::id, Reminders.Turned::light));
        Reminders.News later = at("2026-11-26T09:00").check().orElseThrow();
        assertThat(later.turned()).isNotEmpty().allSatisfy(t -> assertThat(before.get(t.id()))
                .as("%s was not yet announced as %s", t.number(), t.light()).isNotEqualTo(t.light()));
        assertThat(later.turned()).anySatisfy(t -> assertThat(before).doesNotContainKey(t.id()));
    }

    @Test
    void quietHoursShowNothingAndKeepItForLater() {
        assertThat(at("2026-11-22T23:00").check()).isEmpty();
        assertThat(at("2026-11-23T06:59").check()).isEmpty();
        assertThat(at("2026-11-23T07:00").check()).as("after the quiet hours").isPresent();
    }

    @Test
    void onlyTheChosenKindsAndNoQuietHoursWhenFromEqualsTo() {
        Reminders r = at("2026-11-22T23:30");
        r.save(new Reminders.Settings(false, true, LocalTime.NOON, LocalTime.NOON));
        assertThat(r.settings()).isEqualTo(new Reminders.Settings(false, true, LocalTime.NOON, LocalTime.NOON));
        Optional<Reminders.News> news = r.check();
        assertThat(news).isPresent();
        assertThat(news.get().turned()).allSatisfy(t -> assertThat(t.kind()).isEqualTo(Reminders.Kind.SUPERVISION));
    }

    @Test
    void quietHoursMaySpanMidnightOrNot() {
        var night = Reminders.Settings.DEFAULT;
        assertThat(night.quietAt(LocalTime.of(23, 0))).isTrue();
        assertThat(night.quietAt(LocalTime.of(6, 0))).isTrue();
        assertThat(night.quietAt(LocalTime.of(12, 0))).isFalse();
        var lunch = new Reminders.Settings(true, true, LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.quietAt(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.quietAt(LocalTime.of(13, 30))).isFalse();
    }
}
