package cn.quanze.supervision.data;

import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import static cn.quanze.core.db.JdbcRepositories.list;

import cn.quanze.core.domain.Attachment;
import cn.quanze.supervision.domain.Feedback;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JDBC reads of the supervision tables. */
public final class JdbcSupervisionRepository implements SupervisionRepository {
    private final Store store;

    public JdbcSupervisionRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<SupervisionItem> all() {
        return list(store, SupervisionRecords.SUPERVISION_ITEM,
                "SELECT * FROM supervision_item ORDER BY number = 0 DESC, year DESC, number DESC");
    }

    @Override
    public Optional<SupervisionItem> byId(String id) {
        return list(store, SupervisionRecords.SUPERVISION_ITEM, "SELECT * FROM supervision_item WHERE id = ?", id)
                .stream().findFirst();
    }

    @Override
    public Optional<SupervisionItem> byNumber(int year, int number) {
        return list(store, SupervisionRecords.SUPERVISION_ITEM,
                "SELECT * FROM supervision_item WHERE year = ? AND number = ?", year, number).stream().findFirst();
    }

    @Override
    public List<Feedback> feedbackOf(String itemId) {
        return list(store, SupervisionRecords.FEEDBACK, "SELECT * FROM feedback WHERE item_id = ? ORDER BY date, id",
                itemId);
    }

    @Override
    public Map<String, List<LocalDate>> feedbackDates() {
        return store.read(c -> {
            Map<String, List<LocalDate>> out = new HashMap<>();
            Map<String, LocalDate> parsed = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT item_id, date FROM feedback ORDER BY item_id, date");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(parsed.computeIfAbsent(rs.getString(2), LocalDate::parse));
                }
            }
            return out;
        });
    }

    @Override
    public long feedbackCount(LocalDate from, LocalDate to) {
        return store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM feedback WHERE date BETWEEN ? AND ?", from, to));
    }

    @Override
    public List<SupervisionEvent> eventsOf(String itemId) {
        return list(store, SupervisionRecords.EVENT,
                "SELECT * FROM supervision_event WHERE item_id = ? ORDER BY date, rowid", itemId);
    }

    @Override
    public List<SupervisionEvent> events(LocalDate from, LocalDate to) {
        return list(store, SupervisionRecords.EVENT,
                "SELECT * FROM supervision_event WHERE date BETWEEN ? AND ? ORDER BY date, rowid", from, to);
    }

    @Override
    public List<Attachment> attachmentsOf(String ownerEntity, String ownerId) {
        return list(store, SupervisionRecords.ATTACHMENT,
                "SELECT * FROM attachment WHERE owner_entity = ? AND owner_id = ? ORDER BY original_name", ownerEntity,
                ownerId);
    }

    @Override
    public List<Rectification> rectifications() {
        return list(store, SupervisionRecords.RECTIFICATION,
                "SELECT * FROM rectification ORDER BY state, deadline, problem");
    }
}
