package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.SupervisionItem;
import javafx.stage.Window;

/** Issues a 督办通知单 for an item (asks for the requirement and the file). */
@FunctionalInterface
interface NoticeActions {
    void issue(Window owner, SupervisionItem item);
}
