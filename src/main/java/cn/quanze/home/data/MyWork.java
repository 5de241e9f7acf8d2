package cn.quanze.home.data;

import cn.quanze.cases.data.CaseRows;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.core.domain.Light;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "我的待办" on 首页: the open cases and supervision items of the signed-in user's unit (the cases handled by the
 * user in person first), most urgent first; office-wide when nobody is signed in or the user has no unit.
 */
public final class MyWork {
    public static final int LIMIT = 60;

    /**
     * Whose work: the signed-in login (null for the system actor), a unit (null for the whole office) and the
     * person's name as written on cases (经办人).
     */
    public record Scope(String login, String unitId, String unitName, String person) {
        public boolean officeWide() {
            return unitId == null;
        }
    }

    public enum Kind { CASE, SUPERVISION }

    /** One line of the list; {@code light} may be null (supervision items not yet assigned). */
    public record Item(Kind kind, String id, String number, String title, String unit, LocalDate due, Light light,
                       boolean mine) {
    }

    private MyWork() {
    }

    public static List<Item> of(Scope scope, List<CaseRows.CaseRow> cases, SupervisionBoard.Snapshot board) {
        List<Item> out = new ArrayList<>();
        for (CaseRows.CaseRow r : cases) {
            CaseFile f = r.history().file();
            if (r.progress().isOpen() && (scope.officeWide() || scope.unitId().equals(f.departmentId()))) {
                boolean mine = scope.person() != null && scope.person().equals(f.person());
                out.add(new Item(Kind.CASE, f.id(), f.number(), f.matter(), r.departmentName(), r.progress().due(),
                        r.progress().light(), mine));
            }
        }
        for (SupervisionBoard.Entry e : board.entries()) {
            SupervisionItem i = e.item();
            boolean ours = scope.officeWide() || scope.unitId().equals(i.leadUnitId())
                    || i.cooperatingUnitIds().contains(scope.unitId());
            if (i.state().isOpen() && i.state() != SupervisionState.DEFERRED && ours) {
                out.add(new Item(Kind.SUPERVISION, i.id(), i.displayNumber(), i.title(), e.leadUnit(), i.deadline(),
                        e.light(), false));
            }
        }
        out.sort(Comparator.comparing((Item i) -> !i.mine()).thenComparing(i -> urgency(i.light()))
                .thenComparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::number, Comparator.nullsLast(Comparator.naturalOrder())));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    private static int urgency(Light light) {
        return light == Light.RED ? 0 : light == Light.YELLOW ? 1 : light == Light.GREEN ? 2 : 3;
    }
}
