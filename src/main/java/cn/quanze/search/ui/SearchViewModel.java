package cn.quanze.search.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.search.data.GlobalSearch;
import cn.quanze.search.data.GlobalSearch.Hit;
import cn.quanze.search.data.GlobalSearch.Kind;
import cn.quanze.ui.common.NavTarget;
import cn.quanze.ui.common.Navigator;
import cn.quanze.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The global search box: runs a query off the JavaFX thread (newer queries make older answers stale, which are
 * dropped), lists the hits grouped by kind under a header per kind, moves a selection across the groups and opens
 * the chosen record in its pane through the {@link Navigator}.
 */
public final class SearchViewModel {
    /** One line of the result list: a kind's header ({@code hit == null}) or one hit under it. */
    public record Entry(Kind kind, Hit hit, int count) {
        public boolean isHeader() {
            return hit == null;
        }
    }

    private final GlobalSearch search;
    private final TaskExecutor tasks;
    private final Navigator navigator;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<Entry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(I18n.t("search.hint"));
    private long seq;

    public SearchViewModel(GlobalSearch search, TaskExecutor tasks, Navigator navigator) {
        this.search = search;
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /** Runs the query; an empty one clears the list. Only the answer to the latest query is shown. */
    public void search(String text) {
        String q = text == null ? "" : text.strip();
        long mine = ++seq;
        if (q.isEmpty()) {
            show(List.of(), I18n.t("search.hint"));
            return;
        }
        status.set(I18n.t("search.searching"));
        tasks.run("search.running", () -> search.search(q), r -> {
            if (mine == seq) {
                show(group(r), r.isEmpty() ? I18n.t("search.none", q) : I18n.t("search.count", r.all().size()));
            }
        });
    }

    private static List<Entry> group(GlobalSearch.Results r) {
        List<Entry> out = new ArrayList<>();
        r.groups().forEach((kind, hits) -> {
            out.add(new Entry(kind, null, hits.size()));
            hits.forEach(h -> out.add(new Entry(kind, h, 0)));
        });
        return out;
    }

    private void show(List<Entry> list, String message) {
        selected.set(null); // a new list clears the view's selection, so the same first hit must be selected anew
        entries.setAll(list);
        status.set(message);
        selected.set(list.stream().filter(e -> !e.isHeader()).findFirst().orElse(null));
    }

    /** Moves the selection to the next ({@code +1}) or previous ({@code -1}) hit, across groups, skipping headers. */
    public void move(int direction) {
        List<Entry> hits = entries.stream().filter(e -> !e.isHeader()).toList();
        if (hits.isEmpty()) {
            return;
        }
        int at = hits.indexOf(selected.get());
        int next = at < 0 ? (direction > 0 ? 0 : hits.size() - 1) : Math.floorMod(at + direction, hits.size());
        selected.set(hits.get(next));
    }

    public void select(Entry entry) {
        if (entry != null && !entry.isHeader()) {
            selected.set(entry);
        }
    }

    /** Opens the selected hit in its pane; false when nothing is selected. */
    public boolean openSelected() {
        Entry e = selected.get();
        if (e == null) {
            return false;
        }
        navigator.open(NavTarget.record(paneOf(e.kind()), e.hit().id()));
        return true;
    }

    /** The pane each kind of record opens in (ids of the main window's navigation entries). */
    public static String paneOf(Kind kind) {
        return switch (kind) {
            case POWER -> "powers";
            case DUTY -> "duties";
            case CASE -> "deadlines";
            case SUPERVISION -> "supervision";
            case DEPARTMENT -> "admin";
        };
    }

    /** A kind's header: its name and how many hits are shown. */
    public static String header(Entry e) {
        return I18n.t(switch (e.kind()) {
            case POWER -> "search.kind.power";
            case DUTY -> "search.kind.duty";
            case CASE -> "search.kind.case";
            case SUPERVISION -> "search.kind.supervision";
            case DEPARTMENT -> "search.kind.department";
        }, e.count());
    }

    /** The second line of a hit: code or number, unit, state or catalog part, and a note. */
    public static String subtitle(Hit h) {
        String state = h.state() instanceof DutyRepository.Kind k ? I18n.t("duties.kind." + switch (k) {
            case DUTY -> "duty";
            case DEPARTMENT -> "department";
            case BLOCK -> "block";
            case POST -> "post";
            case ASSISTANCE -> "assistance";
        }) : h.state() == null ? null : I18n.of(h.state());
        return Stream.of(h.code(), h.kind() == Kind.DEPARTMENT ? null : h.unit(), state, h.note())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }

    public ObservableList<Entry> entries() {
        return entriesView;
    }

    public ReadOnlyObjectProperty<Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
