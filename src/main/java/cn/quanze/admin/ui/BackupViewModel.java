package cn.quanze.admin.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Backups;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 备份与恢复 tab: the automatic backups, 立即备份 to a chosen file, and restore after a preview (date, office,
 * counts) the user confirms.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Backups backups;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ObservableList<Backups.BackupFile> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public BackupViewModel(Backups backups, TaskExecutor tasks, ZoneId zone) {
        this.backups = backups;
        this.tasks = tasks;
        this.zone = zone;
    }

    public void refresh() {
        tasks.run("backup.loading", backups::list, files::setAll);
    }

    public void backupNow(Path target) {
        tasks.run("backup.running", () -> backups.backupNow(target), p -> {
            status.set(I18n.t("backup.done", p));
            refresh();
        });
    }

    /** Reads the backup and hands a sentence describing it (for the confirmation) to {@code onPreview}. */
    public void preview(Path file, Consumer<String> onPreview) {
        tasks.run("backup.previewing", () -> backups.preview(file), p -> onPreview.accept(describe(p)));
    }

    public String describe(Backups.Preview p) {
        String counts = p.counts().entrySet().stream()
                .map(e -> AuditViewModel.label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("，"));
        return I18n.t("backup.preview", p.file().getFileName(), p.lastChange() == null ? "–"
                : TIME.format(p.lastChange().atZone(zone)), p.officeName() == null ? "–" : p.officeName(), counts,
                p.auditEntries());
    }

    public void restore(Path file) {
        tasks.run("backup.restoring", () -> backups.restore(file), safety -> {
            status.set(I18n.t("backup.restored", file.getFileName(), safety));
            refresh();
        });
    }

    public String time(Backups.BackupFile f) {
        return TIME.format(f.madeAt());
    }

    public ObservableList<Backups.BackupFile> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
