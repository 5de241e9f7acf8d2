package cn.quanze.supervision.files;

import cn.quanze.core.files.XlsxStyles;
import cn.quanze.core.files.AtomicFile;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.supervision.data.SupervisionRepository;
import cn.quanze.supervision.data.SupervisionService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 督办台账: exports a list of items to XLSX and reads such a sheet back for back-filling — rows with a 督办编号 add
 * their latest feedback to that item, rows without one register (and, with a 交办日期, assign) a new item. The header
 * row is found by its column names anywhere in the first rows, so a ledger with a title line above still reads.
 */
public final class LedgerExcel {
    static final List<String> COLUMNS = List.of("ledger.col.number", "ledger.col.title", "ledger.col.source",
            "ledger.col.docNo", "ledger.col.importance", "ledger.col.leadUnit", "ledger.col.cooperating",
            "ledger.col.leader", "ledger.col.assignedOn", "ledger.col.deadline", "ledger.col.cycle",
            "ledger.col.state", "ledger.col.progress", "ledger.col.light", "ledger.col.nextDue", "ledger.col.missed",
            "ledger.col.lastFeedbackDate", "ledger.col.lastFeedback");

    private final SupervisionRepository repository;
    private final DepartmentRepository departments;
    private final SupervisionService service;

    public LedgerExcel(SupervisionRepository repository, DepartmentRepository departments,
                       SupervisionService service) {
        this.repository = repository;
        this.departments = departments;
        this.service = service;
    }

    public Path export(List<Entry> entries, Path target) {
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        AtomicFile.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = wb.createSheet(I18n.t("ledger.sheet"));
                CellStyle head = XlsxStyles.header(wb);
                Row h = sheet.createRow(0);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    h.createCell(c).setCellValue(I18n.t(COLUMNS.get(c)));
                    h.getCell(c).setCellStyle(head);
                    sheet.setColumnWidth(c, (c == 1 || c == 17 ? 40 : 14) * 256);
                }
                int r = 1;
                for (Entry e : entries) {
                    write(sheet.createRow(r++), e, names);
                }
                sheet.createFreezePane(2, 1);
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, r - 1), 0,
                        COLUMNS.size() - 1));
                wb.write(out);
            }
        });
        return target;
    }

    private void write(Row row, Entry e, Map<String, String> names) {
        SupervisionItem i = e.item();
        var last = repository.feedbackOf(i.id()).stream().reduce((a, b) -> b);
        String[] v = {i.displayNumber(), i.title(), I18n.of(i.source()), nz(i.sourceDocNo()), I18n.of(i.importance()),
            e.leadUnit(), i.cooperatingUnitIds().stream().map(id -> names.getOrDefault(id, ""))
                    .collect(Collectors.joining("、")), nz(i.leader()), str(i.assignedOn()), str(i.deadline()),
            I18n.of(i.feedbackCycle()), I18n.of(i.state()), null, e.light() == null ? "" : I18n.of(e.light()),
            str(e.nextDue()), null, last.map(f -> f.date().toString()).orElse(""),
            last.map(f -> f.content()).orElse("")};
        for (int c = 0; c < v.length; c++) {
            if (c == 12) {
                row.createCell(c).setCellValue(i.progress());
            } else if (c == 15) {
                row.createCell(c).setCellValue(e.missedCycles());
            } else {
                row.createCell(c).setCellValue(v[c]);
            }
        }
    }

    /** Reads the ledger and back-fills it (in one unit of work; with {@code dryRun} nothing is kept). */
    public SupervisionService.BackfillResult importFile(Path file, boolean dryRun) {
        List<SupervisionService.Backfill> rows = read(file);
        try {
            return service.backfill(rows, dryRun);
        } catch (TransitionRefused e) {
            throw new TransitionRefused("ledger.error.file", file.getFileName().toString(), e);
        }
    }

    List<SupervisionService.Backfill> read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            LedgerRows rows = new LedgerRows(name, sheet, departments.all());
            return rows.parse();
        } catch (IOException | RuntimeException e) {
            if (e instanceof TransitionRefused tr) {
                throw tr;
            }
            throw new TransitionRefused("ledger.error.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    static SupervisionItem draft(String title, SupervisionSource source, String docNo, Importance importance,
                                 String leadUnitId, List<String> cooperating, String leader, LocalDate deadline,
                                 FeedbackCycle cycle) {
        return new SupervisionItem(null, 0, 0, source, docNo, null, title, null, importance, leadUnitId, cooperating,
                leader, null, null, deadline, null, List.of(), cycle, null, SupervisionState.REGISTERED, null, null,
                null, 0, false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static List<String> headerTexts() {
        List<String> out = new ArrayList<>();
        COLUMNS.forEach(k -> out.add(I18n.t(k)));
        return out;
    }
}
