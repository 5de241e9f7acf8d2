package cn.quanze.home.data;

import cn.quanze.cases.data.CaseRows;
import cn.quanze.core.db.Principal;
import cn.quanze.core.db.Store;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.org.domain.UserAccount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything 首页 shows from the registers, read in one go: the card counts, "我的待办" for the signed-in user's
 * unit (office-wide without a signed-in user), and the two charts. Read-side only.
 */
public final class Dashboard {
    public static final int CHART_MONTHS = 6;

    /** One reading of 首页 on {@code today}. */
    public record Snapshot(LocalDate today, HomeCounts counts, MyWork.Scope scope, List<MyWork.Item> myWork,
                           List<HomeCharts.MonthRate> onTime, Map<SupervisionState, Long> byState) {
    }

    private final Store store;
    private final Registers registers;
    private final DutyRepository duties;
    private final UserAccounts users;

    public Dashboard(Store store, Registers registers, DutyRepository duties, UserAccounts users) {
        this.store = store;
        this.registers = registers;
        this.duties = duties;
        this.users = users;
    }

    public Snapshot read() {
        LocalDate today = registers.ledger().today();
        List<CaseRows.CaseRow> cases = registers.cases(today);
        SupervisionBoard.Snapshot items = registers.items(today);
        HomeCounts counts = HomeCounts.of(cases, items.entries(), duties.gaps().size(), today);
        MyWork.Scope scope = scope();
        return new Snapshot(today, counts, scope, MyWork.of(scope, cases, items),
                HomeCharts.onTimeByMonth(cases, YearMonth.from(today), CHART_MONTHS),
                HomeCharts.byState(items.entries()));
    }

    /** The signed-in user's unit and name; office-wide for the system actor or a user without a unit. */
    MyWork.Scope scope() {
        Principal who = store.principal().orElse(null);
        if (who == null || who.unitId() == null) {
            return new MyWork.Scope(who == null ? null : who.login(), null, null, null);
        }
        String person = users.all().stream().filter(u -> u.id().equals(who.userId())).map(UserAccount::fullName)
                .findFirst().orElse(null);
        String unitName = registers.departments().all().stream().filter(d -> d.id().equals(who.unitId()))
                .map(Department::name).findFirst().orElse("");
        return new MyWork.Scope(who.login(), who.unitId(), unitName, person);
    }
}
