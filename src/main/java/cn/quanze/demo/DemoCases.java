package cn.quanze.demo;

import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseEventType;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseStep;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.cases.data.CaseLedger;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.core.db.UnitOfWork;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo cases (seeds/demo/cases.json, our own format) over the demo power items: a mix of lights relative to
 * 2026-11-22. Steps come from {@link CaseStep#forCase}; events are written as given, every record marked demo.
 */
final class DemoCases {
    record SeedEvent(String type, LocalDate date, Integer step, String reason, Integer days, String approver,
                     String note) {
    }

    record SeedCase(String ref, String power, String category, String applicant, String matter, LocalDate received,
                    int legal, Integer promised, String department, String post, String person,
                    List<SeedEvent> events) {
    }

    int put(UnitOfWork uow, List<SeedCase> seeds, Map<String, String> deptIds) {
        Map<String, PowerItem> powers = new HashMap<>();
        uow.query("SELECT * FROM power_item").stream().map(PowerRecords.POWER_ITEM::fromRow)
                .forEach(p -> powers.put(p.code(), p));
        int n = 0;
        for (SeedCase s : seeds) {
            PowerItem p = s.power() == null ? null : powers.get(s.power());
            if (s.power() != null && p == null) {
                throw new IllegalStateException("demo case " + s.ref() + " cites unknown power item " + s.power());
            }
            List<CaseStep> steps = CaseStep.forCase(p, s.legal());
            CaseFile draft = new CaseFile(null, null, p == null ? null : p.id(),
                    p == null ? CaseBasis.NOT_POWER_BASED : CaseBasis.POWER, s.category(), s.applicant(), s.matter(),
                    s.received(), s.legal(), s.promised(), deptIds.get(s.department()), s.post(), s.person(), steps,
                    true);
            CaseFile c = CaseLedger.put(uow, draft, "SL", s.received());
            int seq = 2;
            for (SeedEvent e : s.events()) {
                CaseEventType type = CaseEventType.valueOf(e.type());
                String reason = type == CaseEventType.SUSPENDED
                        ? SuspensionReason.fromOfficialName(e.reason()).orElseThrow().name() : e.reason();
                CaseLedger.append(uow, c, seq++, type, e.date(), reason, e.days(), e.step(), e.approver(), e.note());
            }
            n++;
        }
        return n;
    }
}
