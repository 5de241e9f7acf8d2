package cn.quanze.admin.ui;

import cn.quanze.core.files.XlsxTable;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.AuditLog;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 审计日志 viewer: filter by user, record and period; the selected entry's fields before and after; XLSX export. */
public final class AuditViewModel {
    public static final int LIMIT = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Known actions and record types; others show their code. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("office.init", "audit.action.office.init"),
            Map.entry("demo.load", "audit.action.demo.load"),
            Map.entry("demo.remove", "audit.action.demo.remove"),
            Map.entry("user.create", "audit.action.user.create"),
            Map.entry("user.update", "audit.action.user.update"),
            Map.entry("user.resetPassword", "audit.action.user.resetPassword"),
            Map.entry("user.changePassword", "audit.action.user.changePassword"),
            Map.entry("user.unlock", "audit.action.user.unlock"),
            Map.entry("user.signIn", "audit.action.user.signIn"),
            Map.entry("user.signInFailed", "audit.action.user.signInFailed"),
            Map.entry("node_setting", "audit.entity.node_setting"),
            Map.entry("department", "audit.entity.department"),
            Map.entry("power_item", "audit.entity.power_item"),
            Map.entry("supervision_item", "audit.entity.supervision_item"),
            Map.entry("feedback", "audit.entity.feedback"),
            Map.entry("user_account", "audit.entity.user_account"),
            Map.entry("insert", "audit.op.insert"),
            Map.entry("update", "audit.op.update"),
            Map.entry("delete", "audit.op.delete"));

    private final AuditLog log;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty record = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditLog.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<AuditLog.FieldChange> details = FXCollections.observableArrayList();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AuditViewModel(AuditLog log, TaskExecutor tasks, ZoneId zone) {
        this.log = log;
        this.tasks = tasks;
        this.zone = zone;
    }

    public static String label(String code) {
        String key = LABELS.get(code);
        return key == null ? code : I18n.t(key);
    }

    public String time(AuditLog.Entry e) {
        return TIME.format(e.at().atZone(zone));
    }

    public void search() {
        AuditLog.Filter f = filter();
        tasks.run("audit.loading", () -> new Loaded(log.find(f), log.users()), loaded -> {
            entries.setAll(loaded.entries());
            details.clear();
            String keep = user.get();
            users.setAll(loaded.users());
            user.set(keep);
            status.set(I18n.t(loaded.entries().size() >= LIMIT ? "audit.count.limited" : "audit.count",
                    loaded.entries().size()));
        });
    }

    private record Loaded(List<AuditLog.Entry> entries, List<String> users) {
    }

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(user.get(), record.get(), from.get(), to.get(), LIMIT);
    }

    public void select(AuditLog.Entry e) {
        details.setAll(e == null ? List.of() : e.changes());
    }

    /** Writes what is shown (one line per changed field) to an XLSX file. */
    public void exportXlsx(Path file) {
        List<AuditLog.Entry> shown = List.copyOf(entries);
        tasks.run("audit.exporting", () -> {
            List<List<String>> rows = new ArrayList<>();
            for (AuditLog.Entry e : shown) {
                List<AuditLog.FieldChange> changes = e.changes();
                if (changes.isEmpty()) {
                    rows.add(row(e, null));
                }
                changes.forEach(c -> rows.add(row(e, c)));
            }
            XlsxTable.write(file, I18n.t("audit.sheet"), List.of(I18n.t("audit.col.seq"), I18n.t("audit.col.time"),
                    I18n.t("audit.col.user"), I18n.t("audit.col.action"), I18n.t("audit.col.entity"),
                    I18n.t("audit.col.record"), I18n.t("audit.col.op"), I18n.t("audit.col.field"),
                    I18n.t("audit.col.before"), I18n.t("audit.col.after")), rows);
            return rows.size();
        }, n -> status.set(I18n.t("audit.exported", n, file)));
    }

    private List<String> row(AuditLog.Entry e, AuditLog.FieldChange c) {
        return java.util.Arrays.asList(String.valueOf(e.seq()), time(e), e.user(), label(e.action()), label(e.entity()),
                e.recordId(), label(e.operation()), c == null ? "" : c.field(), c == null ? "" : c.before(),
                c == null ? "" : c.after());
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty recordProperty() {
        return record;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditLog.Entry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ObservableList<AuditLog.FieldChange> details() {
        return FXCollections.unmodifiableObservableList(details);
    }

    public ObservableList<String> users() {
        return FXCollections.unmodifiableObservableList(users);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
