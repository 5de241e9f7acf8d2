package cn.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quanze db restore} and {@code db backup --out} with bad input: exit 1 (refused input) with a Chinese
 * sentence, never SQLite's English text and never exit 3 (which means the data directory is in use), and the
 * database passes {@code db check} afterwards.
 */
class BackupCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final CliCapture console = new CliCapture();

    private String data() {
        return dir.resolve("data").toString();
    }

    private Path init() {
        assertThat(CliTest.run("--data-dir", data(), "init", "--office-code", "QU", "--office-name", "徐汇区人民政府办公室",
                "--level", "district", "--demo")).isZero();
        Path backup = dir.resolve("b.db");
        assertThat(CliTest.run("--data-dir", data(), "db", "backup", "--out", backup.toString())).isZero();
        return backup;
    }

    /** Exit 1 with a Chinese sentence holding {@code parts}; the database still checks clean. */
    private void refused(String expected, String... command) {
        console.clearErr();
        String[] args = new String[command.length + 2];
        args[0] = "--data-dir";
        args[1] = data();
        System.arraycopy(command, 0, args, 2, command.length);
        int exit = CliTest.run(args);
        String err = console.err();
        assertThat(exit).as(String.join(" ", command) + ": " + err).isEqualTo(QuanzeCommand.FAILED);
        assertThat(err).contains(expected).doesNotContain("SQLITE").doesNotContain("database").doesNotContain("file is")
                .doesNotContain("Exception").doesNotContain("!");
        assertThat(CliTest.run("--data-dir", data(), "db", "check")).isZero();
    }

    @Test
    void filesThatAreNotBackupsExitOneWithAChineseSentence() throws Exception {
        byte[] good = Files.readAllBytes(init());
        byte[] noise = new byte[8192];
        new Random(2).nextBytes(noise);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("random.db", noise);
        files.put("zero.db", new byte[0]);
        files.put("truncated.db", Arrays.copyOf(good, good.length / 2));
        files.put("JD01-to-QU-20261122-0001.qzb", zip());
        files.put("督办台账.xlsx", xlsx());
        for (var f : files.entrySet()) {
            Path p = Files.write(dir.resolve(f.getKey()), f.getValue());
            refused("不是权责工作台的备份文件", "db", "restore", p.toString());
        }
        Path empty = dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
            st.executeUpdate("DROP TABLE t");
        }
        refused("不是权责工作台的备份文件", "db", "restore", empty.toString());
        refused("不是权责工作台的备份文件", "db", "restore", Files.createDirectories(dir.resolve("folder")).toString());
        refused("文件不存在", "db", "restore", dir.resolve("missing.db").toString());
    }

    @Test
    void aTamperedBackupANewerOneAndTheLiveDatabaseAreRefused() throws Exception {
        Path backup = init();
        Path row = Files.copy(backup, dir.resolve("row.db"));
        sql(row, "UPDATE power_item SET name = '改过的事项' WHERE rowid = 3");
        refused("未通过数据库检查", "db", "restore", row.toString());
        Path audit = Files.copy(backup, dir.resolve("audit.db"));
        sql(audit, "UPDATE audit_log SET summary = '{}' WHERE seq = (SELECT MAX(seq) FROM audit_log)");
        refused("审计日志", "db", "restore", audit.toString());
        Path newer = Files.copy(backup, dir.resolve("newer.db"));
        sql(newer, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, installed_on, execution_time, success) VALUES (9999, '999', 'future', 'SQL', "
                + "'V999__future.sql', 0, 'quanze', CURRENT_TIMESTAMP, 1, 1)");
        refused("较新版本", "db", "restore", newer.toString());
        refused("正在使用的数据库", "db", "restore", dir.resolve("data").resolve("quanze.db").toString());
        refused("正在使用的数据库文件", "db", "backup", "--out", dir.resolve("data").resolve("quanze.db").toString());
        refused("是一个文件夹", "db", "backup", "--out", dir.toString());
        assertThat(CliTest.run("--data-dir", data(), "db", "restore", backup.toString())).as("a good backup still restores")
                .isZero();
    }

    private static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            assertThat(st.executeUpdate(statement)).isPositive();
        }
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"1.0\"}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] xlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("督办台账").createRow(0).createCell(0).setCellValue("督办事项");
            book.write(out);
        }
        return out.toByteArray();
    }
}
