package cn.quanze.home.data;

import cn.quanze.core.db.Sql;
import cn.quanze.org.data.UserAccounts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseHistory;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.cases.domain.LightThresholds;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.FeedbackSchedule;
import cn.quanze.supervision.domain.SupervisionThresholds;
import cn.quanze.core.domain.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 首页 figures on the demo data, each checked against a count made directly from the rows and the rules. */
public class DashboardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    @TempDir
    Path dir;
    private Workbench wb;
    private Dashboard dashboard;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir);
        dashboard = new Dashboard(wb.store(), registers(wb), wb.duties(), wb.users());
    }

    /** The registers of a test workbench (also used by the reminder tests). */
    public static Registers registers(Workbench wb) {
        return new Registers(wb.cases(), wb.departments(), wb.powers(), wb.supervisionBoard());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void caseCardsMatchTheLightsComputedCaseByCase() {
        CaseClock clock = new CaseClock(wb.calendar(), LightThresholds.DEFAULT);
        long red = 0;
        long yellow = 0;
        long dueThisWeek = 0;
        for (CaseHistory h : wb.cases().all()) {
            CaseProgress p = clock.evaluate(h.file(), h.events(), TODAY);
            boolean open = p.completedOn() == null;
            red += open && p.light() == Light.RED ? 1 : 0;
            yellow += open && p.light() == Light.YELLOW ? 1 : 0;
            // 2026-11-22 is a Sunday: "this week" is the working week 11-23 … 11-29, plus today
            dueThisWeek += open && !p.due().isBefore(TODAY) && !p.due().isAfter(LocalDate.of(2026, 11, 29)) ? 1 : 0;
        }
        HomeCounts counts = dashboard.read().counts();
        assertThat(counts.casesRed()).isEqualTo(red).isPositive();
        assertThat(counts.casesYellow()).isEqualTo(yellow).isPositive();
        assertThat(counts.casesDueThisWeek()).isEqualTo(dueThisWeek).isPositive();
    }

    @Test
    void supervisionCardsMatchSqlAndTheFeedbackSchedule() {
        long overdue = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM supervision_item WHERE state IN "
                + "('ASSIGNED','IN_PROGRESS') AND deadline < ?", TODAY));
        long review = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM supervision_item WHERE state = "
                + "'COMPLETION_REQUESTED' OR (state NOT IN ('COMPLETED','ARCHIVED','WITHDRAWN') AND "
                + "requested_deadline IS NOT NULL)"));
        FeedbackSchedule schedule = new FeedbackSchedule(wb.calendar());
        Map<String, List<LocalDate>> dates = wb.supervision().feedbackDates();
        // 反馈逾期 now: the most recent cycle due before today went unreported (an old gap made good is not late now)
        long missed = wb.supervision().all().stream()
                .filter(i -> schedule.lastCycleMissed(i, dates.getOrDefault(i.id(), List.of()), TODAY)).count();
        HomeCounts counts = dashboard.read().counts();
        assertThat(counts.supervisionOverdue()).isEqualTo(overdue).isPositive();
        assertThat(counts.awaitingReview()).isEqualTo(review).isPositive();
        assertThat(counts.feedbackOverdue()).isEqualTo(missed).isPositive();
        assertThat(counts.catalogGaps()).isEqualTo(wb.duties().gaps().size());
    }

    @Test
    void chartsCountEveryItemAndEveryCompletedCase() {
        Dashboard.Snapshot s = dashboard.read();
        assertThat(s.byState().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM supervision_item")));
        long completedSinceJune = wb.cases().all().stream().map(h -> wb.cases().clockFor()
                .evaluate(h.file(), h.events(), TODAY).completedOn())
                .filter(d -> d != null && !d.isBefore(LocalDate.of(2026, 6, 1))).count();
        assertThat(s.onTime()).hasSize(Dashboard.CHART_MONTHS);
        assertThat(s.onTime().get(0).month()).hasToString("2026-06");
        assertThat(s.onTime().stream().mapToInt(HomeCharts.MonthRate::completed).sum()).isEqualTo(completedSinceJune);
        assertThat(s.onTime()).allSatisfy(m -> assertThat(m.onTime()).isBetween(0, m.completed()));
    }

    @Test
    void myWorkIsOfficeWideForTheSystemActorAndTheUnitsOwnForASignedInUser() {
        Dashboard.Snapshot office = dashboard.read();
        assertThat(office.scope().login()).isNull();
        assertThat(office.scope().officeWide()).isTrue();
        assertThat(office.myWork()).extracting(MyWork.Item::kind).contains(MyWork.Kind.CASE, MyWork.Kind.SUPERVISION);
        assertThat(office.myWork().get(0).light()).isEqualTo(Light.RED);

        Department unit = wb.departments().all().stream().filter(d -> d.name().equals("区市场监管局")).findFirst()
                .orElseThrow();
        var user = wb.users().create("liwei", "李伟", unit.id(), Role.CLERK, "Clerk2026!".toCharArray());
        wb.store().signIn(UserAccounts.principalOf(user));
        Dashboard.Snapshot mine = dashboard.read();
        assertThat(mine.scope().unitName()).isEqualTo("区市场监管局");
        assertThat(mine.scope().person()).isEqualTo("李伟");
        assertThat(mine.myWork()).isNotEmpty().filteredOn(i -> i.kind() == MyWork.Kind.CASE)
                .allSatisfy(i -> assertThat(i.unit()).isEqualTo("区市场监管局"));
        assertThat(mine.myWork()).filteredOn(i -> i.kind() == MyWork.Kind.SUPERVISION).isNotEmpty()
                .allSatisfy(i -> assertThat(wb.supervision().all().stream().filter(x -> x.id().equals(i.id()))
                        .anyMatch(x -> unit.id().equals(x.leadUnitId()) || x.cooperatingUnitIds().contains(unit.id())))
                        .as("lead or cooperating unit").isTrue());
        long openCasesOfUnit = wb.cases().all().stream().filter(h -> unit.id().equals(h.file().departmentId())
                && wb.cases().clockFor().evaluate(h.file(), h.events(), TODAY).completedOn() == null).count();
        assertThat(mine.myWork().stream().filter(i -> i.kind() == MyWork.Kind.CASE).count()).isEqualTo(openCasesOfUnit);
    }

    @Test
    void supervisionThresholdFromTheSettingsMovesItemsToYellow() {
        long before = yellowItems();
        wb.thresholds().save(new WarningThresholds.Values(LightThresholds.DEFAULT, new SupervisionThresholds(30, 3), 7));
        assertThat(wb.thresholds().read().supervision().deadlineDays()).isEqualTo(30);
        assertThat(yellowItems()).isGreaterThan(before);
    }

    private long yellowItems() {
        return wb.supervisionBoard().snapshot(TODAY).entries().stream().filter(e -> e.light() == Light.YELLOW).count();
    }

    @Test
    void unreadableThresholdsFallBackToTheDefaults() {
        wb.store().run("t", uow -> wb.settings().set(uow, WarningThresholds.SUPERVISION_DAYS, "viele"));
        assertThat(wb.thresholds().supervision()).isEqualTo(SupervisionThresholds.DEFAULT);
        assertThat(wb.thresholds().partnerDays()).isEqualTo(WarningThresholds.DEFAULT_PARTNER_DAYS);
    }
}
