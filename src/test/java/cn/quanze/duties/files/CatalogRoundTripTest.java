package cn.quanze.duties.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.org.domain.Department;
import cn.quanze.core.files.ReadProgress;
import cn.quanze.duties.data.DutyRecords;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-table layout goes out to Excel and comes back unchanged; bad rows write nothing. */
class CatalogRoundTripTest {
    @TempDir
    Path dir;

    private static Map<String, Duty> byPower(Workbench wb) {
        return wb.duties().duties().stream().collect(Collectors.toMap(Duty::powerItemId, Function.identity()));
    }

    private static CatalogImport.Report importFile(Workbench wb, Path file, boolean dryRun, boolean skip) {
        return wb.catalogImport().importFile(file, new CatalogImport.Options(dryRun, skip), ReadProgress.NONE);
    }

    @Test
    void everyDepartmentRoundTripsThroughExcel() throws Exception {
        try (Workbench wb = TestWorkbench.withDemo(dir.resolve("data"))) {
            // a sub-item with duties of its own, so some groups are not merged
            String sub = wb.powers().byCode("XK-MZJ-001-02").orElseThrow().id();
            wb.dutyCatalog().save(new Duty("own-sub", sub, List.of(new Duty.StageDuty(DutyStage.ACCEPT,
                    "受理社会团体变更登记申请，材料不齐的一次告知。", "《社会团体登记管理条例》第十八条")), List.of(), null, false));
            java.util.Set<String> active = wb.powers().all().stream().filter(p -> p.isActive()).map(p -> p.id())
                    .collect(Collectors.toSet());
            Map<String, Duty> all = byPower(wb);
            Map<String, Duty> before = all.entrySet().stream().filter(e -> active.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (Department d : wb.departments().all()) {
                Path file = dir.resolve(d.code() + ".xlsx");
                wb.catalogExport().export(d, file);
                CatalogImport.Report dry = importFile(wb, file, true, false);
                assertThat(dry.invalid()).as(d.code()).isZero();
                assertThat(dry.imported() + dry.updated()).as(d.code() + " " + dry.issues()).isZero();
            }
            wb.store().run("test.clear", uow -> all.values().forEach(x -> uow.delete(DutyRecords.DUTY, x.id())));
            assertThat(wb.duties().duties()).isEmpty();
            for (Department d : wb.departments().all()) {
                CatalogImport.Report r = importFile(wb, dir.resolve(d.code() + ".xlsx"), false, false);
                assertThat(r.invalid()).isZero();
            }
            Map<String, Duty> after = byPower(wb);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((power, duty) -> {
                assertThat(after.get(power).stages()).isEqualTo(duty.stages());
                assertThat(after.get(power).cases()).isEqualTo(duty.cases());
            });
            assertThat(wb.dbCheck().run()).isEmpty();
        }
    }

    @Test
    void anInvalidRowWritesNothingUnlessSkipped() throws Exception {
        try (Workbench wb = TestWorkbench.withDemo(dir.resolve("data"))) {
            Department scj = wb.departments().byCode("SCJ").orElseThrow();
            Path file = dir.resolve("scj.xlsx");
            wb.catalogExport().export(scj, file);
            wb.store().run("test.clear", uow -> wb.duties().duties().forEach(x -> uow.delete(DutyRecords.DUTY, x.id())));
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet s = book.getSheetAt(0);
                s.getRow(2).getCell(2).setCellValue("CF-SCJ-999");
                s.getRow(3).getCell(6).setCellValue("受理：没有编号的一行");
                try (OutputStream out = Files.newOutputStream(file)) {
                    book.write(out);
                }
            }
            CatalogImport.Report refused = importFile(wb, file, false, false);
            assertThat(refused.written()).isFalse();
            assertThat(refused.invalid()).isEqualTo(2);
            assertThat(refused.issues()).extracting(i -> i.describe())
                    .anySatisfy(m -> assertThat(m).contains("第 3 行 C 列（项目编码）").contains("CF-SCJ-999"))
                    .anySatisfy(m -> assertThat(m).contains("第 4 行 G 列（责任事项）").contains("无法识别"));
            assertThat(wb.duties().duties()).isEmpty();

            CatalogImport.Report skipped = importFile(wb, file, false, true);
            assertThat(skipped.written()).isTrue();
            assertThat(skipped.imported()).isEqualTo(wb.duties().duties().size()).isPositive();
        }
    }
}
