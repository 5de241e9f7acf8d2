package cn.quanze.cases.data;

import cn.quanze.core.db.Sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseClock;
import cn.quanze.cases.domain.CaseEventType;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseHistory;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.cases.domain.CaseRuleException;
import cn.quanze.cases.domain.CaseState;
import cn.quanze.cases.domain.CaseStep;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.cases.domain.WarningLevel;
import cn.quanze.powers.domain.PowerItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case transitions through the unit of work, and the demo cases' mix of lights on 2026-11-22. */
class CaseLedgerTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private CaseLedger ledger;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir);
        ledger = wb.cases();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private CaseProgress progress(String id) {
        CaseHistory h = ledger.byId(id).orElseThrow();
        return ledger.clockFor().evaluate(h.file(), h.events(), ledger.today());
    }

    static CaseFile draft(PowerItem p, String received) {
        return new CaseFile(null, null, p == null ? null : p.id(), p == null ? CaseBasis.NOT_POWER_BASED : CaseBasis.POWER,
                p == null ? "12345热线" : null, "上海测试餐饮有限公司", "食品经营许可（新办）申请", LocalDate.parse(received),
                p == null ? 5 : p.legalLimitDays(), p == null ? null : p.promisedLimitDays(), null, "窗口受理岗", "张丽",
                List.of(new CaseStep("受理", "窗口", 1), new CaseStep("审查", "审核", 2), new CaseStep("决定", "负责人", 1),
                        new CaseStep("送达", "窗口", 1)), false);
    }

    @Test
    void demoCasesShowEveryLightAndThe2027Warning() {
        CaseClock clock = ledger.clockFor();
        Map<Light, Integer> open = new EnumMap<>(Light.class);
        int unconfirmed = 0;
        int completed = 0;
        List<CaseHistory> all = ledger.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(36);
        for (CaseHistory h : all) {
            CaseProgress p = clock.evaluate(h.file(), h.events(), ledger.today());
            if (p.isOpen()) {
                open.merge(p.light(), 1, Integer::sum);
            } else {
                completed++;
            }
            if (p.unconfirmed()) {
                unconfirmed++;
            }
        }
        assertThat(open.get(Light.GREEN)).isGreaterThanOrEqualTo(10);
        assertThat(open.get(Light.YELLOW)).isGreaterThanOrEqualTo(5);
        assertThat(open.get(Light.RED)).isGreaterThanOrEqualTo(3);
        assertThat(completed).isGreaterThanOrEqualTo(8);
        assertThat(unconfirmed).isGreaterThanOrEqualTo(1);
    }

    @Test
    void openSuspendResumeExtendCompleteAppendEventsAndChangeTheLight() {
        PowerItem p = wb.powers().byCode("XK-SCJ-001-01").orElseThrow();
        CaseFile c = ledger.open(draft(p, "2026-11-13"), p, "QU");
        assertThat(c.number()).startsWith("QU-2026-");
        assertThat(progress(c.id()).light()).isEqualTo(Light.RED); // promised 5 days: due 11-20, today 11-22
        ledger.suspend(c.id(), LocalDate.parse("2026-11-16"), SuspensionReason.CORRECTION, "缺营业执照复印件");
        CaseProgress s = progress(c.id());
        assertThat(s.state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(s.usedDays()).isEqualTo(1);
        assertThat(s.light()).isEqualTo(Light.GREEN);
        assertThatThrownBy(() -> ledger.suspend(c.id(), LocalDate.parse("2026-11-17"), SuspensionReason.HEARING, null))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.alreadySuspended"));
        ledger.resume(c.id(), LocalDate.parse("2026-11-20"));
        assertThat(progress(c.id()).daysLeft()).isEqualTo(4);
        ledger.extend(c.id(), 10, "副局长 马建国", "需现场核查");
        CaseProgress e = progress(c.id());
        assertThat(e.extensionDays()).isEqualTo(10);
        assertThat(e.legalDue()).isAfter(LocalDate.parse("2026-12-20"));
        ledger.complete(c.id(), LocalDate.parse("2026-11-20"), "准予许可");
        CaseProgress done = progress(c.id());
        assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(done.onTimePromised()).isTrue();
        assertThat(ledger.byId(c.id()).orElseThrow().events()).extracting(ev -> ev.type()).containsExactly(
                CaseEventType.OPENED, CaseEventType.SUSPENDED, CaseEventType.RESUMED, CaseEventType.EXTENDED,
                CaseEventType.COMPLETED);
        long revisions = wb.store().read(x -> Sql.count(x,
                "SELECT COUNT(*) FROM revision WHERE entity = 'case_event' AND data LIKE ?", "%" + c.id() + "%"));
        assertThat(revisions).isEqualTo(5);
    }

    @Test
    void aCancelledPowerItemCannotBeCitedButHotlineWorkCanBeOpened() {
        PowerItem cancelled = wb.powers().byCode("XK-SCJ-002").orElseThrow();
        long before = wb.store().read(x -> Sql.count(x, "SELECT COUNT(*) FROM case_file"));
        assertThatThrownBy(() -> ledger.open(draft(cancelled, "2026-11-20"), cancelled, "QU"))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.inactivePower"));
        long after = wb.store().read(x -> Sql.count(x, "SELECT COUNT(*) FROM case_file"));
        assertThat(after).isEqualTo(before);
        CaseFile hotline = ledger.open(draft(null, "2026-11-20"), null, "QU");
        assertThat(hotline.basis()).isEqualTo(CaseBasis.NOT_POWER_BASED);
        assertThat(progress(hotline.id()).due()).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void aSupervisorAcknowledgesAnAlarmAndLimitsChangeWithAReason() {
        PowerItem p = wb.powers().byCode("XK-SCJ-001-01").orElseThrow();
        CaseFile c = ledger.open(draft(p, "2026-11-10"), p, "QU");
        assertThat(progress(c.id()).level()).isEqualTo(WarningLevel.ALARM);
        assertThatThrownBy(() -> ledger.acknowledge(c.id(), " "))
                .isInstanceOfSatisfying(CaseRuleException.class, e -> assertThat(e.key()).isEqualTo("cases.rule.noNote"));
        ledger.acknowledge(c.id(), "已约谈承办科室");
        assertThat(progress(c.id()).acknowledged()).isTrue();
        ledger.changeLimits(c.id(), 20, 10, "窗口人手不足，经分管领导同意调整承诺时限");
        assertThat(ledger.byId(c.id()).orElseThrow().file().promisedLimitDays()).isEqualTo(10);
        assertThat(progress(c.id()).light()).isNotEqualTo(Light.RED);
    }
}
