package cn.quanze.sync;

import cn.quanze.sync.data.BundleReader;
import cn.quanze.sync.data.ImportReport;
import cn.quanze.sync.data.BundleImporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every forged, damaged or hostile sync file is refused with a reason naming the file, and nothing changes. */
class HostileFileTest {
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
        for (int i = 0; i < 30; i++) {
            district.put(SyncNode.DEPT, SyncNode.department("d" + i, "D" + i, "部门" + i));
            district.put(SyncNode.ITEM, SyncNode.item("i" + i, "督办事项" + i));
        }
        good = district.exportTo(street);
    }

    @AfterEach
    void tearDown() {
        district.close();
        street.close();
    }

    private void refused(Path file, String key) {
        String before = street.fullDump();
        assertThatThrownBy(() -> street.importFile(file)).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.reason()).contains(file.getFileName().toString()).doesNotContain("!");
        });
        assertThat(street.fullDump()).isEqualTo(before);
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] b = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.qzb");
        Files.write(cut, java.util.Arrays.copyOf(b, b.length / 2));
        refused(cut, "sync.refused.notZip");
    }

    @Test
    void everyFlippedBitIsRefused() throws IOException {
        byte[] b = Files.readAllBytes(good);
        Random rnd = new Random(7);
        int refused = 0;
        int harmless = 0;
        for (int i = 0; i < 40; i++) {
            byte[] copy = b.clone();
            int at = rnd.nextInt(copy.length);
            copy[at] ^= (byte) (1 << rnd.nextInt(8));
            Path f = tmp.resolve("flip" + i + ".qzb");
            Files.write(f, copy);
            String before = street.fullDump();
            try {
                ImportReport r = street.importFile(f);
                // a flip in a part nothing reads (e.g. a timestamp in a ZIP header) may pass: then it imports the
                // original content unchanged
                assertThat(r.status()).isIn(ImportReport.Status.APPLIED, ImportReport.Status.ALREADY_IMPORTED);
                assertThat(street.dump()).isEqualTo(district.dump());
                harmless++;
            } catch (SyncException e) {
                assertThat(e.reason()).contains(f.getFileName().toString());
                assertThat(street.fullDump()).isEqualTo(before);
                refused++;
            }
        }
        // every one of the 40 flips was tried; nearly all land in signed or checksummed bytes and are refused
        assertThat(refused + harmless).isEqualTo(40);
        assertThat(refused).isGreaterThanOrEqualTo(30);
    }

    @Test
    void zipSlipNamesAreRefused() throws IOException {
        Path f = rewrite("slip.qzb", m -> m.put("../evil.txt", new byte[] {1}), false);
        refused(f, "sync.refused.badEntryName");
        Path abs = rewrite("abs.qzb", m -> m.put("/etc/passwd", new byte[] {1}), false);
        refused(abs, "sync.refused.badEntryName");
    }

    @Test
    void duplicateEntryNamesAreRefused() throws IOException {
        Path f = rewrite("dup.qzb", m -> m.put("revisions.jsonX", m.get("revisions.jsonl")), false);
        byte[] b = Files.readAllBytes(f);
        byte[] from = "revisions.jsonX".getBytes(StandardCharsets.US_ASCII);
        byte[] to = "revisions.jsonl".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, b, i, to.length);
            }
        }
        Files.write(f, b);
        refused(f, "sync.refused.duplicateEntry");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path f = rewrite("bomb.qzb", m -> m.put("revisions.jsonl", new byte[60 << 20]), false);
        refused(f, "sync.refused.ratio");
    }

    @Test
    void newerMajorFormatAsksForAnUpgrade() throws IOException {
        Path f = rewrite("new.qzb", m -> m.put("manifest.json", manifest(m, n -> n.put("format", "2.0"))), false);
        refused(f, "sync.refused.newerFormat");
        assertThatThrownBy(() -> street.importFile(f)).hasMessageContaining("sync.refused.newerFormat");
    }

    @Test
    void aManifestMissingTheSendersNameIsRefusedAsDamaged() throws IOException {
        // a flipped bit in a field name drops the field: refused as a damaged manifest, never a crash
        Path f = rewrite("noname.qzb", m -> m.put("manifest.json", manifest(m,
                n -> ((ObjectNode) n.get("sender")).remove("officeName"))), false);
        refused(f, "sync.refused.badManifest");
    }

    @Test
    void alteredContentFailsItsHashAndAlteredManifestFailsTheSignature() throws IOException {
        Path content = rewrite("alter.qzb", m -> m.put("revisions.jsonl",
                new String(m.get("revisions.jsonl"), StandardCharsets.UTF_8).replace("部门1", "部门X")
                        .getBytes(StandardCharsets.UTF_8)), false);
        refused(content, "sync.refused.hashMismatch");
        Path forged = rewrite("forged.qzb", m -> {
            byte[] lines = new String(m.get("revisions.jsonl"), StandardCharsets.UTF_8).replace("部门1", "部门X")
                    .getBytes(StandardCharsets.UTF_8);
            m.put("revisions.jsonl", lines);
            m.put("manifest.json", manifest(m, n -> {
                ObjectNode e = (ObjectNode) n.get("entries").get(0);
                e.put("sha256", BundleReader.sha256(lines));
                e.put("size", lines.length);
            }));
        }, false);
        refused(forged, "sync.refused.badSignature");
    }

    @Test
    void schemaViolationsAreRefusedEvenWhenSigned() throws IOException {
        Path f = rewrite("schema.qzb", m -> m.put("revisions.jsonl",
                new String(m.get("revisions.jsonl"), StandardCharsets.UTF_8).replace("\"entity\":\"department\"",
                        "\"entity\":\"node_setting\"").getBytes(StandardCharsets.UTF_8)), true);
        refused(f, "sync.refused.badLine");
    }

    @Test
    void fileForAnotherOfficeIsRefused() throws IOException {
        Path f = rewrite("target.qzb", m -> m.put("manifest.json", manifest(m, n -> n.put("targetOffice", "JD99"))), true);
        refused(f, "sync.refused.wrongTarget");
    }

    @Test
    void exceptionAtAnyPointOfAnImportLeavesTheDatabaseUnchanged() {
        String before = street.fullDump();
        for (String point : new String[] {"read", "trusted", "revision", "applied", "recorded", "commit"}) {
            BundleImporter importer = street.sync().importer();
            importer.faultPoint(p -> {
                if (p.equals(point)) {
                    throw new IllegalStateException("injected at " + p);
                }
            });
            assertThatThrownBy(() -> importer.importFile(good, street.sync().self(), false))
                    .hasMessageContaining("injected at " + point);
            assertThat(street.fullDump()).as(point).isEqualTo(before);
        }
        Random rnd = new Random(11);
        for (int round = 0; round < 8; round++) {
            int k = 1 + rnd.nextInt(60);
            int[] calls = {0};
            BundleImporter importer = street.sync().importer();
            importer.faultPoint(p -> {
                if (++calls[0] == k) {
                    throw new IllegalStateException("injected at call " + k);
                }
            });
            assertThatThrownBy(() -> importer.importFile(good, street.sync().self(), false))
                    .hasMessageContaining("injected");
            assertThat(street.fullDump()).as("call " + k).isEqualTo(before);
        }
        assertThat(street.importFile(good).status()).isEqualTo(ImportReport.Status.APPLIED);
        assertThat(street.dump()).isEqualTo(district.dump());
    }

    private byte[] manifest(Map<String, byte[]> m, Consumer<ObjectNode> edit) {
        try {
            ObjectNode n = (ObjectNode) Json.MAPPER.readTree(m.get("manifest.json"));
            edit.accept(n);
            return Json.MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites the good file's entries; with {@code resign}, fixes the hashes and signs with the sender's key. */
    private Path rewrite(String name, Consumer<Map<String, byte[]>> edit, boolean resign) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(good.toFile())) {
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        edit.accept(entries);
        if (resign) {
            byte[] lines = entries.get("revisions.jsonl");
            entries.put("manifest.json", manifest(entries, n -> {
                ObjectNode e = (ObjectNode) n.get("entries").get(0);
                e.put("sha256", BundleReader.sha256(lines));
                e.put("size", lines.length);
            }));
            entries.put("manifest.sig", Base64.getEncoder().encode(district.sync().keys().sign(entries.get("manifest.json"))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Path f = tmp.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }
}
