package cn.quanze.powers.files;

import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.files.HeaderDetector;
import cn.quanze.core.files.HeaderMatch;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.core.files.RowIssue;
import cn.quanze.core.files.SheetData;
import cn.quanze.core.files.StreamingWorkbookReader;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports a power-list workbook. {@link #analyse} reads it (streaming) and detects the header of every sheet;
 * {@link #run} validates every row before writing anything, matches rows to stored items (by code, else by name +
 * type + department) so a re-import updates instead of duplicating, and writes all valid rows in one unit of
 * work — or nothing when any row is invalid, unless {@link Options#skipInvalid}. 实施主体 is matched to a unit by
 * {@link UnitMatcher} (code, name, short name, aliases; the office itself too).
 */
public final class PowerImport {
    public static final String MAPPING_SETTING = "powers.import.mapping";

    public record Options(boolean dryRun, boolean skipInvalid) {
    }

    /** The sheets that have a header, with their column mapping (which a wizard may change). */
    public record Analysis(Path file, List<HeaderMatch> sheets) {
        public Analysis withSheets(List<HeaderMatch> changed) {
            return new Analysis(file, List.copyOf(changed));
        }
    }

    public record Report(int imported, int updated, int unchanged, int invalid, List<RowIssue> issues, boolean written) {
        public String summary() {
            return I18n.t("powers.import.summary", imported, updated, unchanged, invalid);
        }
    }

    private final Store store;
    private final PowerItemRepository powers;
    private final DepartmentRepository departments;
    private final OfficeSettings settings;

    public PowerImport(Store store, PowerItemRepository powers, DepartmentRepository departments, OfficeSettings settings) {
        this.store = store;
        this.powers = powers;
        this.departments = departments;
        this.settings = settings;
    }

    public Analysis analyse(Path file, ReadProgress progress) {
        List<SheetData> sheets = StreamingWorkbookReader.read(file, progress);
        HeaderDetector detector = new HeaderDetector(PowerColumns.fields(), 2, remembered());
        List<HeaderMatch> found = detector.detectAll(sheets).stream().filter(m -> m.has(PowerColumns.NAME)).toList();
        if (found.isEmpty()) {
            throw new ExcelFileException(ExcelFileException.Kind.NO_HEADER, file, null);
        }
        return new Analysis(file, found);
    }

    /** The mapping remembered from the last confirmed import (normalized header text → field). */
    public Map<String, String> remembered() {
        return settings.get(MAPPING_SETTING).map(json -> {
            Map<String, String> m = new LinkedHashMap<>();
            Json.rowOf(json).values().forEach((k, v) -> m.put(k, String.valueOf(v)));
            return m;
        }).orElse(Map.of());
    }

    public void remember(Analysis analysis) {
        Map<String, String> m = new LinkedHashMap<>(remembered());
        analysis.sheets().forEach(s -> m.putAll(s.asRemembered()));
        store.run("powers.import.mapping", uow -> settings.set(uow, MAPPING_SETTING, Json.write(m)));
    }

    public Report importFile(Path file, Options options, ReadProgress progress) {
        return run(analyse(file, progress), options, progress);
    }

    public Report run(Analysis analysis, Options options, ReadProgress progress) {
        PowerPlan plan = new PowerPlan(powers.all(), UnitMatcher.of(departments.all(), LocalDate.now()),
                defaultLevel());
        long total = analysis.sheets().stream().mapToLong(s -> s.sheet().rows().size() - s.firstDataRow()).sum();
        long done = 0;
        for (HeaderMatch sheet : analysis.sheets()) {
            String headerName = HeaderDetector.normalize(sheet.sheet().cell(sheet.headerRow(),
                    sheet.columns().get(PowerColumns.NAME)));
            for (int r = sheet.firstDataRow(); r < sheet.sheet().rows().size(); r++) {
                if (++done % 500 == 0) {
                    progress.checkCancelled();
                    progress.update(done, total * 2);
                }
                if (sheet.sheet().isBlankRow(r) || HeaderDetector.normalize(sheet.value(r, PowerColumns.NAME))
                        .equals(headerName)) {
                    continue;
                }
                plan.add(new PowerRow(sheet, r, plan.departments()));
            }
        }
        List<PowerPlan.Planned> planned = plan.finish();
        List<RowIssue> issues = new ArrayList<>();
        int invalid = 0;
        for (PowerPlan.Planned p : planned) {
            if (!p.synthesized() && !p.row().valid()) {
                invalid++;
                issues.addAll(p.row().issues);
            }
        }
        List<PowerPlan.Planned> valid = planned.stream().filter(p -> p.row().valid() && p.item() != null).toList();
        boolean write = !options.dryRun() && (invalid == 0 || options.skipInvalid()) && !valid.isEmpty();
        int[] counts = new int[3];
        if (write) {
            long base = total;
            store.run("powers.import", uow -> {
                long n = 0;
                for (PowerPlan.Planned p : valid) {
                    UnitOfWork.Outcome o = uow.put(PowerRecords.POWER_ITEM, p.item());
                    counts[o.ordinal()]++;
                    if (++n % 500 == 0) {
                        progress.checkCancelled();
                        progress.update(base + n * total / Math.max(1, valid.size()), base * 2);
                    }
                }
            });
        } else {
            for (PowerPlan.Planned p : valid) {
                counts[p.existing() == null ? 0 : Objects.equals(p.existing(), p.item()) ? 2 : 1]++;
            }
        }
        progress.update(1, 1);
        return new Report(counts[0], counts[1], counts[2], invalid, issues, write);
    }

    /**
     * 实施层级 of a new item whose row gives none: the level of this office (a sub-district's own list is 街道 level),
     * 区 before the office is set.
     */
    OfficeLevel defaultLevel() {
        return settings.get(OfficeSettings.OFFICE_LEVEL).map(OfficeLevel::valueOf).orElse(OfficeLevel.DISTRICT);
    }
}
