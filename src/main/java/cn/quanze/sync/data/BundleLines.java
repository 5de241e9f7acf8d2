package cn.quanze.sync.data;

import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Schema;
import cn.quanze.sync.Manifest;
import cn.quanze.sync.SyncException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The revision lines of a sync file as they stream out of the ZIP: split at newlines (each within a byte budget),
 * parsed and checked in batches (in parallel: the checks are pure), then the order-dependent rules in file order
 * (origin listed in the manifest, unique revision ids, unique origin sequences). Only parsed revisions are kept,
 * never the raw text. The first bad line in file order is the one reported, and only by {@link #finish}, so that
 * the caller checks the entry's hash first (a damaged file is reported as damaged, not as a bad line).
 */
final class BundleLines extends OutputStream {
    private static final int BATCH = 4096;
    private final String file;
    private final Manifest manifest;
    private final Schema schema;
    private final RecordCheck check;
    private final int maxLineBytes;
    private byte[] line = new byte[8192];
    private int length;
    private boolean overlong;
    private final List<String> batch = new ArrayList<>(BATCH);
    private int lines;
    private final List<Revision> revisions = new ArrayList<>();
    private final Set<String> revIds = new HashSet<>();
    private final Set<String> sequences = new HashSet<>();
    private SyncException first;

    BundleLines(String file, Manifest manifest, Schema schema, RecordCheck check, int maxLineBytes) {
        this.file = file;
        this.manifest = manifest;
        this.schema = schema;
        this.check = check;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                endLine();
            } else if (length >= maxLineBytes) {
                overlong = true;
            } else {
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
                }
                line[length++] = b[i];
            }
        }
    }

    private void endLine() {
        if (length == 0 && !overlong) {
            return;
        }
        lines++;
        if (first == null) {
            if (overlong) {
                first = new SyncException("sync.refused.badLine", file, lines, "length");
            } else {
                batch.add(new String(line, 0, length, StandardCharsets.UTF_8));
                if (batch.size() == BATCH) {
                    parseBatch();
                }
            }
        }
        length = 0;
        overlong = false;
        if (line.length > 1 << 16) {
            line = new byte[8192];
        }
    }

    private void parseBatch() {
        int firstNumber = lines - batch.size() + 1;
        Object[] parsed = new Object[batch.size()];
        IntStream.range(0, parsed.length).parallel().forEach(i -> {
            try {
                parsed[i] = RevisionLine.parse(batch.get(i), schema, check);
            } catch (IllegalArgumentException e) {
                parsed[i] = e;
            }
        });
        batch.clear();
        for (int i = 0; i < parsed.length && first == null; i++) {
            int number = firstNumber + i;
            if (parsed[i] instanceof IllegalArgumentException e) {
                first = refusal(number, e);
                break;
            }
            Revision r = (Revision) parsed[i];
            if (!manifest.nodes().containsKey(r.originNode()) || !revIds.add(r.revId())) {
                first = new SyncException("sync.refused.badLine", file, number, "origin");
            } else if (!sequences.add(r.originNode() + "#" + r.originSeq())) {
                first = new SyncException("sync.refused.reusedSeq", file, number, BundleImporter.shortId(r.originNode()),
                        r.originSeq());
            } else {
                revisions.add(r);
            }
        }
    }

    private SyncException refusal(int number, IllegalArgumentException e) {
        if (!(e instanceof RecordCheck.Refused r)) {
            return new SyncException("sync.refused.badLine", file, number, e.getMessage());
        }
        String entity = SyncLabels.entity(r.entity);
        String field = SyncLabels.fieldWithColumn(r.field);
        String value = SyncLabels.value(r.value);
        return switch (r.problem) {
            case UNKNOWN_VALUE -> new SyncException("sync.refused.unknownValue", file, number, entity, r.record, field,
                    value, manifest.format());
            case NOT_NUMBER -> new SyncException("sync.refused.notNumber", file, number, entity, r.record, field, value);
            case NOT_DATE -> new SyncException("sync.refused.notDate", file, number, entity, r.record, field, value);
            case NOT_JSON -> new SyncException("sync.refused.notJson", file, number, entity, r.record, field, value);
            case NOT_TEXT -> new SyncException("sync.refused.notText", file, number, entity, r.record, field, value);
            case REQUIRED -> new SyncException("sync.refused.required", file, number, entity, r.record, field);
            case INVALID -> new SyncException("sync.refused.badValue", file, number, entity, r.record, field, value);
        };
    }

    /** The parsed revisions, after the caller verified the entry's hash; throws the first bad line's refusal. */
    List<Revision> finish() {
        endLine();
        if (first == null && !batch.isEmpty()) {
            parseBatch();
        }
        if (first != null) {
            throw first;
        }
        return revisions;
    }
}
