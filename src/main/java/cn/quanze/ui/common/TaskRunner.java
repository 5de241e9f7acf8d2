package cn.quanze.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Runs database and file work off the JavaFX thread. The status bar binds to {@link #busyProperty()},
 * {@link #messageProperty()} and {@link #progressProperty()}; failures go to the error presenter.
 */
public final class TaskRunner {
    /** Work that can report progress and notice cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to long work: report progress, check for cancellation. */
    public interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "quanze-task");
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

    public <T> Task<T> run(String title, Callable<T> work, Consumer<T> onSuccess) {
        return runWithProgress(title, p -> work.call(), onSuccess, errors);
    }

    public <T> Task<T> runWithProgress(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled();
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
        task.setOnCancelled(e -> finished(task));
        started(task);
        executor.execute(task);
        return task;
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
    }
}
