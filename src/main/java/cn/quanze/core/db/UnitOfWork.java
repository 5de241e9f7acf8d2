package cn.quanze.core.db;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * The one write path. Everything written through it lands in one SQLite transaction together with a revision
 * in the change log and an entry in the audit log; when the work throws, nothing of it remains.
 */
public interface UnitOfWork {
    enum Outcome { INSERTED, UPDATED, UNCHANGED }

    /** Inserts or updates a record; writes nothing (and no revision) when the row is unchanged. */
    <T> Outcome put(EntityType<T> type, T record);

    /** Deletes a record, leaving a tombstone revision. Returns false when there was nothing to delete. */
    boolean delete(EntityType<?> type, String id);

    <T> Optional<T> find(EntityType<T> type, String id);

    /** Reads inside the transaction (sees this unit's own writes). */
    List<Row> query(String sql, Object... params);

    /** The entity types of the store this unit writes to. */
    Schema schema();

    /** The user the writes are attributed to. */
    String actor();

    /** The connection of this transaction, for reads the helpers above do not cover. Never write through it. */
    Connection connection();

    /** Change-log operations for applying revisions from other nodes (sync only). */
    ChangeLog changeLog();
}
