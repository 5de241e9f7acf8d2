package cn.quanze.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The tests' {@link TaskExecutor}: runs the work at once on the calling thread and calls {@code onSuccess} or the
 * error handler before returning, so a view model is driven and checked without a window or a toolkit. Failures
 * without an error handler of their own are kept in {@link #errors()} (the window shows them in the error dialog);
 * repeating actions run when the test calls {@link #tick()}.
 */
public final class SameThreadExecutor implements TaskExecutor {
    private final List<String> messages = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<Repeating> repeating = new ArrayList<>();
    private boolean cancelNext;

    private static final class Repeating {
        final Duration period;
        final Runnable action;
        boolean cancelled;

        Repeating(Duration period, Runnable action) {
            this.period = period;
            this.action = action;
        }
    }

    @Override
    public <T> Running run(String messageKey, Callable<T> work, Consumer<T> onSuccess) {
        return runWithProgress(messageKey, p -> work.call(), onSuccess, errors::add, Watch.NONE);
    }

    @Override
    public <T> Running runWithProgress(String messageKey, Work<T> work, Consumer<T> onSuccess,
                                       Consumer<Throwable> onError, Watch watch) {
        messages.add(messageKey);
        boolean cancelled = cancelNext;
        cancelNext = false;
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    watch.progress(total <= 0 || done < 0 ? -1 : Math.min(1.0, (double) done / total));
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            });
        } catch (Exception e) {
            if (cancelled) {
                watch.cancelled();
            } else {
                onError.accept(e);
            }
            return () -> { };
        }
        if (cancelled) {
            watch.cancelled(); // a cancelled task's result is dropped, as the window's runner does
        } else if (onSuccess != null) {
            onSuccess.accept(result);
        }
        return () -> { };
    }

    @Override
    public Running every(Duration period, Runnable action) {
        Repeating r = new Repeating(period, action);
        repeating.add(r);
        return () -> r.cancelled = true;
    }

    /** The next work sees itself cancelled (as if the user pressed the status bar's cancel button at once). */
    public void cancelNext() {
        cancelNext = true;
    }

    /** One period passes: every repeating action not cancelled runs once. */
    public void tick() {
        for (Repeating r : List.copyOf(repeating)) {
            if (!r.cancelled) {
                r.action.run();
            }
        }
    }

    /** The periods of the repeating actions still scheduled. */
    public List<Duration> scheduled() {
        return repeating.stream().filter(r -> !r.cancelled).map(r -> r.period).toList();
    }

    /** The message keys of the work run so far, in order. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** The failures that went to the default error handler (the window's error dialog). */
    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    /** The sentence the error dialog would show for the last failure. */
    public String lastError() {
        if (errors.isEmpty()) {
            throw new AssertionError("no work failed; ran " + messages);
        }
        return ErrorPresenter.describe(errors.get(errors.size() - 1));
    }

    public void clearErrors() {
        errors.clear();
    }
}
