package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sub-district office's first day from the command line, without demo data: init, its own unit list, then
 * its own power list (实施主体 the office itself, one row naming a unit by an alias) and its supervision ledger
 * (牵头单位 城运中心) import without an error.
 */
class UnitsCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture io = new CliCapture();

    @BeforeEach
    void init() {
        assertThat(run("init", "--office-code", "JD01", "--office-name", "天平路街道办事处", "--level", "subdistrict"))
                .isZero();
        io.clear();
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("d").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(all);
    }

    /** A fixture copied out of the test resources (the file name appears in messages). */
    private Path fixture(String name) throws Exception {
        Path target = dir.resolve(name);
        try (var in = UnitsCliTest.class.getResourceAsStream("/org/" + name)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> json(String out) throws Exception {
        return Json.MAPPER.readValue(out, List.class);
    }

    @Test
    void initMakesTheOfficeItselfAUnit() throws Exception {
        assertThat(run("units", "list", "--format", "json")).isZero();
        List<Map<String, Object>> units = json(io.take());
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u).containsEntry("code", "JD01").containsEntry("name", "天平路街道办事处")
                    .containsEntry("kind", "OFFICE").containsEntry("demo", false);
        });
    }

    @Test
    void freshOfficeImportsItsUnitsThenItsPowerListAndLedger() throws Exception {
        assertThat(run("units", "import", fixture("tianpinglu-units.xlsx").toString(), "--dry-run")).isZero();
        assertThat(io.out()).contains("新增 14 个单位，修改 1 个").contains("新增 城市运行管理中心（JD01-CYZX）")
                .contains("试运行");
        io.clear();
        assertThat(run("units", "list", "--format", "json")).isZero();
        assertThat(json(io.take())).hasSize(1);

        assertThat(run("units", "import", fixture("tianpinglu-units.xlsx").toString())).isZero();
        assertThat(io.take()).contains("新增 14 个单位，修改 1 个，无变化 0 个");
        assertThat(run("units", "list")).isZero();
        String table = io.take();
        assertThat(table).contains("天平路街道办事处").contains("  城市运行管理中心").contains("社区（村）");
        assertThat(run("units", "list", "--format", "json")).isZero();
        List<Map<String, Object>> units = json(io.take());
        assertThat(units).hasSize(15);
        assertThat(units.get(0)).containsEntry("code", "JD01").containsEntry("shortName", "天平路街道");
        assertThat(units).filteredOn(u -> "JD01-CYZX".equals(u.get("code"))).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("parentCode", "JD01").containsEntry("kind", "CENTER")
                        .containsEntry("aliases", List.of("网格化管理中心", "城运分中心")));

        io.clearErr();
        assertThat(run("powers", "import", fixture("tianpinglu-powers.xlsx").toString())).isZero();
        assertThat(io.err()).isEmpty();
        assertThat(io.take()).contains("新增 5");
        assertThat(run("powers", "list", "--format", "json")).isZero();
        List<Map<String, Object>> powers = json(io.take());
        assertThat(powers).hasSize(5).allSatisfy(p -> assertThat(p).containsEntry("level", "SUBDISTRICT"));
        assertThat(powers).filteredOn(p -> "QR-JD01-001".equals(p.get("code"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("departmentCode", "JD01"));
        // 街道管理办 is an alias of 社区管理办公室, 城管执法中队 one of 综合行政执法队
        assertThat(powers).filteredOn(p -> "JC-JD01-002".equals(p.get("code"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("departmentCode", "JD01-GLB"));
        assertThat(powers).filteredOn(p -> "CF-JD01-001".equals(p.get("code"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("departmentCode", "JD01-ZFD"));

        assertThat(run("supervision", "import", fixture("tianpinglu-ledger.xlsx").toString())).isZero();
        assertThat(io.err()).isEmpty();
        assertThat(run("db", "check")).isZero();
    }

    @Test
    void beforeTheUnitListTheLedgerNamesWhatItCannotFind() throws Exception {
        io.clearErr();
        assertThat(run("supervision", "import", fixture("tianpinglu-ledger.xlsx").toString())).isEqualTo(1);
        assertThat(io.err()).contains("tianpinglu-ledger.xlsx").contains("第 3 行").contains("城运中心");
    }

    @Test
    void addRetireAndMergeFromTheCommandLine() throws Exception {
        assertThat(run("units", "add", "--code", "JD01-WMB", "--name", "精神文明建设办公室", "--short", "文明办",
                "--kind", "内设科室", "--parent", "JD01", "--alias", "街道文明办")).isZero();
        assertThat(io.take()).contains("已添加单位 精神文明建设办公室（JD01-WMB，内设科室）");
        assertThat(run("units", "add", "--code", "JD01-DQB", "--name", "社区党群办公室", "--kind", "科室", "--parent",
                "JD01")).isZero();
        io.clearErr();
        assertThat(run("units", "add", "--code", "jd01-wmb", "--name", "重复", "--parent", "JD01")).isEqualTo(1);
        assertThat(io.err()).contains("编码“jd01-wmb”已被“精神文明建设办公室”使用");
        io.clearErr();
        assertThat(run("units", "add", "--code", "X1", "--name", "某单位", "--kind", "司局")).isEqualTo(2);
        assertThat(io.err()).contains("类别“司局”无法识别");

        io.clearErr();
        assertThat(run("units", "retire", "JD01")).isEqualTo(1);
        assertThat(io.err()).contains("“天平路街道办事处”是本单位，不能撤销");

        assertThat(run("units", "merge", "JD01-WMB", "JD01-DQB")).isZero();
        assertThat(io.take()).contains("已把 精神文明建设办公室（JD01-WMB） 并入 社区党群办公室（JD01-DQB）");
        assertThat(run("units", "list", "--format", "json")).isZero();
        List<Map<String, Object>> units = json(io.take());
        assertThat(units).filteredOn(u -> "JD01-DQB".equals(u.get("code"))).singleElement()
                .satisfies(u -> assertThat(u.get("aliases")).isEqualTo(List.of("精神文明建设办公室", "文明办", "街道文明办")));
        assertThat(units).filteredOn(u -> "JD01-WMB".equals(u.get("code"))).singleElement()
                .satisfies(u -> assertThat(u.get("retiredOn")).isEqualTo(java.time.LocalDate.now().toString()));

        assertThat(run("units", "retire", "JD01-DQB", "--date", "2026-12-31")).isZero();
        assertThat(io.take()).contains("已撤销 社区党群办公室（JD01-DQB），撤销日期 2026-12-31");
        io.clearErr();
        assertThat(run("units", "retire", "JD01-DQB", "--date", "31.12.2026")).isEqualTo(2);
        assertThat(io.err()).contains("日期“31.12.2026”无效");
    }

    @Test
    void exportImportsBackUnchanged() throws Exception {
        run("units", "import", fixture("tianpinglu-units.xlsx").toString());
        Path out = dir.resolve("导出.xlsx");
        assertThat(run("units", "export", out.toString())).isZero();
        assertThat(io.take()).contains("已导出 15 个单位");
        assertThat(run("units", "import", out.toString(), "--dry-run")).isZero();
        assertThat(io.take()).contains("新增 0 个单位，修改 0 个，无变化 15 个");
        assertThat(run("units", "list", "--format", "csv")).isZero();
        assertThat(io.take()).startsWith("编码,名称,简称,别名,类别,上级单位,排序,电话,负责人,撤销日期")
                .contains("JD01-CYZX,城市运行管理中心,城运中心,网格化管理中心、城运分中心,中心,天平路街道办事处,8,021-64370108,,");
    }
}
