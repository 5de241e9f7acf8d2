package cn.quanze.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The window's {@link TaskExecutor}: runs database and file work off the JavaFX thread and hands results back on it.
 * The status bar binds to {@link #busyProperty()}, {@link #messageProperty()} and {@link #progressProperty()};
 * failures go to the error presenter.
 */
public final class TaskRunner implements TaskExecutor {
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "quanze-task");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quanze-timer");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private Task<?> current;
    private int running;

    public TaskRunner(Consumer<Throwable> errors) {
        this.errors = errors;
    }

    @Override
    public <T> Running run(String title, Callable<T> work, Consumer<T> onSuccess) {
        return runWithProgress(title, p -> work.call(), onSuccess, errors);
    }

    @Override
    public <T> Running runWithProgress(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError,
                                       Watch watch) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                Task<T> self = this; // a bare isCancelled() below would be the Progress calling itself
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finished(task);
            if (onSuccess != null) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finished(task);
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            watch.cancelled();
        });
        if (watch != Watch.NONE) {
            task.progressProperty().addListener((o, a, b) -> watch.progress(b.doubleValue()));
        }
        started(task);
        executor.execute(task);
        return () -> task.cancel();
    }

    @Override
    public Running every(Duration period, Runnable action) {
        long ms = period.toMillis();
        ScheduledFuture<?> f = timer.scheduleAtFixedRate(() -> fx(action), ms, ms, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    private void started(Task<?> task) {
        running++;
        current = task;
        busy.set(true);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    private void finished(Task<?> task) {
        running--;
        if (current == task) {
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(0);
        }
        busy.set(running > 0);
    }

    /** Cancels the most recent task (the status bar's cancel button). */
    public void cancelCurrent() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Runs on the JavaFX thread, now when already there. */
    public static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    public void shutdown() {
        executor.shutdownNow();
        timer.shutdownNow();
    }
}
