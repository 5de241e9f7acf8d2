package cn.quanze.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.sync.data.ImportReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trusted partner's file cannot poison the registers: a correctly signed file whose records carry values this
 * version cannot read is refused as a whole, naming the file, the record, the field and the value, and the
 * receiving database is unchanged. One test per kind of field.
 */
class PartnerRecordsTest {
    @TempDir
    Path tmp;
    SyncNode district;
    SyncNode street;
    Path good;

    @BeforeEach
    void setUp() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
        street = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT);
        district.trust(street);
        street.trust(district);
        district.put(SyncNode.DEPT, SyncNode.department("d1", "D1", "市场监管局"));
        district.put(PowerRecords.POWER_ITEM, new PowerItem("p1", "XK-001", "食品经营许可", PowerType.LICENSING, null, "d1",
                null, null, 20, 10, null, List.of(new PowerItem.LegalBasis("《食品安全法》", "第三十五条", null)), List.of(),
                List.of(new PowerItem.ProcessStep("受理", "窗口", 1)), null, PowerStatus.ACTIVE, null, false));
        district.put(SyncNode.ITEM, SyncNode.item("i1", "背街小巷整治"));
        good = district.exportTo(street);
    }

    @AfterEach
    void tearDown() {
        district.close();
        street.close();
    }

    /** The good file with one field of one record changed, signed by the district as its own. */
    private Path forged(String name, String entity, String record, Consumer<Map<String, Object>> edit) {
        return SignedFiles.rewrite(good, tmp.resolve("QU-to-JD01-" + name + ".qzb"), district,
                lines -> SignedFiles.editData(SignedFiles.line(lines, entity, record), edit));
    }

    /** Refused with this key, naming the file and the given parts; nothing in the database changed. */
    private SyncException refused(Path file, String key, String... parts) {
        String before = street.fullDump();
        SyncException[] thrown = new SyncException[1];
        assertThatThrownBy(() -> street.importFile(file)).isInstanceOfSatisfying(SyncException.class, e -> {
            thrown[0] = e;
            assertThat(e.key()).as(e.reason()).isEqualTo(key);
            assertThat(e.reason()).contains(file.getFileName().toString()).contains(parts).doesNotContain("!")
                    .doesNotContain("Exception").doesNotContain("constraint");
        });
        assertThat(street.fullDump()).isEqualTo(before);
        return thrown[0];
    }

    @Test
    void anUnknownPowerTypeAsksForAnUpgrade() {
        Path f = forged("type", "power_item", "p1", d -> d.put("type", "NEWTYPE"));
        refused(f, "sync.refused.unknownValue", "权力事项", "p1", "职权类型（type）", "NEWTYPE", "对方使用的版本较新（格式 1.0）",
                "请升级本机后再导入");
        assertThat(street.importFile(good).status()).as("the good file still imports").isEqualTo(ImportReport.Status.APPLIED);
    }

    @Test
    void anUnknownPowerStatusAsksForAnUpgrade() {
        refused(forged("status", "power_item", "p1", d -> d.put("status", "ARCHIVED")), "sync.refused.unknownValue",
                "状态（status）", "ARCHIVED", "请升级本机后再导入");
    }

    @Test
    void anUnknownUnitKindAsksForAnUpgrade() {
        refused(forged("kind", "department", "d1", d -> d.put("kind", "COMMITTEE")), "sync.refused.unknownValue",
                "部门", "d1", "类别（kind）", "COMMITTEE", "请升级本机后再导入");
    }

    @Test
    void anUnknownSupervisionStateAsksForAnUpgrade() {
        refused(forged("state", "supervision_item", "i1", d -> d.put("state", "ESCALATED")), "sync.refused.unknownValue",
                "督办事项", "i1", "状态（state）", "ESCALATED", "请升级本机后再导入");
    }

    @Test
    void textInANumberFieldIsRefused() {
        refused(forged("days", "power_item", "p1", d -> d.put("legal_limit_days", "twenty")), "sync.refused.notNumber",
                "法定时限（legal_limit_days）", "twenty");
        refused(forged("progress", "supervision_item", "i1", d -> d.put("progress", "twenty")), "sync.refused.notNumber",
                "进度（progress）", "twenty");
        refused(forged("digits", "supervision_item", "i1", d -> d.put("progress", "20")), "sync.refused.notNumber",
                "进度（progress）", "20");
    }

    @Test
    void aBadDateIsRefused() {
        refused(forged("date", "supervision_item", "i1", d -> d.put("deadline", "tomorrow")), "sync.refused.notDate",
                "办结时限（deadline）", "tomorrow");
    }

    @Test
    void aJsonColumnThatIsNotJsonIsRefused() {
        refused(forged("json", "power_item", "p1", d -> d.put("bases", "{not json")), "sync.refused.notJson",
                "实施依据（bases）", "{not json");
        refused(forged("shape", "power_item", "p1", d -> d.put("steps", "42")), "sync.refused.notJson", "运行流程（steps）", "42");
    }

    @Test
    void aNumberWhereANameIsExpectedIsRefused() {
        refused(forged("name", "department", "d1", d -> d.put("name", 123)), "sync.refused.notText", "名称（name）",
                "123");
    }

    @Test
    void aNullRequiredNameIsRefused() {
        refused(forged("null", "department", "d1", d -> d.put("name", null)), "sync.refused.required", "部门", "d1",
                "名称（name）");
        refused(forged("nulltype", "power_item", "p1", d -> d.put("type", null)), "sync.refused.required", "职权类型（type）");
    }

    @Test
    void aReusedSequenceNumberOfTheSenderIsRefused() {
        Path f = SignedFiles.rewrite(good, tmp.resolve("QU-to-JD01-seq.qzb"), district, lines -> {
            ObjectNode copy = SignedFiles.line(lines, "department", "d1").deepCopy();
            copy.put("rev", copy.get("rev").asText() + "x");
            copy.put("record", "d2");
            SignedFiles.editData(copy, d -> {
                d.put("id", "d2");
                d.put("code", "D2");
            });
            lines.add(copy);
        });
        refused(f, "sync.refused.reusedSeq", "第 4 条修订", "序号");
    }

    @Test
    void aCodeAnotherUnitHereAlreadyUsesIsRefusedByNameNotByTheDatabase() {
        street.put(SyncNode.DEPT, SyncNode.department("local", "D1", "本街道的科室"));
        refused(good, "sync.refused.unique", "部门", "d1", "编码（code）", "D1");
    }

    @Test
    void theCommandLineExitsOneWithTheChineseSentenceForARefusedRecord() {
        Path f = forged("cli", "department", "d1", d -> d.put("kind", "COMMITTEE"));
        street.put(SyncNode.DEPT, SyncNode.department("local", "D1", "本街道的科室"));
        street.close();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(cn.quanze.cli.CliTest.run("--data-dir", street.dir.toString(), "sync", "import", f.toString()))
                    .isEqualTo(1);
            assertThat(captured.toString(StandardCharsets.UTF_8)).contains(f.getFileName().toString())
                    .contains("COMMITTEE").contains("请升级本机后再导入");
            captured.reset();
            assertThat(cn.quanze.cli.CliTest.run("--data-dir", street.dir.toString(), "sync", "import", good.toString()))
                    .as("a unique code taken here: exit 1 (refused input), not 3").isEqualTo(1);
            assertThat(captured.toString(StandardCharsets.UTF_8)).contains(good.getFileName().toString())
                    .contains("重复").doesNotContain("UNIQUE").doesNotContain("SQLITE");
        } finally {
            System.setErr(err);
            street.open();
        }
    }
}
