package cn.quanze.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.ui.shell.WindowTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window's task runner: long work that asks whether it was cancelled, and the status bar's cancel button. */
class TaskRunnerTest extends WindowTest {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final TaskRunner runner = new TaskRunner(errors::add);

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void longWorkMayAskWhetherItWasCancelled() throws Exception {
        AtomicReference<String> result = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> runner.runWithProgress("powers.import.title", p -> {
            for (int row = 0; row < 1000; row++) {
                p.update(row, 1000);
                if (p.isCancelled()) {
                    return "cancelled";
                }
            }
            return "read";
        }, result::set, errors::add)).get();
        waitFor(() -> result.get() != null || !errors.isEmpty());
        assertThat(errors).isEmpty();
        assertThat(result.get()).isEqualTo("read");
        waitFor(() -> !runner.busyProperty().get());
    }

    @Test
    void cancellingStopsTheWorkAndFreesTheStatusBar() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> heard = new CopyOnWriteArrayList<>();
        AtomicReference<TaskExecutor.Running> running = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> running.set(runner.runWithProgress("powers.import.title", p -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!p.isCancelled() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return p.isCancelled();
        }, r -> heard.add("success"), e -> heard.add("error"), new TaskExecutor.Watch() {
            @Override
            public void cancelled() {
                heard.add("cancelled");
            }
        }))).get();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.busyProperty().get()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> running.get().cancel()).get();
        waitFor(() -> !heard.isEmpty() && !runner.busyProperty().get());
        assertThat(heard).containsExactly("cancelled");
        assertThat(errors).isEmpty();
    }
}
