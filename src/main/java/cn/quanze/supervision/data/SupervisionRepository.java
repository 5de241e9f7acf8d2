package cn.quanze.supervision.data;

import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Attachment;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to supervision items, their feedback, timeline, attachments and 整改. */
public interface SupervisionRepository {
    List<SupervisionItem> all();

    Optional<SupervisionItem> byId(String id);

    /** By 督办〔year〕N号. */
    Optional<SupervisionItem> byNumber(int year, int number);

    List<Feedback> feedbackOf(String itemId);

    /** Feedback dates of every item, for lights and feedback cycles in one query. */
    Map<String, List<LocalDate>> feedbackDates();

    List<SupervisionEvent> eventsOf(String itemId);

    /** Feedback entries dated within the period. */
    long feedbackCount(LocalDate from, LocalDate to);

    /** Events of the given kinds between two dates inclusive (for reports). */
    List<SupervisionEvent> events(LocalDate from, LocalDate to);

    List<Attachment> attachmentsOf(String ownerEntity, String ownerId);

    List<Rectification> rectifications();

    /** The next free 督办〔year〕N号 number, read inside a write so that numbers are handed out in order. */
    static int nextNumber(UnitOfWork uow, int year) {
        return uow.query("SELECT COALESCE(MAX(number), 0) + 1 AS n FROM supervision_item WHERE year = ?", year)
                .get(0).intOr("n", 1);
    }
}
