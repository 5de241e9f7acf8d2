package cn.quanze.core.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Appends audit entries chained by SHA-256: each entry's hash covers its fields and the previous entry's hash,
 * so editing or deleting an audit row with an outside tool breaks the chain ({@link DbCheck} finds it).
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    // statements kept for the (single) writer connection: a sync import appends thousands of entries
    private Connection preparedFor;
    private PreparedStatement last;
    private PreparedStatement insert;

    /** The chain's end for one transaction (one unit of work). */
    Tail tail(Connection c) {
        return new Tail(c);
    }

    /**
     * Appends entries inside one transaction: reads the last hash once and then keeps it, since nothing else
     * writes the audit log while the transaction holds the writer connection. Dropped with its transaction.
     */
    final class Tail {
        private final Connection c;
        private final MessageDigest digest;
        private String last;

        private Tail(Connection c) {
            this.c = c;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void append(String user, String action, String entity, String recordId, String revId, String summary)
                throws SQLException {
            synchronized (AuditChain.this) {
                prepare(c);
                String prev = last != null ? last : lastHash();
                String at = Instant.now().toString();
                String hash = hash(digest, prev, at, user, action, entity, recordId, revId, summary);
                Sql.bind(insert, at, user, action, entity, recordId, revId, summary, prev, hash);
                insert.executeUpdate();
                last = hash;
            }
        }
    }

    private void prepare(Connection c) throws SQLException {
        if (preparedFor != c || last.isClosed() || insert.isClosed()) {
            last = c.prepareStatement("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
            insert = c.prepareStatement("INSERT INTO audit_log (at, user_name, action, entity, record_id, rev_id, summary, "
                    + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            preparedFor = c;
        }
    }

    private String lastHash() throws SQLException {
        try (ResultSet rs = last.executeQuery()) {
            return rs.next() ? rs.getString(1) : GENESIS;
        }
    }

    static String hash(String prev, String at, String user, String action, String entity, String recordId,
                       String revId, String summary) {
        try {
            return hash(MessageDigest.getInstance("SHA-256"), prev, at, user, action, entity, recordId, revId, summary);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(MessageDigest md, String... parts) {
        for (String part : parts) {
            md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
