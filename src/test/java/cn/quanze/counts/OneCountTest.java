package cn.quanze.counts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.bench.SupervisionBenchmark;
import cn.quanze.cases.data.CaseAttention;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.cases.files.CaseStatsReport;
import cn.quanze.cli.CliCapture;
import cn.quanze.cli.CliTest;
import cn.quanze.core.db.Json;
import cn.quanze.core.domain.NamedFilter;
import cn.quanze.core.i18n.I18n;
import cn.quanze.home.data.Dashboard;
import cn.quanze.home.data.HomeCounts;
import cn.quanze.home.data.Registers;
import cn.quanze.home.data.Reminders;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.supervision.domain.LightReason;
import cn.quanze.supervision.files.SupervisionSummary;
import cn.quanze.supervision.ui.SupervisionExports;
import cn.quanze.supervision.ui.SupervisionViewModel;
import cn.quanze.ui.common.SameThreadExecutor;
import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * 逾期事项, 逾期办件 and 反馈逾期 counted through every path that shows them — 首页's cards, the start-up reminder,
 * the panes' named filters, the 督查专报 / 限时办结 statistics and the CLI lists — agree, on the demo data and on a
 * generated register, on several days.
 */
class OneCountTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

    @BeforeEach
    void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    /** The three counts as one path sees them. */
    record Counts(long overdueItems, long feedbackOverdue, long overdueCases) {
    }

    @Test
    void everyPathCountsTheSameOnTheDemoData() {
        try (Workbench wb = TestWorkbench.withDemo(dir.resolve("demo"))) {
            Counts home = agreeing(wb, TestWorkbench.CLOCK);
            assertThat(home.overdueItems()).as("the demo has overdue items").isPositive();
            assertThat(home.feedbackOverdue()).isPositive();
            assertThat(home.overdueCases()).isPositive();
            // the demo's point: an item late only with its feedback is red but not counted as 逾期
            SupervisionBoard.Snapshot snap = registers(wb).items(LocalDate.now(TestWorkbench.CLOCK));
            assertThat(snap.entries()).anySatisfy(e -> assertThat(e.reasons())
                    .containsExactly(LightReason.FEEDBACK_OVERDUE));
        }
    }

    @Test
    void everyPathCountsTheSameOnAGeneratedRegisterOnManyDays() {
        try (Workbench wb = TestWorkbench.withDemo(dir.resolve("gen"))) {
            new SupervisionBenchmark(wb.store()).generate(400, 1600,
                    SupervisionBenchmark.ids(wb.departments().all()), 2026);
            for (LocalDate day = LocalDate.of(2026, 3, 2); day.isBefore(LocalDate.of(2027, 3, 1));
                 day = day.plusDays(37)) {
                Clock c = Clock.fixed(day.atTime(10, 0).atZone(TestWorkbench.ZONE).toInstant(), TestWorkbench.ZONE);
                agreeing(wb, c);
            }
        }
    }

    /** Counts through 首页, the reminder, the filters and the reports as of {@code clock}; asserts they agree. */
    private Counts agreeing(Workbench wb, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Registers registers = registers(wb);
        List<CaseRow> cases = registers.cases(today);
        SupervisionBoard.Snapshot snap = registers.items(today);
        HomeCounts home = HomeCounts.of(cases, snap.entries(), 0, today);
        Counts card = new Counts(home.supervisionOverdue(), home.feedbackOverdue(), home.casesRed());

        wb.store().run("test.forget", uow -> wb.settings().set(uow, Reminders.ANNOUNCED, "{}"));
        Reminders.News news = new Reminders(wb.store(), wb.settings(), registers,
                Clock.fixed(today.atTime(12, 0).atZone(TestWorkbench.ZONE).toInstant(), TestWorkbench.ZONE))
                .check().orElseThrow();
        assertThat(new Counts(news.count(LightReason.OVERDUE), news.count(LightReason.FEEDBACK_OVERDUE),
                news.count(Reminders.Kind.CASE, cn.quanze.core.domain.Light.RED))).as("reminder on %s", today)
                .isEqualTo(card);

        assertThat(new Counts(count(snap, NamedFilter.OVERDUE, today), count(snap, NamedFilter.FEEDBACK_OVERDUE, today),
                cases.stream().filter(CaseAttention.cases(NamedFilter.CASES_RED, today).orElseThrow()).count()))
                .as("filters on %s", today).isEqualTo(card);

        SupervisionSummary s = summary(wb, today);
        CaseStatsReport stats = CaseStatsReport.of(cases, LocalDate.of(2020, 1, 1), today);
        assertThat(new Counts(s.overdue().size(), s.red().stream()
                .filter(r -> r.reasons().contains(LightReason.FEEDBACK_OVERDUE)).count(),
                stats.byDepartment().get(stats.byDepartment().size() - 1).overdueOpen()))
                .as("督查专报 and 限时办结 statistics on %s", today).isEqualTo(card);
        assertThat(s.units().stream().mapToInt(SupervisionSummary.UnitLine::overdue).sum())
                .isEqualTo(card.overdueItems());
        return card;
    }

    private static SupervisionSummary summary(Workbench wb, LocalDate today) {
        return new cn.quanze.supervision.files.SummaryBuilder(wb.supervision(), wb.supervisionBoard(), wb.settings())
                .build(LocalDate.of(2020, 1, 1), today, today);
    }

    private static long count(SupervisionBoard.Snapshot snap, String filter, LocalDate today) {
        return snap.entries().stream().filter(cn.quanze.supervision.data.SupervisionAttention.supervision(filter, today)
                .orElseThrow()).count();
    }

    @Test
    void theSupervisionPaneAndTheCliListCountWhat首页Counts() throws Exception {
        Path data = dir.resolve("cli");
        assertThat(CliTest.run("--data-dir", data.toString(), "init", "--office-code", "QU", "--office-name",
                "徐汇区人民政府办公室", "--level", "district", "--demo")).isZero();
        io.take();
        assertThat(CliTest.run("--data-dir", data.toString(), "supervision", "list", "--format", "json")).isZero();
        List<Map<String, Object>> items = Json.MAPPER.readValue(io.take(), List.class);
        assertThat(CliTest.run("--data-dir", data.toString(), "cases", "list", "--format", "json")).isZero();
        List<Map<String, Object>> caseRows = Json.MAPPER.readValue(io.take(), List.class);
        Counts cli = new Counts(items.stream().filter(m -> Boolean.TRUE.equals(m.get("overdue"))).count(),
                items.stream().filter(m -> Boolean.TRUE.equals(m.get("feedbackOverdue"))).count(),
                caseRows.stream().filter(m -> Boolean.TRUE.equals(m.get("overdue"))).count());
        assertThat(items).filteredOn(m -> Boolean.TRUE.equals(m.get("feedbackOverdue")))
                .allSatisfy(m -> assertThat((List<Object>) m.get("lightReasons")).contains("反馈逾期"));

        Clock clock = Clock.system(ZoneId.systemDefault());
        try (Workbench wb = Workbench.open(data, () -> "tester", clock)) {
            Counts home = agreeing(wb, clock);
            assertThat(cli).as("CLI lists").isEqualTo(home);
            SupervisionViewModel vm = new SupervisionViewModel(wb.supervision(), wb.departments(),
                    wb.supervisionService(), wb.supervisionBoard(), new SupervisionExports(wb.notices(),
                    wb.supervisionReports(), wb.ledger(), dir.resolve("exports")), new SameThreadExecutor());
            vm.refresh();
            vm.applyNamedFilter(NamedFilter.OVERDUE);
            assertThat((long) vm.entries().size()).as("pane filter 逾期").isEqualTo(home.overdueItems());
            vm.applyNamedFilter(NamedFilter.FEEDBACK_OVERDUE);
            assertThat((long) vm.entries().size()).as("pane filter 反馈逾期").isEqualTo(home.feedbackOverdue());
        }
    }

    private static Registers registers(Workbench wb) {
        return new Registers(wb.cases(), wb.departments(), wb.powers(), wb.supervisionBoard());
    }
}
