package cn.quanze.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.SyncFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never blocks the sync folder: every file a pass cannot import, whatever the reason (a damaged
 * file, a record this database refuses, an error nobody foresaw), goes to rejected/ with a Chinese reason file
 * beside it, and the pass goes on to the good file behind it.
 */
class SyncFolderRejectTest {
    @TempDir
    Path tmp;
    SyncNode district;
    SyncNode street;

    @BeforeEach
    void setUp() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
        street = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT);
        district.trust(street);
        street.trust(district);
    }

    @AfterEach
    void tearDown() {
        district.close();
        street.close();
    }

    @Test
    void badFilesBeforeAGoodOneAreRejectedWithReasonsAndTheGoodOneIsImported() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("shared"));
        district.put(SyncNode.DEPT, SyncNode.department("d1", "D1", "市场监管局"));
        Path good = district.export(street, folder.resolve("QU-to-JD01-20261122-0009.qzb"));
        // an error nobody foresaw, on the first file that gets as far as reading its records
        Path failing = Files.copy(good, folder.resolve("QU-to-JD01-20261122-0001.qzb"));
        AtomicBoolean fail = new AtomicBoolean(true);
        street.sync().faultPoint(point -> {
            if (point.equals("read") && fail.getAndSet(false)) {
                throw new IllegalStateException("disk controller hiccup");
            }
        });
        Path damaged = folder.resolve("QU-to-JD01-20261122-0002.qzb");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(damaged, noise);
        // a record this database refuses: a unit code another unit here already has
        street.put(SyncNode.DEPT, SyncNode.department("local", "JD-A", "本街道的科室"));
        Path clash = SignedFiles.rewrite(good, folder.resolve("QU-to-JD01-20261122-0003.qzb"), district,
                lines -> SignedFiles.editData(SignedFiles.line(lines, "department", "d1"), d -> d.put("code", "JD-A")));

        SyncFolder.Pass pass = street.sync().folder().pass(folder);

        assertThat(pass.imported()).hasSize(1);
        assertThat(street.get(SyncNode.DEPT, "d1").name()).isEqualTo("市场监管局");
        assertThat(folder.resolve("done").resolve(good.getFileName())).exists();
        assertThat(pass.refused()).hasSize(3);
        for (Path f : List.of(failing, damaged, clash)) {
            assertThat(f).doesNotExist();
            assertThat(folder.resolve("rejected").resolve(f.getFileName())).exists();
            String reason = Files.readString(folder.resolve("rejected").resolve(f.getFileName() + ".reason.txt"),
                    StandardCharsets.UTF_8);
            assertThat(reason).contains(f.getFileName().toString()).doesNotContain("!").doesNotContain("Exception")
                    .doesNotContain("hiccup").doesNotContain("UNIQUE");
        }
        assertThat(reason(folder, failing)).contains("意外错误").contains("未写入任何数据");
        assertThat(reason(folder, damaged)).contains("已损坏");
        assertThat(reason(folder, clash)).contains("编码（code）").contains("JD-A").contains("重复");

        SyncFolder.Pass again = street.sync().folder().pass(folder);
        assertThat(again.imported()).as("nothing left to import").isEmpty();
        assertThat(again.refused()).as("the rejected files are not tried again").isEmpty();
        assertThat(street.check()).isEmpty();
    }

    private static String reason(Path folder, Path file) throws IOException {
        return Files.readString(folder.resolve("rejected").resolve(file.getFileName() + ".reason.txt"),
                StandardCharsets.UTF_8);
    }
}
