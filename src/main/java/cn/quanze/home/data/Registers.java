package cn.quanze.home.data;

import cn.quanze.cases.data.CaseLedger;
import cn.quanze.cases.data.CaseRows;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.supervision.data.SupervisionBoard;
import java.time.LocalDate;
import java.util.List;

/** The two registers with lights, as listed on a given day: cases (限时办结) and supervision items (督查督办). */
public record Registers(CaseLedger ledger, DepartmentRepository departments, PowerItemRepository powers,
                        SupervisionBoard board) {

    public List<CaseRows.CaseRow> cases(LocalDate day) {
        return CaseRows.load(ledger, departments, powers, day);
    }

    public SupervisionBoard.Snapshot items(LocalDate day) {
        return board.snapshot(day);
    }
}
