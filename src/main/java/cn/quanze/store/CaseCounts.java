package cn.quanze.store;

import cn.quanze.domain.Light;

/** Open cases counted by light as of the ledger's today (the start page's 即将到期 / 已逾期 cards). */
public final class CaseCounts {
    /** Open cases that are yellow (即将到期) and red (已逾期). */
    public record Lights(long yellow, long red) {
    }

    private final CaseLedger ledger;
    private final DepartmentRepository departments;
    private final PowerItemRepository powers;

    public CaseCounts(CaseLedger ledger, DepartmentRepository departments, PowerItemRepository powers) {
        this.ledger = ledger;
        this.departments = departments;
        this.powers = powers;
    }

    public Lights open() {
        long yellow = 0;
        long red = 0;
        for (CaseRows.CaseRow r : CaseRows.load(ledger, departments, powers, ledger.today())) {
            if (r.progress().isOpen() && r.progress().light() == Light.RED) {
                red++;
            } else if (r.progress().isOpen() && r.progress().light() == Light.YELLOW) {
                yellow++;
            }
        }
        return new Lights(yellow, red);
    }
}
