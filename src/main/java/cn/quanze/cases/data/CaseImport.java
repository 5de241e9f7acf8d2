package cn.quanze.cases.data;

import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseEventType;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseRules;
import cn.quanze.cases.domain.CaseStep;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.files.FieldSpec;
import cn.quanze.core.files.HeaderDetector;
import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.SheetData;
import cn.quanze.core.files.StreamingWorkbookReader;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.core.db.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Back-fills a ledger of cases from an XLSX workbook (台账): the header row is found by
 * {@link HeaderDetector}, every row is checked (dates, limits, power item, unit) before anything is written,
 * and all rows are written in one unit of work, completed ones with their 办结 event.
 */
public final class CaseImport {
    /** Every problem found, each naming the sheet, row and field; nothing was written. */
    public static final class InvalidLedger extends RuntimeException {
        private final List<String> problems;

        InvalidLedger(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.optional("number", "办件编号", "办件编号", "受理编号", "编号"),
            FieldSpec.optional("power", "权力事项编码", "权力事项编码", "事项编码", "职权编码", "权力编码"),
            FieldSpec.optional("category", "非权力事项类别", "非权力事项类别", "类别", "来源"),
            FieldSpec.required("applicant", "申请人", "申请人", "申请单位", "来件人", "申请人名称"),
            FieldSpec.required("matter", "申请事项", "申请事项", "事项名称", "诉求内容", "办件名称"),
            FieldSpec.required("received", "受理日期", "受理日期", "受理时间", "收件日期"),
            FieldSpec.optional("legal", "法定时限", "法定时限", "法定办结时限"),
            FieldSpec.optional("promised", "承诺时限", "承诺时限", "承诺办结时限"),
            FieldSpec.optional("department", "承办单位", "承办单位", "承办部门", "实施主体"),
            FieldSpec.optional("person", "承办人", "承办人", "经办人"),
            FieldSpec.optional("completed", "办结日期", "办结日期", "办结时间"),
            FieldSpec.optional("result", "办理结果", "办理结果", "办结结果"));

    private final Store store;
    private final DepartmentRepository departments;
    private final PowerItemRepository powers;
    private final LocalDate today;
    private final String officeCode;

    public CaseImport(Store store, DepartmentRepository departments, PowerItemRepository powers, LocalDate today,
                      String officeCode) {
        this.store = store;
        this.departments = departments;
        this.powers = powers;
        this.today = today;
        this.officeCode = officeCode;
    }

    private record Parsed(CaseFile draft, LocalDate completed, String result) {
    }

    private static String label(String field) {
        return FIELDS.stream().filter(f -> f.key().equals(field)).findFirst().map(FieldSpec::label).orElse(field);
    }

    /** Reads, checks and writes; returns the number of cases written. */
    public int importFile(Path file) {
        String name = String.valueOf(file.getFileName());
        List<SheetData> sheets = StreamingWorkbookReader.read(file, ReadProgress.NONE);
        HeaderDetector detector = new HeaderDetector(FIELDS, 3, Map.of());
        List<HeaderMatch> matches = detector.detectAll(sheets).stream()
                .filter(m -> m.has("applicant") && m.has("matter") && m.has("received")).toList();
        if (matches.isEmpty()) {
            throw new ExcelFileException(ExcelFileException.Kind.NO_HEADER, file, null);
        }
        Map<String, PowerItem> powerByCode = new HashMap<>();
        powers.all().forEach(p -> powerByCode.put(p.code(), p));
        UnitMatcher deptByName = UnitMatcher.of(departments.all(), today);
        Set<String> existingNumbers = new HashSet<>(store.read(c -> cn.quanze.core.db.Sql.rows(c,
                "SELECT number FROM case_file")).stream().map(r -> r.str("number")).toList());
        List<String> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (HeaderMatch m : matches) {
            for (int r = m.firstDataRow(); r < m.sheet().rows().size(); r++) {
                if (m.sheet().isBlankRow(r)) {
                    continue;
                }
                CaseRowReader row = new CaseRowReader(name, m, r, problems);
                Parsed p = parse(row, powerByCode, deptByName, existingNumbers);
                if (p != null) {
                    parsed.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidLedger(problems);
        }
        return store.write("cases.import", uow -> {
            for (Parsed p : parsed) {
                CaseFile c = CaseLedger.put(uow, p.draft(), officeCode, p.draft().receivedOn());
                if (p.completed() != null) {
                    CaseLedger.append(uow, c, 2, CaseEventType.COMPLETED, p.completed(), null, null, null, null,
                            p.result());
                }
            }
            return parsed.size();
        });
    }

    private Parsed parse(CaseRowReader row, Map<String, PowerItem> powerByCode, UnitMatcher deptByName,
                         Set<String> numbers) {
        int before = row.problemCount();
        String number = row.text("number");
        if (!number.isEmpty() && !numbers.add(number)) {
            row.problem("number", I18n.t("cases.import.duplicateNumber", number));
        }
        for (String required : List.of("applicant", "matter")) {
            if (row.text(required).isEmpty()) {
                row.problem(required, I18n.t("cases.import.missing"));
            }
        }
        String code = row.text("power");
        PowerItem power = code.isEmpty() ? null : powerByCode.get(code);
        String category = row.text("category");
        LocalDate received = row.date("received", true);
        LocalDate completed = row.date("completed", false);
        if (!code.isEmpty() && power == null) {
            row.problem("power", I18n.t("cases.import.unknownPower", code));
        } else if (power != null && completed == null && !CaseRules.mayBeCited(power)) {
            row.problem("power", I18n.t("cases.rule.inactivePower", power.code(), power.name()));
        } else if (power == null && category.isEmpty()) {
            row.problem("power", I18n.t("cases.rule.noPower"));
        }
        Integer legal = row.number("legal");
        Integer promised = row.number("promised");
        if (legal == null && power != null) {
            legal = power.legalLimitDays();
            promised = promised == null ? power.promisedLimitDays() : promised;
        }
        if (legal == null) {
            row.problem("legal", I18n.t("cases.import.noLimit"));
        } else if (promised != null && promised > legal) {
            row.problem("promised", I18n.t("cases.rule.badPromisedLimit", promised, legal));
        }
        String deptText = row.text("department");
        UnitMatcher.Match match = deptText.isEmpty() ? null : deptByName.match(deptText);
        Department dept = match == null ? null : match.unit().orElse(null);
        if (match instanceof UnitMatcher.Unknown u && u.retired().isEmpty()) {
            row.problem("department", I18n.t("cases.import.unknownDepartment", deptText));
        } else if (match != null && dept == null) {
            row.problem("department", OrgMessages.describe(match, label("department")));
        }
        if (received != null && received.isAfter(today)) {
            row.problem("received", I18n.t("cases.rule.receivedInFuture", received));
        }
        if (completed != null && received != null && completed.isBefore(received)) {
            row.problem("completed", I18n.t("cases.rule.dateTooEarly", completed, received));
        }
        String result = row.text("result");
        if (completed != null && result.isEmpty()) {
            row.problem("result", I18n.t("cases.rule.noResult"));
        }
        if (row.problemCount() > before) {
            return null;
        }
        List<CaseStep> steps = CaseStep.forCase(power, legal);
        CaseFile draft = new CaseFile(null, number.isEmpty() ? null : number, power == null ? null : power.id(),
                power == null ? CaseBasis.NOT_POWER_BASED : CaseBasis.POWER, power == null ? category : null,
                row.text("applicant"), row.text("matter"), received, legal, promised,
                dept != null ? dept.id() : power == null ? null : power.departmentId(), null, row.text("person"),
                steps, false);
        return new Parsed(draft, completed, result.isEmpty() ? null : result);
    }
}
