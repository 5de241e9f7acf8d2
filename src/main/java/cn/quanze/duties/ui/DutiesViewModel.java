package cn.quanze.duties.ui;

import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Gap;
import cn.quanze.duties.domain.GapKind;
import cn.quanze.duties.domain.GapReport;
import cn.quanze.duties.domain.Post;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.duties.files.CatalogExport;
import cn.quanze.duties.files.CatalogImport;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.duties.data.DutyCatalog;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.ui.common.Dialogs;
import cn.quanze.ui.common.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 责任清单: the catalog by power item, by department and by sub-district, the gap report and search, one shared
 * detail, and the commands that open forms and save them; its files are {@link DutyFiles}.
 */
public final class DutiesViewModel {
    /** A power item with how many stage duties and accountability cases cover it. */
    public record PowerRow(PowerItem item, String department, int stages, int cases) {
    }

    /** A department with its active powers and posts. */
    public record DepartmentRow(Department unit, int powers, int posts, int assistance) {
    }

    /** A sub-district or town with the sizes of its three lists. */
    public record BlockRow(Department unit, int basic, int cooperating, int withdrawn) {
    }

    /** A gap with the unit it belongs to. */
    public record GapRow(Gap gap, String department) {
    }

    /** A search hit with where it was found. */
    public record HitRow(DutyRepository.Hit hit, String where) {
    }

    private final DepartmentRepository departments;
    private final PowerItemRepository powers;
    private final DutyRepository duties;
    private final DutyCatalog catalog;
    private final TaskExecutor tasks;
    private final DutyFiles files;
    private final ObservableList<PowerRow> powerRows = FXCollections.observableArrayList();
    private final ObservableList<DepartmentRow> departmentRows = FXCollections.observableArrayList();
    private final ObservableList<BlockRow> blockRows = FXCollections.observableArrayList();
    private final ObservableList<GapRow> gaps = FXCollections.observableArrayList();
    private final ObservableList<HitRow> hits = FXCollections.observableArrayList();
    private final ObservableList<PowerRow> powerRowsView = FXCollections.unmodifiableObservableList(powerRows);
    private final ObservableList<DepartmentRow> departmentRowsView = FXCollections.unmodifiableObservableList(departmentRows);
    private final ObservableList<BlockRow> blockRowsView = FXCollections.unmodifiableObservableList(blockRows);
    private final ObservableList<GapRow> gapsView = FXCollections.unmodifiableObservableList(gaps);
    private final ObservableList<HitRow> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyObjectWrapper<DutyDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EditForm> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DutyDetail> revealed = new ReadOnlyObjectWrapper<>();
    private final cn.quanze.ui.common.PendingOpen pending = new cn.quanze.ui.common.PendingOpen();
    private CatalogSnapshot snapshot = CatalogSnapshot.EMPTY;
    private String query = "";

    public DutiesViewModel(DepartmentRepository departments, PowerItemRepository powers, DutyRepository duties,
                           DutyCatalog catalog, CatalogExport export, CatalogImport importer, TaskExecutor tasks,
                           Dialogs dialogs) {
        this.departments = departments;
        this.powers = powers;
        this.duties = duties;
        this.catalog = catalog;
        this.tasks = tasks;
        this.files = new DutyFiles(export, importer, tasks, dialogs, new DutyFiles.Pane(this::selectedDepartment,
                () -> gaps.stream().map(GapRow::gap).toList(), this::unitName, message::set, this::refresh));
    }

    public void refresh() {
        tasks.run("duties.loading", () -> CatalogSnapshot.of(departments.all(), powers.all(), duties.duties(),
                duties.departmentDuties(), duties.blockDuties(), duties.posts(), duties.assistance()), this::show);
        if (!query.isEmpty()) {
            search(query);
        }
    }

    private void show(CatalogSnapshot s) {
        snapshot = s;
        powerRows.setAll(s.powers().stream().sorted(Comparator.comparing(PowerItem::code)).map(p -> {
            Duty d = s.effective(p);
            return new PowerRow(p, unitName(p.departmentId()), d == null ? 0 : d.stages().size(),
                    d == null ? 0 : d.cases().size());
        }).toList());
        departmentRows.setAll(s.departments().stream().filter(d -> !isBlock(d)).map(d -> new DepartmentRow(d,
                (int) s.powers().stream().filter(p -> p.isActive() && d.id().equals(p.departmentId())).count(),
                (int) s.posts().stream().filter(p -> d.id().equals(p.departmentId())).count(),
                (int) s.assistance().stream().filter(a -> d.id().equals(a.requestingDepartmentId())
                        || d.id().equals(a.assistingDepartmentId())).count())).toList());
        Map<String, BlockDuties> blockByUnit = s.blocks().stream().collect(Collectors.toMap(BlockDuties::unitId, b -> b));
        blockRows.setAll(s.departments().stream().filter(DutiesViewModel::isBlock).map(d -> {
            BlockDuties b = blockByUnit.get(d.id());
            return b == null ? new BlockRow(d, 0, 0, 0)
                    : new BlockRow(d, b.basic().size(), b.cooperating().size(), b.withdrawn().size());
        }).toList());
        gaps.setAll(GapReport.find(s.powers(), s.duties(), s.posts(), s.departments()).stream()
                .map(g -> new GapRow(g, unitName(g.departmentId()))).toList());
        DutyDetail current = detail.get();
        if (current instanceof DutyDetail.OfPower p) {
            s.power(p.item().id()).ifPresent(this::selectPower);
        } else if (current instanceof DutyDetail.OfDepartment d) {
            selectDepartment(s.unitById().get(d.unit().id()));
        } else if (current instanceof DutyDetail.OfBlock b) {
            selectBlock(s.unitById().get(b.unit().id()));
        }
        pending.afterLoad(id -> java.util.Arrays.stream(DutyRepository.Kind.values())
                .map(k -> snapshot.ownerOf(new DutyRepository.Hit(k, id, ""))).flatMap(Optional::stream).findFirst(),
                this::reveal);
    }

    /**
     * Shows the catalog record with {@code id} (a duty, a department's or sub-district's duties, a post or an
     * assistance item; from the global search) in the detail pane and reveals its row, once the load that
     * activating the pane started ends (so that load cannot clear the revealed row again).
     */
    public void open(String id) {
        pending.request(id);
    }

    private void reveal(CatalogSnapshot.Owner o) {
        showOwner(o);
        revealed.set(null);
        revealed.set(detail.get());
    }

    /** The detail last opened from outside the pane, whose row the view brings into sight. */
    public ReadOnlyObjectProperty<DutyDetail> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    private static boolean isBlock(Department d) {
        return d.kind() == UnitKind.SUBDISTRICT || d.kind() == UnitKind.TOWN;
    }

    public String unitName(String id) {
        return snapshot.unitName(id);
    }

    public void selectPower(PowerItem item) {
        if (item == null) {
            return;
        }
        Optional<Duty> own = snapshot.ownDuty(item.id());
        Duty shown = snapshot.effective(item);
        detail.set(new DutyDetail.OfPower(item, shown, own.isEmpty() && shown != null,
                unitName(item.departmentId())));
    }

    public void selectDepartment(Department unit) {
        if (unit == null) {
            return;
        }
        detail.set(new DutyDetail.OfDepartment(unit,
                snapshot.departmentDuties().stream().filter(d -> d.departmentId().equals(unit.id())).findFirst()
                        .orElse(null),
                snapshot.posts().stream().filter(p -> unit.id().equals(p.departmentId())).toList(),
                snapshot.assistance().stream().filter(a -> unit.id().equals(a.requestingDepartmentId())
                        || unit.id().equals(a.assistingDepartmentId())).toList(),
                snapshot.powers().stream().filter(p -> unit.id().equals(p.departmentId())).toList()));
    }

    public void selectBlock(Department unit) {
        if (unit == null) {
            return;
        }
        detail.set(new DutyDetail.OfBlock(unit, snapshot.blocks().stream()
                .filter(b -> b.unitId().equals(unit.id())).findFirst().orElse(null)));
    }

    /** Searches all duty text; an empty query clears the results. */
    public void search(String text) {
        query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            hits.clear();
            return;
        }
        String q = query;
        tasks.run("duties.searching", () -> duties.search(q), found -> {
            if (q.equals(query)) {
                hits.setAll(found.stream().map(h -> new HitRow(h, snapshot.ownerOf(h)
                        .map(CatalogSnapshot.Owner::label).orElse(""))).toList());
            }
        });
    }

    /** Shows the record a search hit belongs to in the detail pane. */
    public void openHit(HitRow row) {
        snapshot.ownerOf(row.hit()).ifPresent(this::showOwner);
    }

    private void showOwner(CatalogSnapshot.Owner o) {
        if (o.power() != null) {
            selectPower(o.power());
        } else if (o.block()) {
            selectBlock(o.unit());
        } else {
            selectDepartment(o.unit());
        }
    }

    /** One click from a gap to the form that closes it. */
    public void openGap(GapRow row) {
        Gap g = row.gap();
        if (g.kind() == GapKind.NO_POSTS) {
            selectDepartment(snapshot.unitById().get(g.targetId()));
            newPost();
        } else {
            snapshot.power(g.targetId()).ifPresent(p -> {
                selectPower(p);
                editDuty();
            });
        }
    }

    private DutyForms forms() {
        return new DutyForms(snapshot.departments(), snapshot.powers());
    }

    public void editDuty() {
        if (detail.get() instanceof DutyDetail.OfPower p) {
            form.set(forms().duty(p.item(), snapshot.ownDuty(p.item().id()), d -> save(() -> catalog.save(d))));
        }
    }

    public void editDepartment() {
        if (detail.get() instanceof DutyDetail.OfDepartment d) {
            form.set(forms().department(d.unit(), Optional.ofNullable(d.duties()), x -> save(() -> catalog.save(x))));
        }
    }

    public void editBlock() {
        if (detail.get() instanceof DutyDetail.OfBlock b) {
            form.set(forms().block(b.unit(), Optional.ofNullable(b.duties()), x -> save(() -> catalog.save(x))));
        }
    }

    public void newPost() {
        editPost(null);
    }

    public void editPost(Post post) {
        if (detail.get() instanceof DutyDetail.OfDepartment d) {
            form.set(forms().post(d.unit(), Optional.ofNullable(post), x -> save(() -> catalog.save(x))));
        }
    }

    public void deletePost(Post post) {
        save(() -> catalog.deletePost(post.id()));
    }

    public void newAssistance() {
        editAssistance(null);
    }

    public void editAssistance(AssistanceItem item) {
        if (detail.get() instanceof DutyDetail.OfDepartment d) {
            form.set(forms().assistance(d.unit(), Optional.ofNullable(item), x -> save(() -> catalog.save(x))));
        }
    }

    public void deleteAssistance(AssistanceItem item) {
        save(() -> catalog.deleteAssistance(item.id()));
    }

    /** The view calls this when the form's dialog has closed (saved or cancelled). */
    public void formClosed() {
        form.set(null);
    }

    /** Writes in the background; the open form (if any) closes when written and says why when refused. */
    private void save(Runnable write) {
        EditForm.save(tasks, form.get(), write, () -> {
            message.set(I18n.t("duties.saved"));
            refresh();
        });
    }

    /** The pane's files: the department's catalog, the import with its dry run, the gap report. */
    public DutyFiles files() {
        return files;
    }

    public Optional<Department> selectedDepartment() {
        return detail.get() instanceof DutyDetail.OfDepartment d ? Optional.of(d.unit()) : Optional.empty();
    }

    public ObservableList<PowerRow> powerRows() {
        return powerRowsView;
    }

    public ObservableList<DepartmentRow> departmentRows() {
        return departmentRowsView;
    }

    public ObservableList<BlockRow> blockRows() {
        return blockRowsView;
    }

    public ObservableList<GapRow> gaps() {
        return gapsView;
    }

    public ObservableList<HitRow> hits() {
        return hitsView;
    }

    public ReadOnlyObjectProperty<DutyDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
