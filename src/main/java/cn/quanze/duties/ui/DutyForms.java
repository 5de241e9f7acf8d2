package cn.quanze.duties.ui;

import cn.quanze.core.domain.Ids;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.duties.domain.Post;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.ui.EditForm.Choice;
import cn.quanze.duties.ui.EditForm.Field;
import cn.quanze.duties.ui.EditForm.FormRow;
import cn.quanze.duties.ui.EditForm.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the catalog's forms from records and turns filled forms back into records, with the rules a form must
 * meet (stages not repeated, known units, a unit does not assist itself).
 */
final class DutyForms {
    private final List<Department> departments;
    private final List<PowerItem> powers;

    DutyForms(List<Department> departments, List<PowerItem> powers) {
        this.departments = departments;
        this.powers = powers;
    }

    private List<Choice> unitChoices() {
        return departments.stream().map(d -> new Choice(d.id(), d.name())).toList();
    }

    private static String or(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    EditForm duty(PowerItem item, Optional<Duty> existing, Consumer<Duty> save) {
        EditForm form = new EditForm("duty", I18n.t("duties.form.duty.title", item.code(), item.name()));
        List<Choice> stageChoices = Arrays.stream(DutyStage.values())
                .map(s -> new Choice(s.name(), s.dutyName())).toList();
        Section stages = form.section("stages", "duties.section.stages", false,
                Field.choice("stage", "duties.field.stage", stageChoices, true),
                Field.area("content", "duties.field.content", true),
                Field.text("basis", "duties.field.basis", true));
        Section cases = form.section("cases", "duties.section.cases", false,
                Field.area("text", "duties.field.caseText", true),
                Field.text("basis", "duties.field.basis", true));
        existing.ifPresent(d -> {
            d.stages().forEach(s -> stages.addRow().set("stage", s.stage().name()).set("content", s.content())
                    .set("basis", s.basis()));
            d.cases().forEach(c -> cases.addRow().set("text", c.text()).set("basis", c.basis()));
        });
        Runnable standard = () -> {
            Set<String> present = new HashSet<>();
            stages.rows().forEach(r -> present.add(r.get("stage")));
            DutyStage.standardFor(item.type()).stream().filter(s -> !present.contains(s.name()))
                    .forEach(s -> stages.addRow().set("stage", s.name()));
        };
        form.action("duties.form.standardStages", standard);
        if (existing.isEmpty() || !existing.get().hasDuties()) {
            standard.run();
        }
        form.onValidate(f -> {
            List<String> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int n = 0;
            for (FormRow r : stages.filled()) {
                n++;
                if (!seen.add(r.get("stage"))) {
                    errors.add(I18n.t("duties.form.stageRepeated", n,
                            DutyStage.valueOf(r.get("stage")).dutyName()));
                }
            }
            return errors;
        });
        form.onSave(() -> {
            List<Duty.StageDuty> s = stages.filled().stream().map(r -> new Duty.StageDuty(
                    DutyStage.valueOf(r.get("stage")), r.get("content"), or(r.get("basis")))).toList();
            List<AccountabilityCase> c = new ArrayList<>();
            cases.filled().forEach(r -> c.add(new AccountabilityCase(c.size() + 1, r.get("text"), or(r.get("basis")))));
            save.accept(existing.map(d -> d.with(s, c))
                    .orElseGet(() -> new Duty(Ids.newId(), item.id(), s, c, null, false)));
        });
        return form;
    }

    EditForm department(Department unit, Optional<DepartmentDuties> existing, Consumer<DepartmentDuties> save) {
        EditForm form = new EditForm("department", I18n.t("duties.form.department.title", unit.name()));
        Section main = form.section("main", "duties.section.main", false, Field.area("text", "duties.field.mainDuty", true));
        Section work = workSection(form, "work", "duties.section.work");
        Section bounds = form.section("boundaries", "duties.section.boundaries", false,
                Field.text("matter", "duties.field.matter", true),
                Field.choice("lead", "duties.field.lead", unitChoices(), true),
                Field.text("cooperating", "duties.field.cooperating", true),
                Field.area("division", "duties.field.division", true),
                Field.text("basis", "duties.field.basis", false));
        Section systems = workSection(form, "systems", "duties.section.systems");
        Section services = workSection(form, "services", "duties.section.services");
        DepartmentDuties d = existing.orElse(DepartmentDuties.empty(Ids.newId(), unit.id()));
        d.mainDuties().forEach(t -> main.addRow().set("text", t));
        fill(work, d.workItems());
        d.boundaries().forEach(b -> bounds.addRow().set("matter", b.matter()).set("lead", b.leadDepartmentId())
                .set("cooperating", String.join("、", b.cooperatingDepartmentIds().stream().map(this::unitName).toList()))
                .set("division", b.division()).set("basis", b.basis()));
        fill(systems, d.supervisionSystems());
        fill(services, d.publicServices());
        form.onValidate(f -> {
            List<String> errors = new ArrayList<>();
            int n = 0;
            for (FormRow r : bounds.filled()) {
                n++;
                for (String name : splitUnits(r.get("cooperating"))) {
                    if (unitByName(name).isEmpty()) {
                        errors.add(I18n.t("duties.form.unknownUnit", bounds.title(), n, name));
                    }
                }
            }
            return errors;
        });
        form.onSave(() -> save.accept(new DepartmentDuties(d.id(), unit.id(),
                main.filled().stream().map(r -> r.get("text")).toList(), items(work),
                bounds.filled().stream().map(r -> new DepartmentDuties.Boundary(r.get("matter"), r.get("lead"),
                        splitUnits(r.get("cooperating")).stream().map(x -> unitByName(x).orElseThrow().id()).toList(),
                        r.get("division"), or(r.get("basis")))).toList(),
                items(systems), items(services), d.demo())));
        return form;
    }

    private static Section workSection(EditForm form, String id, String titleKey) {
        return form.section(id, titleKey, false, Field.text("name", "duties.field.name", true),
                Field.area("content", "duties.field.content", true), Field.text("basis", "duties.field.basis", false));
    }

    private static void fill(Section s, List<DepartmentDuties.WorkItem> items) {
        items.forEach(w -> s.addRow().set("name", w.name()).set("content", w.content()).set("basis", w.basis()));
    }

    private static List<DepartmentDuties.WorkItem> items(Section s) {
        return s.filled().stream().map(r -> new DepartmentDuties.WorkItem(r.get("name"), r.get("content"),
                or(r.get("basis")))).toList();
    }

    EditForm block(Department unit, Optional<BlockDuties> existing, Consumer<BlockDuties> save) {
        EditForm form = new EditForm("block", I18n.t("duties.form.block.title", unit.name()));
        Section basic = form.section("basic", "duties.section.basic", false,
                Field.text("matter", "duties.field.matter", true), Field.text("basis", "duties.field.basis", true));
        Section coop = blockSection(form, "cooperating", "duties.section.cooperating", "duties.field.districtDepartment");
        Section back = blockSection(form, "withdrawn", "duties.section.withdrawn", "duties.field.higherDepartment");
        BlockDuties b = existing.orElse(BlockDuties.empty(Ids.newId(), unit.id()));
        b.basic().forEach(i -> basic.addRow().set("matter", i.matter()).set("basis", i.basis()));
        b.cooperating().forEach(i -> coop.addRow().set("matter", i.matter()).set("department", i.departmentId())
                .set("basis", i.basis()));
        b.withdrawn().forEach(i -> back.addRow().set("matter", i.matter()).set("department", i.departmentId())
                .set("basis", i.basis()));
        Function<Section, List<BlockDuties.BlockItem>> read = s -> s.filled().stream().map(r -> new BlockDuties.BlockItem(
                r.get("matter"), r.fieldOrNull("department"), r.get("basis"))).toList();
        form.onSave(() -> save.accept(new BlockDuties(b.id(), unit.id(), read.apply(basic), read.apply(coop),
                read.apply(back), b.demo())));
        return form;
    }

    private Section blockSection(EditForm form, String id, String titleKey, String departmentLabel) {
        return form.section(id, titleKey, false, Field.text("matter", "duties.field.matter", true),
                Field.choice("department", departmentLabel, unitChoices(), true),
                Field.text("basis", "duties.field.basis", true));
    }

    EditForm post(Department unit, Optional<Post> existing, Consumer<Post> save) {
        EditForm form = new EditForm("post", I18n.t("duties.form.post.title", unit.name()));
        Section post = form.section("post", "duties.section.post", true,
                Field.text("name", "duties.field.postName", true), Field.area("duties", "duties.field.postDuties", true),
                Field.area("standards", "duties.field.standards", false));
        List<Choice> own = powers.stream().filter(p -> unit.id().equals(p.departmentId()))
                .map(p -> new Choice(p.id(), p.code() + " " + p.name())).toList();
        Section exercised = form.section("powers", "duties.section.postPowers", false,
                Field.choice("power", "duties.field.power", own, true));
        existing.ifPresent(p -> {
            post.rows().get(0).set("name", p.name()).set("duties", p.duties()).set("standards", p.standards());
            p.powerItemIds().forEach(id -> exercised.addRow().set("power", id));
        });
        form.onSave(() -> save.accept(new Post(existing.map(Post::id).orElseGet(Ids::newId), unit.id(),
                post.rows().get(0).get("name"), post.rows().get(0).get("duties"),
                exercised.filled().stream().map(r -> r.get("power")).distinct().toList(),
                or(post.rows().get(0).get("standards")), existing.map(Post::demo).orElse(false))));
        return form;
    }

    EditForm assistance(Department unit, Optional<AssistanceItem> existing, Consumer<AssistanceItem> save) {
        EditForm form = new EditForm("assistance", I18n.t("duties.form.assistance.title", unit.name()));
        Section s = form.section("assistance", "duties.section.assistance", true,
                Field.choice("requesting", "duties.field.requesting", unitChoices(), true),
                Field.choice("assisting", "duties.field.assisting", unitChoices(), true),
                Field.text("matter", "duties.field.matter", true), Field.text("basis", "duties.field.basis", true),
                Field.number("limit", "duties.field.limitDays", true));
        FormRow row = s.rows().get(0);
        row.set("requesting", unit.id());
        existing.ifPresent(a -> row.set("requesting", a.requestingDepartmentId()).set("assisting", a.assistingDepartmentId())
                .set("matter", a.matter()).set("basis", a.basis())
                .set("limit", a.limitDays() == null ? "" : a.limitDays().toString()));
        form.onValidate(f -> row.get("requesting").equals(row.get("assisting"))
                ? List.of(I18n.t("duties.form.selfAssist")) : List.of());
        form.onSave(() -> save.accept(new AssistanceItem(existing.map(AssistanceItem::id).orElseGet(Ids::newId),
                row.get("requesting"), row.get("assisting"), row.get("matter"), row.get("basis"),
                Integer.valueOf(row.get("limit")), existing.map(AssistanceItem::demo).orElse(false))));
        return form;
    }

    String unitName(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst().orElse("");
    }

    private Optional<Department> unitByName(String name) {
        return departments.stream().filter(d -> d.name().equals(name) || name.equals(d.shortName())
                || d.code().equalsIgnoreCase(name)).findFirst();
    }

    private static List<String> splitUnits(String text) {
        return Arrays.stream(text.split("[、，,；;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
