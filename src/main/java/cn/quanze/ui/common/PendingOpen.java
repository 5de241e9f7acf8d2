package cn.quanze.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A record a pane was asked to open ({@link PaneView#openRecord}) that may not be loaded yet: the id waits until a
 * load that contains it ends. View models call {@link #resolve} with what they have now and {@link #afterLoad} when a
 * load ends (a record still missing then, e.g. deleted meanwhile, is given up).
 */
public final class PendingOpen {
    private String id;

    public void request(String recordId) {
        this.id = recordId;
    }

    /** Runs {@code open} on the waiting record when {@code find} has it; the wait then ends. */
    public <T> void resolve(Function<String, Optional<T>> find, Consumer<T> open) {
        String waiting = id;
        if (waiting == null) {
            return;
        }
        find.apply(waiting).ifPresent(record -> {
            id = null;
            open.accept(record);
        });
    }

    /** After a load ended: resolves against it, and gives up a record it did not contain. */
    public <T> void afterLoad(Function<String, Optional<T>> find, Consumer<T> open) {
        resolve(find, open);
        id = null;
    }
}
