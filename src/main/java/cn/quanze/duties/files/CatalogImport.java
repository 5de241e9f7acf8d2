package cn.quanze.duties.files;

import cn.quanze.core.domain.Ids;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyText;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.files.FieldSpec;
import cn.quanze.core.files.HeaderDetector;
import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.files.SheetData;
import cn.quanze.core.files.StreamingWorkbookReader;
import cn.quanze.core.i18n.I18n;
import cn.quanze.duties.data.DutyRecords;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports 责任事项 and 追责情形 from the published one-table layout (as {@link CatalogXlsx} writes it, or as
 * offices publish it), with the shared header detection of {@code exchange.excel}. Rows of one 项目编码 form a
 * group; when every row of the group carries the same duty text (a merged cell) it belongs to the main item,
 * otherwise each row belongs to the 子项 it names. Every row is validated before anything is written; one
 * invalid row means nothing is written, unless invalid rows are skipped.
 */
public final class CatalogImport {
    static final String SEQ = "seq";
    static final String TYPE = "type";
    static final String CODE = "code";
    static final String NAME = "name";
    static final String SUB = "sub";
    static final String BASIS = "basis";
    static final String DUTIES = "duties";
    static final String CASES = "cases";

    public record Options(boolean dryRun, boolean skipInvalid) {
    }

    public record Report(int imported, int updated, int unchanged, int invalid, List<RowIssue> issues,
                         boolean written) {
        public String summary() {
            return I18n.t("duties.import.summary", imported, updated, unchanged, invalid);
        }
    }

    private record Line(HeaderMatch sheet, int row) {
        String value(String field) {
            return sheet.value(row, field);
        }
    }

    private final Store store;
    private final PowerItemRepository powers;
    private final DutyRepository duties;

    public CatalogImport(Store store, PowerItemRepository powers, DutyRepository duties) {
        this.store = store;
        this.powers = powers;
        this.duties = duties;
    }

    static List<FieldSpec> fields() {
        return List.of(
                FieldSpec.optional(SEQ, "序号", "序号", "编号"),
                FieldSpec.optional(TYPE, "权力类型", "权力类型", "职权类型", "事项类型", "类型"),
                FieldSpec.required(CODE, "项目编码", "项目编码", "职权编码", "事项编码", "权力编码", "编码"),
                FieldSpec.optional(NAME, "项目名称", "项目名称", "事项名称", "权力名称", "职权名称"),
                FieldSpec.optional(SUB, "子项", "子项", "子项名称"),
                FieldSpec.optional(BASIS, "实施依据", "实施依据", "设定依据", "法律依据"),
                FieldSpec.required(DUTIES, "责任事项", "责任事项", "责任事项内容", "责任内容"),
                FieldSpec.optional(CASES, "追责情形", "追责情形", "追责情形及依据", "问责情形", "责任追究情形"));
    }

    public Report importFile(Path file, Options options, ReadProgress progress) {
        List<SheetData> sheets = StreamingWorkbookReader.read(file, progress);
        List<HeaderMatch> found = new HeaderDetector(fields(), 3, Map.of()).detectAll(sheets).stream()
                .filter(m -> m.has(CODE) && m.has(DUTIES)).toList();
        if (found.isEmpty()) {
            throw new ExcelFileException(ExcelFileException.Kind.NO_HEADER, file, null);
        }
        List<PowerItem> all = powers.all();
        Map<String, PowerItem> byCode = all.stream().collect(Collectors.toMap(PowerItem::code, Function.identity()));
        Map<String, Duty> existing = duties.duties().stream()
                .collect(Collectors.toMap(Duty::powerItemId, Function.identity()));
        List<RowIssue> issues = new ArrayList<>();
        Map<String, Duty> planned = new LinkedHashMap<>();
        int invalid = 0;
        for (HeaderMatch sheet : found) {
            for (List<Line> group : groups(sheet)) {
                progress.checkCancelled();
                List<RowIssue> own = new ArrayList<>();
                Map<String, Duty> result = plan(group, byCode, all, existing, own);
                if (own.isEmpty()) {
                    for (Map.Entry<String, Duty> e : result.entrySet()) {
                        if (planned.containsKey(e.getKey())) {
                            own.add(issue(group.get(0), CODE, I18n.t("duties.import.issue.repeated",
                                    group.get(0).value(CODE))));
                        }
                    }
                }
                if (own.isEmpty()) {
                    planned.putAll(result);
                } else {
                    invalid += group.size();
                    issues.addAll(own);
                }
            }
        }
        int[] counts = new int[3];
        boolean write = !options.dryRun() && (invalid == 0 || options.skipInvalid()) && !planned.isEmpty();
        if (write) {
            store.run("duties.import", uow -> planned.values().forEach(d -> counts[uow.put(DutyRecords.DUTY, d).ordinal()]++));
        } else {
            for (Duty d : planned.values()) {
                Duty before = existing.get(d.powerItemId());
                counts[before == null ? UnitOfWork.Outcome.INSERTED.ordinal() : before.equals(d)
                        ? UnitOfWork.Outcome.UNCHANGED.ordinal() : UnitOfWork.Outcome.UPDATED.ordinal()]++;
            }
        }
        progress.update(1, 1);
        return new Report(counts[0], counts[1], counts[2], invalid, issues, write);
    }

    /** Consecutive data rows with the same 项目编码 (merged code cells are filled by the reader). */
    private static List<List<Line>> groups(HeaderMatch sheet) {
        List<List<Line>> groups = new ArrayList<>();
        String headerCode = HeaderDetector.normalize(sheet.header(CODE));
        for (int r = sheet.firstDataRow(); r < sheet.sheet().rows().size(); r++) {
            if (sheet.sheet().isBlankRow(r)) {
                continue;
            }
            String code = sheet.value(r, CODE);
            if (HeaderDetector.normalize(code).equals(headerCode)) {
                continue;
            }
            Line line = new Line(sheet, r);
            List<Line> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && (code.isEmpty() || code.equals(last.get(0).value(CODE)))) {
                last.add(line);
            } else {
                groups.add(new ArrayList<>(List.of(line)));
            }
        }
        return groups;
    }

    private Map<String, Duty> plan(List<Line> group, Map<String, PowerItem> byCode, List<PowerItem> all,
                                   Map<String, Duty> existing, List<RowIssue> issues) {
        Line first = group.get(0);
        String code = first.value(CODE);
        Map<String, Duty> out = new LinkedHashMap<>();
        if (code.isEmpty()) {
            issues.add(issue(first, CODE, I18n.t("duties.import.issue.codeMissing")));
            return out;
        }
        PowerItem main = byCode.get(code);
        if (main == null) {
            issues.add(issue(first, CODE, I18n.t("duties.import.issue.codeUnknown", code)));
            return out;
        }
        String type = first.value(TYPE);
        if (!type.isEmpty() && PowerType.fromOfficialName(type).filter(t -> t == main.type()).isEmpty()) {
            issues.add(issue(first, TYPE, I18n.t("duties.import.issue.typeMismatch", type, code,
                    main.type().officialName())));
        }
        boolean shared = group.stream().map(l -> l.value(DUTIES)).distinct().count() == 1;
        Optional<Line> mainRow = shared ? Optional.of(first) : group.stream().filter(l -> l.value(SUB).isEmpty()).findFirst();
        for (Line line : shared ? List.of(first) : group) {
            if (line != mainRow.orElse(null) && mainRow.isPresent() && line.value(DUTIES).equals(mainRow.get().value(DUTIES))
                    && line.value(CASES).equals(mainRow.get().value(CASES))) {
                continue; // the printed row repeats the main item's duties: the sub-item keeps inheriting them
            }
            if (line.value(DUTIES).isEmpty() && line.value(CASES).isEmpty()) {
                continue; // a row without duties (a gap in the catalog) changes nothing: import never deletes
            }
            PowerItem target = main;
            String sub = line.value(SUB);
            if (!shared && !sub.isEmpty()) {
                Optional<PowerItem> child = all.stream().filter(p -> main.id().equals(p.parentId())
                        && p.name().equals(sub)).findFirst();
                if (child.isEmpty()) {
                    issues.add(issue(line, SUB, I18n.t("duties.import.issue.subUnknown", sub, code)));
                    continue;
                }
                target = child.get();
            }
            List<DutyText.Problem> problems = new ArrayList<>();
            List<Duty.StageDuty> stages = DutyText.parseStages(line.value(DUTIES), problems);
            problems.forEach(p -> issues.add(issue(line, DUTIES, I18n.t("duties.import.issue.stageUnreadable",
                    p.line(), p.text()))));
            if (stages.isEmpty() && problems.isEmpty()) {
                issues.add(issue(line, DUTIES, I18n.t("duties.import.issue.dutiesMissing")));
            }
            problems.clear();
            List<AccountabilityCase> cases = DutyText.parseCases(line.value(CASES), problems);
            problems.forEach(p -> issues.add(issue(line, CASES, I18n.t("duties.import.issue.caseUnreadable",
                    p.line(), p.text()))));
            Duty before = existing.get(target.id());
            out.put(target.id(), before != null ? before.with(stages, cases)
                    : new Duty(Ids.newId(), target.id(), stages, cases, null, false));
        }
        return out;
    }

    private static RowIssue issue(Line line, String field, String message) {
        int col = line.sheet().column(field).orElse(-1);
        return RowIssue.of(line.sheet().sheet().name(), line.row(), col, Objects.toString(line.sheet().header(field), ""),
                message);
    }
}
