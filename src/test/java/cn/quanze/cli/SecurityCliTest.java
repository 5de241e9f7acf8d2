package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Role;
import cn.quanze.core.db.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** quanze db backup / restore, --user, and a damaged database from the command line. */
class SecurityCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture console = new CliCapture();

    private String data() {
        return dir.resolve("data").toString();
    }

    private int init() {
        return CliTest.run("--data-dir", data(), "init", "--office-code", "QU", "--office-name", "徐汇区人民政府办公室",
                "--level", "district", "--demo");
    }

    @Test
    void backupThenRestoreFromTheCommandLineShowsCountsAndANewNodeId() throws Exception {
        assertThat(init()).isZero();
        Path backup = dir.resolve("b.db");
        assertThat(CliTest.run("--data-dir", data(), "db", "backup", "--out", backup.toString())).isZero();
        assertThat(console.out()).contains("已备份到").contains("power_item=70");
        String node;
        try (Workbench wb = TestWorkbench.open(dir.resolve("data"))) {
            node = wb.store().nodeId();
            wb.demoData().remove();
        }
        assertThat(CliTest.run("--data-dir", data(), "db", "restore", backup.toString())).isZero();
        String printed = console.out();
        assertThat(printed).contains("已从").contains("新的同步节点编号").doesNotContain(node);
        try (Workbench wb = TestWorkbench.open(dir.resolve("data"))) {
            long powers = wb.store().read(c -> Sql.count(c, "SELECT COUNT(*) FROM power_item"));
            assertThat(powers).isEqualTo(70);
            assertThat(wb.store().nodeId()).isNotEqualTo(node);
        }
        assertThat(CliTest.run("--data-dir", data(), "db", "check")).isZero();
    }

    @Test
    void aDamagedDatabaseGivesExitThreeWithAChineseSentenceAndRestoreRepairsIt() throws Exception {
        assertThat(init()).isZero();
        Path backup = dir.resolve("b.db");
        CliTest.run("--data-dir", data(), "db", "backup", "--out", backup.toString());
        Files.write(dir.resolve("data/quanze.db"), "garbage".repeat(4000).getBytes(StandardCharsets.UTF_8));
        assertThat(CliTest.run("--data-dir", data(), "db", "check")).isEqualTo(QuanzeCommand.UNAVAILABLE);
        String message = console.err();
        assertThat(message).contains("已损坏").contains("quanze db restore").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliTest.run("--data-dir", data(), "db", "restore", backup.toString())).isZero();
        assertThat(console.out()).contains("无法打开的数据库已移到");
        assertThat(CliTest.run("--data-dir", data(), "db", "check")).isZero();
    }

    @Test
    void withUserTheCommandSignsInAndTheRoleDecides() throws Exception {
        assertThat(init()).isZero();
        try (Workbench wb = TestWorkbench.open(dir.resolve("data"))) {
            wb.users().create("leader", "领导", null, Role.READ_ONLY, "leader2026".toCharArray());
        }
        // no QUANZE_PASSWORD and no console in tests: refused with a sentence, exit 1
        assertThat(CliTest.run("--data-dir", data(), "--user", "leader", "db", "backup", "--out",
                dir.resolve("x.db").toString())).isEqualTo(QuanzeCommand.FAILED);
        assertThat(console.err()).contains("QUANZE_PASSWORD");
        assertThat(dir.resolve("x.db")).doesNotExist();
    }
}
