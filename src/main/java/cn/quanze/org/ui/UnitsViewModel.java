package cn.quanze.org.ui;

import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRefused;
import cn.quanze.org.files.UnitExport;
import cn.quanze.org.files.UnitImport;
import cn.quanze.ui.common.Dialogs;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 组织机构 tab: the unit tree (filtered by name, short name or alias), a form to add a unit or change the
 * selected one (a new parent moves it), 撤销 from a date and 恢复, merging the selected unit into another (after a
 * confirmation; every reference follows the survivor), and the unit list as XLSX: an import is first read as a
 * dry run whose preview the user confirms, then written; the export writes every unit. Every change goes through
 * {@link UnitRegister}; a refusal is shown beside the field it concerns. Only a 管理员 edits ({@code canEdit}).
 */
public final class UnitsViewModel {
    /** The form fields a refusal can point at. */
    public enum Field { CODE, NAME, KIND, PARENT, ORDER, DATE, MERGE }

    private static final Map<String, Field> FIELD_OF = Map.ofEntries(
            Map.entry("units.refused.code", Field.CODE), Map.entry("units.refused.duplicateCode", Field.CODE),
            Map.entry("units.refused.nameMissing", Field.NAME), Map.entry("units.refused.nameLong", Field.NAME),
            Map.entry("units.refused.kindMissing", Field.KIND), Map.entry("units.refused.cycle", Field.PARENT),
            Map.entry("units.refused.unknownParent", Field.PARENT),
            Map.entry("units.refused.retiredParent", Field.PARENT),
            Map.entry("units.refused.retireOffice", Field.DATE), Map.entry("units.refused.activeChildren", Field.DATE),
            Map.entry("units.refused.mergeSelf", Field.MERGE), Map.entry("units.refused.mergeOffice", Field.MERGE),
            Map.entry("units.refused.mergeIntoRetired", Field.MERGE),
            Map.entry("units.refused.mergeIntoChild", Field.MERGE),
            Map.entry("units.refused.mergeBothHave", Field.MERGE));

    private final UnitRegister register;
    private final UnitImport importer;
    private final TaskExecutor tasks;
    private final Dialogs dialogs;
    private final BooleanSupplier canEdit;
    private final ObservableList<Department> units = FXCollections.observableArrayList();
    private final ObservableList<Department> shown = FXCollections.observableArrayList();
    private final ObservableList<Department> unitsReadOnly = FXCollections.unmodifiableObservableList(units);
    private final ObservableList<Department> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final Set<String> hits = new HashSet<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Department> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final StringProperty aliases = new SimpleStringProperty("");
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.SECTION);
    private final ObjectProperty<Department> parent = new SimpleObjectProperty<>();
    private final StringProperty order = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty head = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> retireOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> mergeInto = new SimpleObjectProperty<>();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UnitImport.Report> preview = new ReadOnlyObjectWrapper<>();
    private Path previewFile;
    private String officeCode = "";

    private record Loaded(List<Department> units, String officeCode) {
    }

    public UnitsViewModel(UnitRegister register, UnitImport importer, TaskExecutor tasks, Dialogs dialogs,
                          BooleanSupplier canEdit) {
        this.register = register;
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.canEdit = canEdit;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        selected.addListener((o, a, d) -> fill(d));
        search.addListener((o, a, s) -> applySearch());
    }

    public void refresh() {
        editable.set(canEdit.getAsBoolean());
        tasks.run("units.loading", () -> new Loaded(register.all(), register.officeCode()), l -> {
            String keep = selected.get() == null ? null : selected.get().id();
            officeCode = l.officeCode();
            units.setAll(l.units());
            applySearch();
            Department again = byId(keep);
            if (again != null && !again.equals(selected.get())) {
                selected.set(again);
            }
        });
    }

    private void applySearch() {
        String q = UnitMatcher.normalize(search.get());
        hits.clear();
        if (q.isEmpty()) {
            shown.setAll(units);
            return;
        }
        Map<String, Department> byId = new HashMap<>();
        units.forEach(d -> byId.put(d.id(), d));
        Set<String> keep = new HashSet<>();
        for (Department d : units) {
            if (UnitMatcher.keysOf(d).stream().anyMatch(k -> k.contains(q))) {
                hits.add(d.id());
                for (Department p = d; p != null && keep.add(p.id()); p = p.parentId() == null ? null
                        : byId.get(p.parentId())) {
                    // the unit and its upper units, so the tree shows where it sits
                }
            }
        }
        shown.setAll(units.stream().filter(d -> keep.contains(d.id())).toList());
    }

    /** Whether {@code d} itself answers the search (its upper units are shown only to place it). */
    public boolean isHit(Department d) {
        return hits.contains(d.id());
    }

    private void fill(Department d) {
        clearErrors();
        code.set(d == null ? "" : d.code());
        name.set(d == null ? "" : d.name());
        shortName.set(d == null ? "" : nz(d.shortName()));
        aliases.set(d == null ? "" : String.join("、", d.aliases()));
        kind.set(d == null ? UnitKind.SECTION : d.kind());
        parent.set(d == null ? officeUnit() : byId(d.parentId()));
        order.set(d == null || d.sortOrder() == null ? "" : d.sortOrder().toString());
        phone.set(d == null ? "" : nz(d.phone()));
        head.set(d == null ? "" : nz(d.head()));
        retireOn.set(d == null ? null : d.retiredOn());
        mergeInto.set(null);
    }

    /** An empty form for a new unit (under the office itself, if there is one). */
    public void newUnit() {
        selected.set(null);
        fill(null);
        message.set("");
    }

    /** Adds the unit when nothing is selected, else saves the selected one (a changed parent moves it). */
    public void save() {
        clearErrors();
        Integer sort;
        try {
            sort = order.get() == null || order.get().isBlank() ? null : Integer.valueOf(order.get().strip());
        } catch (NumberFormatException e) {
            errors.get(Field.ORDER).set(I18n.t("units.pane.invalid.order", order.get()));
            return;
        }
        if (kind.get() == null) {
            errors.get(Field.KIND).set(I18n.t("units.refused.kindMissing", name.get()));
            return;
        }
        UnitRegister.Draft draft = new UnitRegister.Draft(code.get(), name.get(), shortName.get(), kind.get(),
                parent.get() == null ? null : parent.get().code(), splitAliases(aliases.get()), sort, phone.get(),
                head.get());
        Department current = selected.get();
        if (current == null) {
            act(() -> register.add(draft), d -> I18n.t("units.pane.added", d.name()));
        } else {
            act(() -> register.edit(current.code(), draft), d -> I18n.t("units.pane.saved", d.name()));
        }
    }

    /** 撤销 the selected unit from the date given (today when none). */
    public void retire() {
        Department d = selected.get();
        if (d == null) {
            return;
        }
        LocalDate on = retireOn.get() == null ? register.today() : retireOn.get();
        act(() -> register.retire(d.code(), on), r -> I18n.t("units.pane.retired", r.name(), r.retiredOn()));
    }

    public void reinstate() {
        Department d = selected.get();
        if (d != null) {
            act(() -> register.reinstate(d.code()), r -> I18n.t("units.pane.reinstated", r.name()));
        }
    }

    /** Merges the selected unit into the one chosen, after the user confirms. */
    public void merge() {
        Department from = selected.get();
        Department into = mergeInto.get();
        clearErrors();
        if (from == null || into == null) {
            errors.get(Field.MERGE).set(I18n.t("units.pane.mergeChoose"));
            return;
        }
        if (!dialogs.confirm(I18n.t("units.pane.merge.header"), I18n.t("units.pane.merge.confirm", from.name(),
                into.name()))) {
            return;
        }
        message.set("");
        tasks.runWithProgress("units.saving", p -> register.merge(from.code(), into.code()), r -> {
            message.set(I18n.t("units.pane.merged", from.name(), into.name(), r.movedRows()));
            keepSelection(r.survivor());
        }, this::failed);
    }

    /** Asks for a unit list and reads it as a dry run: the preview waits for {@link #confirmImport()}. */
    public void importFile() {
        dialogs.openFile(I18n.t("units.pane.import.title"), xlsx()).ifPresent(this::previewImport);
    }

    public void previewImport(Path file) {
        message.set("");
        tasks.runWithProgress("units.importing", p -> importer.importFile(file, true), r -> {
            previewFile = file;
            preview.set(r);
        }, this::failed);
    }

    /** Writes the previewed file (all rows or none). */
    public void confirmImport() {
        UnitImport.Report r = preview.get();
        Path file = previewFile;
        if (r == null || !r.valid() || file == null) {
            return;
        }
        tasks.runWithProgress("units.importing", p -> importer.importFile(file, false), done -> {
            preview.set(null);
            previewFile = null;
            message.set(done.summary());
            refresh();
        }, this::failed);
    }

    public void cancelImport() {
        preview.set(null);
        previewFile = null;
    }

    public void export() {
        dialogs.saveFile(I18n.t("units.pane.export.title"), I18n.t("units.excel.sheet") + ".xlsx", xlsx())
                .ifPresent(file -> tasks.runWithProgress("units.exporting", p -> UnitExport.write(file,
                        register.all()), n -> message.set(I18n.t("units.cli.exported", n, file)), this::failed));
    }

    private void act(Callable<Department> work, java.util.function.Function<Department, String> done) {
        message.set("");
        tasks.runWithProgress("units.saving", p -> work.call(), d -> {
            message.set(done.apply(d));
            keepSelection(d);
        }, this::failed);
    }

    private void keepSelection(Department d) {
        tasks.run("units.loading", register::all, all -> {
            units.setAll(all);
            applySearch();
            selected.set(all.stream().filter(u -> u.id().equals(d.id())).findFirst().orElse(null));
        });
    }

    private void failed(Throwable e) {
        if (e instanceof UnitRefused r) {
            Field f = FIELD_OF.get(r.key());
            String text = OrgMessages.describe(r);
            if (f != null) {
                errors.get(f).set(text);
            } else {
                message.set(text);
            }
        } else if (e instanceof ExcelFileException x) {
            message.set(x.getMessage());
        } else {
            message.set(ErrorPresenter.describe(e));
        }
    }

    private static Dialogs.FileType xlsx() {
        return new Dialogs.FileType(I18n.t("units.pane.file.xlsx"), "*.xlsx");
    }

    private void clearErrors() {
        errors.values().forEach(w -> w.set(""));
    }

    static List<String> splitAliases(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Department officeUnit() {
        return units.stream().filter(d -> d.code().equalsIgnoreCase(officeCode)).findFirst().orElse(null);
    }

    private Department byId(String id) {
        return id == null ? null : units.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The unit's full name, or "" for none (for the tree's 上级 column and the choosers). */
    public String nameOf(String id) {
        Department d = byId(id);
        return d == null ? "" : d.name();
    }

    public ObservableList<Department> units() {
        return unitsReadOnly; // one wrapper: its listeners would go with a new one
    }

    /** The units the tree shows: all, or those answering the search with their upper units, in tree order. */
    public ObservableList<Department> shown() {
        return shownReadOnly;
    }

    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Department> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public StringProperty aliasesProperty() {
        return aliases;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Department> parentProperty() {
        return parent;
    }

    public StringProperty orderProperty() {
        return order;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty headProperty() {
        return head;
    }

    public ObjectProperty<LocalDate> retireOnProperty() {
        return retireOn;
    }

    public ObjectProperty<Department> mergeIntoProperty() {
        return mergeInto;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UnitImport.Report> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
