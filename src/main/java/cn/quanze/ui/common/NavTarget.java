package cn.quanze.ui.common;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a click elsewhere in the window should lead: a pane, and there either one record (by id) or a named
 * filter the pane knows (for example {@code "light:RED"} in 限时办结). Cards on 首页 and the global search use it.
 */
public record NavTarget(String pane, Optional<String> recordId, Optional<String> filter) {
    public NavTarget {
        Objects.requireNonNull(pane, "pane");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(filter, "filter");
    }

    /** Just the pane. */
    public static NavTarget pane(String pane) {
        return new NavTarget(pane, Optional.empty(), Optional.empty());
    }

    /** One record in its pane. */
    public static NavTarget record(String pane, String recordId) {
        return new NavTarget(pane, Optional.of(recordId), Optional.empty());
    }

    /** A pane's list narrowed by a filter name that pane understands. */
    public static NavTarget filtered(String pane, String filter) {
        return new NavTarget(pane, Optional.empty(), Optional.of(filter));
    }
}
