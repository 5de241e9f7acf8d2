package cn.quanze.powers.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.powers.files.PowerExport;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.core.db.History;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.powers.data.PowerListService;
import cn.quanze.ui.common.Dialogs;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 权力清单: the items filtered by type, department, status and a full-text query (run by the store's FTS5 index
 * off the JavaFX thread), counts by type for the side summary, the selected item's detail, and the commands
 * (adjust, export). Cancelled items are hidden unless asked for.
 */
public final class PowersViewModel {
    private final PowerItemRepository powers;
    private final DepartmentRepository departments;
    private final PowerListService service;
    private final History history;
    private final TaskExecutor tasks;
    private final Dialogs dialogs;
    private final cn.quanze.powers.files.PowerImport importer;
    private final java.time.Clock clock;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PowerType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> departmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PowerStatus> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showCancelled = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<PowerItem>> visible = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Map<PowerType, Long>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<Department>> departmentList = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<PowerItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PowerDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private List<PowerItem> all = List.of();
    private cn.quanze.core.domain.OfficeLevel defaultLevel = cn.quanze.core.domain.OfficeLevel.DISTRICT;
    private Map<String, Department> departmentById = Map.of();
    private Set<String> hits;
    private long searchSeq;
    private final cn.quanze.ui.common.PendingOpen pending = new cn.quanze.ui.common.PendingOpen();

    public PowersViewModel(PowerItemRepository powers, DepartmentRepository departments, PowerListService service,
                           History history, cn.quanze.powers.files.PowerImport importer, TaskExecutor tasks,
                           Dialogs dialogs, java.time.Clock clock) {
        this.importer = importer;
        this.clock = clock;
        this.powers = powers;
        this.departments = departments;
        this.service = service;
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        query.addListener((o, a, b) -> search());
        typeFilter.addListener((o, a, b) -> applyFilter());
        departmentFilter.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        showCancelled.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> loadDetail(b));
    }

    public void refresh() {
        tasks.run("powers.loading", this::read, loaded -> {
            all = loaded.items();
            defaultLevel = loaded.defaultLevel();
            Map<String, Department> byId = new HashMap<>();
            loaded.departments().forEach(d -> byId.put(d.id(), d));
            departmentById = byId;
            departmentList.set(loaded.departments());
            if (selected.get() != null) {
                selected.set(all.stream().filter(p -> p.id().equals(selected.get().id())).findFirst().orElse(null));
            }
            search();
            pending.afterLoad(this::loaded, this::reveal);
        });
    }

    /**
     * Selects the item with {@code id} and shows its detail (from the global search or a 首页 card); when the
     * filters hide it they are cleared first. An item not loaded yet is selected when the running load ends.
     */
    public void open(String id) {
        pending.request(id);
        pending.resolve(this::loaded, this::reveal);
    }

    private java.util.Optional<PowerItem> loaded(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private void reveal(PowerItem item) {
        if (visible.get().stream().noneMatch(p -> p.id().equals(item.id()))) {
            query.set("");
            typeFilter.set(null);
            departmentFilter.set(null);
            statusFilter.set(null);
            showCancelled.set(item.status() == PowerStatus.CANCELLED);
            applyFilter();
        }
        selected.set(item);
    }

    /** Off the JavaFX thread: the items, the units and the level a new item starts with. */
    private Loaded read() {
        return new Loaded(powers.all(), departments.all(), service.defaultLevel());
    }

    private record Loaded(List<PowerItem> items, List<Department> departments,
                          cn.quanze.core.domain.OfficeLevel defaultLevel) {
    }

    private void search() {
        String q = query.get() == null ? "" : query.get().trim();
        long seq = ++searchSeq;
        if (q.isEmpty()) {
            hits = null;
            applyFilter();
            return;
        }
        tasks.run("powers.searching", () -> new HashSet<>(powers.searchIds(q)), ids -> {
            if (seq == searchSeq) {
                hits = ids;
                applyFilter();
            }
        });
    }

    private void applyFilter() {
        PowerType type = typeFilter.get();
        Department dept = departmentFilter.get();
        PowerStatus status = statusFilter.get();
        List<PowerItem> pass = all.stream()
                .filter(p -> status != null ? p.status() == status : showCancelled.get() || p.status() != PowerStatus.CANCELLED)
                .filter(p -> dept == null || dept.id().equals(p.departmentId()))
                .filter(p -> hits == null || hits.contains(p.id())).toList();
        Map<PowerType, Long> byType = new EnumMap<>(PowerType.class);
        pass.forEach(p -> byType.merge(p.type(), 1L, Long::sum));
        counts.set(byType);
        List<PowerItem> shown = new ArrayList<>(pass.stream().filter(p -> type == null || p.type() == type).toList());
        Set<String> ids = new HashSet<>();
        shown.forEach(p -> ids.add(p.id()));
        Map<String, PowerItem> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        for (PowerItem p : List.copyOf(shown)) {
            if (p.parentId() != null && ids.add(p.parentId()) && byId.containsKey(p.parentId())) {
                shown.add(byId.get(p.parentId()));
            }
        }
        shown.sort(java.util.Comparator.comparing(PowerItem::code));
        visible.set(List.copyOf(shown));
    }

    private void loadDetail(PowerItem item) {
        if (item == null) {
            detail.set(null);
            return;
        }
        tasks.run("powers.loadingDetail", () -> new PowerDetail(item,
                item.parentId() == null ? null : powers.byId(item.parentId()).orElse(null),
                departmentName(item), powers.adjustmentsOf(item.id()), history.steps("power_item", item.id()),
                all), d -> {
                    if (selected.get() != null && selected.get().id().equals(d.item().id())) {
                        detail.set(d);
                    }
                });
    }

    /** What is missing before an adjustment can be recorded, or null: a 文号 and a date, and for 合并 a target. */
    public String adjustProblem(AdjustmentKind kind, String docNo, java.time.LocalDate date, PowerItem target) {
        if (docNo == null || docNo.isBlank() || date == null) {
            return I18n.t("powers.adjust.needDocNo");
        }
        if (kind == AdjustmentKind.MERGE && target == null) {
            return I18n.of(cn.quanze.powers.domain.PowerViolation.MERGE_TARGET_INVALID);
        }
        return null;
    }

    /**
     * 取消, 下放, 合并 (and 暂停 through 变更) with the decision's 文号, reason and date; the form closes when done and
     * stays open with the reason when the list's rules or the store refuse it.
     */
    public void adjust(PowerItem item, AdjustmentKind kind, PowerListService.Decision decision, String targetId,
                       cn.quanze.ui.common.FormOutcome form) {
        tasks.runWithProgress("powers.adjusting", p -> {
            service.adjust(item.id(), kind, decision, targetId);
            return kind;
        }, k -> {
            notice.set(I18n.t("powers.notice.adjusted", item.name(), I18n.of(k)));
            refresh();
            form.done();
        }, e -> form.refused(e instanceof cn.quanze.powers.domain.PowerListException ple
                ? String.join("\n", ple.violations().stream().map(I18n::of).toList())
                : cn.quanze.ui.common.ErrorPresenter.describe(e), null));
    }

    /** Asks for a workbook to import (the import wizard reads it). */
    public java.util.Optional<Path> chooseWorkbook() {
        return dialogs.openFile(null, xlsx());
    }

    /** Asks where to save, then exports what is shown with the given visible columns. */
    public void exportShown(List<String> fields) {
        dialogs.saveFile(null, I18n.t("powers.export.fileName"), xlsx()).ifPresent(f -> exportShown(f, fields, n -> { }));
    }

    /** Asks where to save, then exports every item in the import layout. */
    public void exportFull() {
        dialogs.saveFile(null, I18n.t("powers.export.fileNameFull"), xlsx()).ifPresent(f -> exportFull(f, n -> { }));
    }

    private static Dialogs.FileType xlsx() {
        return new Dialogs.FileType(I18n.t("powers.file.xlsx"), "*.xlsx");
    }

    /** Exports what is shown (current filters, the given visible columns) to an .xlsx file. */
    public void exportShown(Path file, List<String> fields, Consumer<Integer> done) {
        List<PowerItem> items = visible.get();
        List<Department> depts = departmentList.get();
        tasks.run("powers.exporting", () -> PowerExport.shown(file, fields, items, depts), n -> {
            notice.set(I18n.t("powers.notice.exported", n, file.getFileName()));
            done.accept(n);
        });
    }

    /** Exports every item in the import layout. */
    public void exportFull(Path file, Consumer<Integer> done) {
        List<PowerItem> items = all;
        List<Department> depts = departmentList.get();
        tasks.run("powers.exporting", () -> PowerExport.full(file, items, depts), n -> {
            notice.set(I18n.t("powers.notice.exported", n, file.getFileName()));
            done.accept(n);
        });
    }

    /** The field keys behind the table's columns, for "export what is shown". */
    public static Map<String, String> columnFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", PowerColumns.CODE);
        m.put("name", PowerColumns.NAME);
        m.put("type", PowerColumns.TYPE);
        m.put("department", PowerColumns.DEPARTMENT);
        m.put("office", PowerColumns.OFFICE);
        m.put("level", PowerColumns.LEVEL);
        m.put("legalLimit", PowerColumns.LEGAL_LIMIT);
        m.put("promisedLimit", PowerColumns.PROMISED_LIMIT);
        m.put("status", PowerColumns.STATUS);
        m.put("bases", PowerColumns.BASES);
        m.put("steps", PowerColumns.STEPS);
        return m;
    }

    /** A form for a new item, a new sub-item of {@code parent}, or a change of {@code original}. */
    public PowerEditViewModel newEdit(PowerItem original, PowerItem parent) {
        return new PowerEditViewModel(service, tasks, original, parent, all, departmentList.get(),
                java.time.LocalDate.now(clock), defaultLevel);
    }

    public PowerImportViewModel newImport() {
        return new PowerImportViewModel(importer, tasks);
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** After a form saved: reload and select the saved item. */
    public void saved(PowerItem item, boolean created) {
        notice.set(I18n.t(created ? "powers.notice.created" : "powers.notice.changed", item.name()));
        selected.set(item);
        refresh();
    }

    public String departmentName(PowerItem p) {
        Department d = departmentById.get(p.departmentId());
        return d == null ? "" : d.name();
    }

    public List<PowerItem> allItems() {
        return all;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<PowerType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<Department> departmentFilterProperty() {
        return departmentFilter;
    }

    public ObjectProperty<PowerStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    /** The items passing the filters, parents and sub-items alike (a matching sub-item brings its main item). */
    public ReadOnlyObjectProperty<List<PowerItem>> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** Items per type under the current status, department and search filters (not the type filter). */
    public ReadOnlyObjectProperty<Map<PowerType, Long>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Department>> departmentsProperty() {
        return departmentList.getReadOnlyProperty();
    }

    public ObjectProperty<PowerItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<PowerDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void setNotice(String text) {
        notice.set(text);
    }
}
