package cn.quanze.store;

import cn.quanze.domain.supervision.Feedback;
import cn.quanze.domain.supervision.SupervisionItem;
import java.util.List;

/** Read access to supervision items and their feedback. */
public interface SupervisionRepository {
    List<SupervisionItem> all();

    List<Feedback> feedbackOf(String itemId);

    /** The next free 督办〔year〕N号 number, read inside a write so that numbers are handed out in order. */
    static int nextNumber(UnitOfWork uow, int year) {
        return uow.query("SELECT COALESCE(MAX(number), 0) + 1 AS n FROM supervision_item WHERE year = ?", year)
                .get(0).intOr("n", 1);
    }
}
