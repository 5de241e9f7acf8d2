package cn.quanze.duties.ui;

import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.domain.Gap;
import cn.quanze.duties.files.CatalogExport;
import cn.quanze.duties.files.CatalogImport;
import cn.quanze.duties.files.GapSheet;
import cn.quanze.org.domain.Department;
import cn.quanze.ui.common.Dialogs;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The 责任清单 pane's files: a department's catalog exported to Word or Excel, a workbook imported after a dry run
 * the user looks at first, and the gap report. What a file did is said through the pane's message.
 */
public final class DutyFiles {
    /** The dry run of an import, shown before anything is written. */
    public record ImportPreview(Path file, CatalogImport.Report report) {
        public String issues(int max) {
            return String.join("\n", report.issues().stream().limit(max).map(RowIssue::describe).toList());
        }
    }

    /** What the files need from the pane: the selected department, the gaps shown, unit names, a reload. */
    record Pane(Supplier<Optional<Department>> department, Supplier<List<Gap>> gaps, Function<String, String> unitName,
                Consumer<String> message, Runnable reload) {
    }

    private final CatalogExport export;
    private final CatalogImport importer;
    private final TaskExecutor tasks;
    private final Dialogs dialogs;
    private final Pane pane;
    private final ReadOnlyObjectWrapper<ImportPreview> importPreview = new ReadOnlyObjectWrapper<>();

    DutyFiles(CatalogExport export, CatalogImport importer, TaskExecutor tasks, Dialogs dialogs, Pane pane) {
        this.export = export;
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.pane = pane;
    }

    /** Asks where to save the selected department's catalog (Word or Excel), then exports it. */
    public void exportDepartment() {
        pane.department().get().flatMap(d -> dialogs.saveFile(null, d.code() + ".docx", docx(), xlsx()))
                .ifPresent(this::exportDepartment);
    }

    /** Exports the selected department's catalog (the file name decides XLSX or DOCX). */
    public void exportDepartment(Path file) {
        pane.department().get().ifPresent(d -> tasks.run("duties.exporting", () -> export.export(d, file),
                t -> pane.message().accept(I18n.t("duties.export.done", d.name(), t.groups().size(), t.rowCount(),
                        file))));
    }

    /** Asks for a workbook to import and shows its dry run. */
    public void chooseImport() {
        dialogs.openFile(null, xlsx()).ifPresent(this::previewImport);
    }

    /** Reads and validates a workbook without writing; the view shows the preview and asks to go on. */
    public void previewImport(Path file) {
        tasks.run("duties.importing", () -> importer.importFile(file, new CatalogImport.Options(true, false),
                ReadProgress.NONE), r -> importPreview.set(new ImportPreview(file, r)));
    }

    /** Imports the previewed workbook (all or nothing, or only the valid rows); then clears the preview. */
    public void confirmImport(boolean skipInvalid) {
        ImportPreview p = importPreview.get();
        importPreview.set(null);
        if (p == null) {
            return;
        }
        tasks.run("duties.importing", () -> importer.importFile(p.file(), new CatalogImport.Options(false, skipInvalid),
                ReadProgress.NONE), r -> {
                    pane.message().accept(r.summary());
                    pane.reload().run();
                });
    }

    public void cancelImport() {
        importPreview.set(null);
    }

    public ReadOnlyObjectProperty<ImportPreview> importPreviewProperty() {
        return importPreview.getReadOnlyProperty();
    }

    /** Asks where to save the gap report, then writes it. */
    public void exportGaps() {
        dialogs.saveFile(null, "duties-gaps.xlsx", xlsx()).ifPresent(this::exportGaps);
    }

    public void exportGaps(Path file) {
        List<Gap> rows = List.copyOf(pane.gaps().get());
        Function<String, String> names = pane.unitName();
        tasks.run("duties.exporting", () -> {
            GapSheet.write(rows, id -> Objects.toString(names.apply(id), ""), file);
            return rows.size();
        }, n -> pane.message().accept(I18n.t("duties.gaps.exported", n, file)));
    }

    private static Dialogs.FileType xlsx() {
        return new Dialogs.FileType(I18n.t("duties.file.xlsx"), "*.xlsx");
    }

    private static Dialogs.FileType docx() {
        return new Dialogs.FileType(I18n.t("duties.file.docx"), "*.docx");
    }
}
