package cn.quanze.sync.data;

import cn.quanze.core.db.ChangeLog;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Row;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current state of one record as a function of the revisions a node holds: the heads are the admitted
 * revisions no admitted revision descends from. One head is the state. Several heads merge field by field against
 * their latest common ancestor: a field changed on one side only takes that change; a field changed to different
 * values on several sides (or an edit against a delete) is a conflict whose provisional winner is the head with
 * the highest hybrid clock. Every node holding the same revisions computes the same state.
 */
final class RecordMerger {
    static final Comparator<Revision> BY_CLOCK = Comparator.comparingLong(Revision::hlc).thenComparing(Revision::revId);

    /** A conflicting field: the value of each head that changed it. {@code field} is "*" for edit against delete. */
    record FieldConflict(String field, Map<String, Object> valueByHead) {
    }

    record State(List<Revision> heads, Row row, long hlc, List<FieldConflict> conflicts, String winner) {
        boolean single() {
            return heads.size() == 1;
        }

        boolean absent() {
            return heads.isEmpty();
        }
    }

    private RecordMerger() {
    }

    static State compute(List<Revision> all, Set<String> excluded) {
        Map<String, Revision> byId = new HashMap<>();
        all.forEach(r -> byId.put(r.revId(), r));
        List<Revision> admitted = all.stream()
                .filter(r -> !excluded.contains(r.revId()) && !ChangeLog.MERGE_NODE.equals(r.originNode())).toList();
        Set<String> referenced = new HashSet<>();
        admitted.forEach(r -> referenced.addAll(r.parents()));
        List<Revision> heads = admitted.stream().filter(r -> !referenced.contains(r.revId())).sorted(BY_CLOCK).toList();
        if (heads.isEmpty()) {
            return new State(heads, null, 0, List.of(), null);
        }
        Revision top = heads.get(heads.size() - 1);
        if (heads.size() == 1) {
            return new State(heads, top.deleted() ? null : Json.rowOf(top.data()), top.hlc(), List.of(), top.revId());
        }
        Row base = baseOf(heads, byId);
        List<Revision> live = heads.stream().filter(h -> !h.deleted()).toList();
        List<FieldConflict> conflicts = new ArrayList<>();
        if (live.isEmpty()) {
            return new State(heads, null, top.hlc(), conflicts, top.revId());
        }
        if (live.size() < heads.size()) {
            Map<String, Object> sides = new LinkedHashMap<>();
            heads.forEach(h -> sides.put(h.revId(), h.deleted() ? null : "*"));
            conflicts.add(new FieldConflict("*", sides));
        }
        Row merged = mergeFields(live, base, conflicts);
        Row row = top.deleted() ? null : merged;
        return new State(heads, row, top.hlc(), conflicts, top.revId());
    }

    private static Row mergeFields(List<Revision> live, Row base, List<FieldConflict> conflicts) {
        Map<String, Row> rows = new LinkedHashMap<>();
        live.forEach(h -> rows.put(h.revId(), Json.rowOf(h.data())));
        Set<String> columns = new TreeSet<>();
        rows.values().forEach(r -> columns.addAll(r.values().keySet()));
        Row merged = new Row();
        for (String col : columns) {
            Object baseValue = base == null ? null : base.values().get(col);
            Map<String, Object> changed = new LinkedHashMap<>();
            rows.forEach((rev, r) -> {
                Object v = r.values().get(col);
                if (base == null || !Objects.equals(v, baseValue)) {
                    changed.put(rev, v);
                }
            });
            Set<Object> distinct = new HashSet<>(changed.values());
            Object value;
            if (changed.isEmpty()) {
                value = baseValue;
            } else {
                // live heads are sorted by clock: the last one that changed the field is the provisional winner
                Object last = null;
                for (Object v : changed.values()) {
                    last = v;
                }
                value = last;
                if (distinct.size() > 1) {
                    conflicts.add(new FieldConflict(col, changed));
                }
            }
            merged.put(col, value);
        }
        return merged;
    }

    /** The data of the latest revision every head descends from (null when the heads share no ancestor). */
    private static Row baseOf(List<Revision> heads, Map<String, Revision> byId) {
        Set<String> common = null;
        for (Revision h : heads) {
            Set<String> anc = ancestors(h, byId);
            if (common == null) {
                common = anc;
            } else {
                common.retainAll(anc);
            }
        }
        return common.stream().map(byId::get).max(BY_CLOCK)
                .map(r -> r.deleted() ? null : Json.rowOf(r.data())).orElse(null);
    }

    static Set<String> ancestors(Revision start, Map<String, Revision> byId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(start.parents());
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                Revision r = byId.get(id);
                if (r != null) {
                    todo.addAll(r.parents());
                }
            }
        }
        return seen;
    }
}
