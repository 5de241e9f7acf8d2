package cn.quanze.ui.deadlines;

import cn.quanze.domain.Light;
import cn.quanze.i18n.I18n;
import cn.quanze.store.CaseLedger;
import cn.quanze.store.CaseRows;
import cn.quanze.store.DepartmentRepository;
import cn.quanze.store.PowerItemRepository;
import cn.quanze.ui.common.TaskRunner;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** On start-up: a desktop notification saying how many cases are due soon (yellow) and overdue (red). */
public final class DueSoonNotice {
    private DueSoonNotice() {
    }

    public static void showOnStartup(CaseLedger ledger, DepartmentRepository departments, PowerItemRepository powers,
                                     TaskRunner tasks, Window owner) {
        tasks.run("cases.loading", () -> {
            long[] n = new long[2];
            for (CaseRows.CaseRow r : CaseRows.load(ledger, departments, powers, ledger.today())) {
                if (r.progress().isOpen() && r.progress().light() != Light.GREEN) {
                    n[r.progress().light() == Light.RED ? 1 : 0]++;
                }
            }
            return n;
        }, n -> {
            if (n[0] + n[1] == 0 || owner == null || !owner.isShowing()) {
                return;
            }
            try {
                Notifications.create().owner(owner).position(javafx.geometry.Pos.TOP_CENTER)
                        .title(I18n.t("cases.notice.title")).text(I18n.t("cases.notice.startup", n[0], n[1])).hideAfter(Duration.seconds(10)).showWarning();
            } catch (RuntimeException e) {
                // a courtesy only: the cases pane lists the same cases under 即将到期
            }
        });
    }
}
