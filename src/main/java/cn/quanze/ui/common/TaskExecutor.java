package cn.quanze.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the database and file work of a view model and hands its result back on the UI thread. The window's
 * implementation is {@link TaskRunner} (background threads, the status bar's message, progress and cancel button);
 * the tests' runs the work at once on the calling thread, so a view model is tested without a window.
 */
public interface TaskExecutor {
    /** Work that can report progress and notice cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to long work: report progress, check for cancellation. */
    interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    /** What a caller hears, on the UI thread, while its work runs: the progress (0..1, -1 unknown) and a cancel. */
    interface Watch {
        Watch NONE = new Watch() {
        };

        default void progress(double fraction) {
        }

        default void cancelled() {
        }
    }

    /** Work started (or a repeating action scheduled): it can be cancelled. */
    @FunctionalInterface
    interface Running {
        void cancel();
    }

    /**
     * Runs {@code work}; {@code onSuccess} (may be null) gets its result on the UI thread, a failure goes to the
     * executor's error handler (the error dialog). {@code messageKey} is the status bar's message key.
     */
    <T> Running run(String messageKey, Callable<T> work, Consumer<T> onSuccess);

    /** Runs work that reports progress; a failure goes to {@code onError} on the UI thread. */
    default <T> Running runWithProgress(String messageKey, Work<T> work, Consumer<T> onSuccess,
                                        Consumer<Throwable> onError) {
        return runWithProgress(messageKey, work, onSuccess, onError, Watch.NONE);
    }

    /** As {@link #runWithProgress(String, Work, Consumer, Consumer)}, telling {@code watch} the progress and a cancel. */
    <T> Running runWithProgress(String messageKey, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError,
                                Watch watch);

    /** Runs {@code action} on the UI thread every {@code period}, the first time one period from now. */
    Running every(Duration period, Runnable action);
}
