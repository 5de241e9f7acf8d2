package cn.quanze.powers.ui;

import cn.quanze.core.files.FieldSpec;
import cn.quanze.core.files.HeaderMatch;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.powers.files.PowerImport;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The import wizard: read the workbook (streaming, with progress and cancel), show the detected mapping of each
 * sheet for the user to confirm or change, preview the first rows, check (dry run), then import — remembering
 * the confirmed mapping for the next time.
 */
public final class PowerImportViewModel {
    private static final int PREVIEW_ROWS = 8;
    private final PowerImport importer;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<PowerImport.Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PowerImport.Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private TaskExecutor.Running running;

    public PowerImportViewModel(PowerImport importer, TaskExecutor tasks) {
        this.importer = importer;
        this.tasks = tasks;
    }

    public List<FieldSpec> fields() {
        return PowerColumns.fields();
    }

    public void open(Path file) {
        report.set(null);
        analysis.set(null);
        message.set(I18n.t("powers.import.reading", file.getFileName()));
        start(p -> importer.analyse(file, adapt(p)), a -> {
            analysis.set(a);
            message.set(I18n.t("powers.import.detected", a.sheets().size(), a.file().getFileName()));
        });
    }

    /** Column headers of a sheet, for the mapping choices. */
    public List<String> headers(int sheet) {
        return analysis.get().sheets().get(sheet).headers();
    }

    public int columnOf(int sheet, String field) {
        return analysis.get().sheets().get(sheet).column(field).orElse(-1);
    }

    public void setColumn(int sheet, String field, int col) {
        PowerImport.Analysis a = analysis.get();
        List<HeaderMatch> sheets = new ArrayList<>(a.sheets());
        sheets.set(sheet, sheets.get(sheet).withColumn(field, col));
        analysis.set(a.withSheets(sheets));
        report.set(null);
    }

    /** The first data rows of a sheet as the mapped fields would read them (in {@link PowerColumns#LAYOUT} order). */
    public List<List<String>> preview(int sheet) {
        HeaderMatch m = analysis.get().sheets().get(sheet);
        List<List<String>> rows = new ArrayList<>();
        for (int r = m.firstDataRow(); r < m.sheet().rows().size() && rows.size() < PREVIEW_ROWS; r++) {
            if (m.sheet().isBlankRow(r)) {
                continue;
            }
            int row = r;
            rows.add(previewFields(sheet).stream().map(f -> m.value(row, f)).toList());
        }
        return rows;
    }

    public List<String> previewFields(int sheet) {
        HeaderMatch m = analysis.get().sheets().get(sheet);
        return PowerColumns.LAYOUT.stream().filter(m::has).toList();
    }

    public void check() {
        run(true, null);
    }

    public void runImport(Runnable done) {
        run(false, done);
    }

    private void run(boolean dryRun, Runnable done) {
        PowerImport.Analysis a = analysis.get();
        if (a == null) {
            return;
        }
        PowerImport.Options options = new PowerImport.Options(dryRun, skipInvalid.get());
        message.set(I18n.t(dryRun ? "powers.import.checking" : "powers.import.writing"));
        start(p -> {
            PowerImport.Report r = importer.run(a, options, adapt(p));
            if (r.written()) {
                importer.remember(a);
            }
            return r;
        }, r -> {
            report.set(r);
            message.set(r.written() ? I18n.t("powers.import.done", r.summary())
                    : r.invalid() > 0 && !dryRun ? I18n.t("powers.import.nothingWritten", r.summary())
                    : I18n.t("powers.import.checked", r.summary()));
            if (r.written() && done != null) {
                done.run();
            }
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(TaskExecutor.Work<T> work, java.util.function.Consumer<T> ok) {
        busy.set(true);
        progress.set(-1);
        running = tasks.runWithProgress("powers.import.title", work, v -> {
            busy.set(false);
            progress.set(1);
            ok.accept(v);
        }, e -> {
            busy.set(false);
            progress.set(0);
            message.set(e instanceof ReadProgress.Cancelled || e.getCause() instanceof ReadProgress.Cancelled
                    ? I18n.t("powers.import.cancelled") : ErrorPresenter.describe(e));
        }, new TaskExecutor.Watch() {
            @Override
            public void progress(double fraction) {
                progress.set(fraction);
            }

            @Override
            public void cancelled() {
                busy.set(false);
                progress.set(0);
                message.set(I18n.t("powers.import.cancelled"));
            }
        });
    }

    private static ReadProgress adapt(TaskExecutor.Progress p) {
        return new ReadProgress() {
            @Override
            public void update(long done, long total) {
                p.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    public List<String> issueLines() {
        PowerImport.Report r = report.get();
        return r == null ? List.of() : r.issues().stream().map(RowIssue::describe).toList();
    }

    public ReadOnlyObjectProperty<PowerImport.Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PowerImport.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }
}
