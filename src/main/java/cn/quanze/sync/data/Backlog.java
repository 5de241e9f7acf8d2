package cn.quanze.sync.data;

import cn.quanze.core.db.Schema;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import cn.quanze.core.db.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/** Revisions that arrived before their parents: applied as soon as the parents are in the log. */
public final class Backlog {
    /** One waiting revision, for the pane: who sent it, which record, how many parents are missing. */
    public record Waiting(String revId, String senderOffice, String entity, String recordId, List<String> missing) {
    }

    private Backlog() {
    }

    static void drain(UnitOfWork uow, RevisionApplier applier, ImportReport report) {
        ChangeLog log = uow.changeLog();
        boolean progress = true;
        while (progress) {
            progress = false;
            List<Revision> ready = new ArrayList<>();
            for (Row row : uow.query("SELECT rev_id, line FROM sync_backlog")) {
                Revision r = RevisionLine.parse(row.str("line"), uow.schema());
                if (log.hasRevision(r.revId())) {
                    log.local("DELETE FROM sync_backlog WHERE rev_id = ?", r.revId());
                } else if (applier.waitingFor(r).isEmpty()) {
                    ready.add(r);
                }
            }
            ready.sort(RecordMerger.BY_CLOCK);
            for (Revision r : ready) {
                if (!log.hasRevision(r.revId()) && applier.waitingFor(r).isEmpty()) {
                    BundleImporter.record(report, applier.apply(r), r, applier);
                    log.local("DELETE FROM sync_backlog WHERE rev_id = ?", r.revId());
                    progress = true;
                }
            }
        }
        for (Row row : uow.query("SELECT b.sender_node, n.office_code, COUNT(*) AS n FROM sync_backlog b LEFT JOIN "
                + "sync_node n ON n.node_id = b.sender_node GROUP BY b.sender_node, n.office_code")) {
            report.missing(I18n.t("sync.backlogWaiting", row.lng("n"), String.valueOf(row.str("office_code"))));
        }
    }

    static List<Waiting> list(List<Row> rows, Schema schema) {
        List<Waiting> out = new ArrayList<>();
        for (Row row : rows) {
            Revision r = RevisionLine.parse(row.str("line"), schema);
            out.add(new Waiting(r.revId(), String.valueOf(row.str("office_code")), r.entity(), r.recordId(),
                    Json.readList(row.str("missing"), String.class)));
        }
        return out;
    }
}
