package cn.quanze.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.core.db.Json;
import cn.quanze.core.domain.OfficeLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small file must not exhaust memory before any signature check. The test generates sync files of a few MB whose
 * entries expand to gigabytes (deflated zeros; one that stays under the 200:1 ratio cap; ones whose ZIP headers lie
 * about the size; ones correctly signed by the trusted partner, holding more than they declare or declaring more
 * than an import may hold; a manifest that is itself a bomb) and imports them in
 * a child JVM with a 256 MB heap: each is refused with a Chinese message naming the file, never an
 * OutOfMemoryError, and a good file behind them in the sync folder is still imported.
 */
class SyncFileMemoryTest {
    private static final int MIB = 1 << 20;

    @TempDir
    Path tmp;

    @Test
    void bombsAreRefusedWithinA256MbHeapAndTheFolderGoesOn() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("shared"));
        byte[] zeros = new byte[MIB];
        ZipBombs.Entry gigabytes = ZipBombs.repeated("revisions.jsonl", zeros, 2048);
        assertThat(gigabytes.size()).isEqualTo(2L << 30);
        assertThat(gigabytes.compressedSize()).as("2 GiB of zeros in a few MB").isLessThan(4L * MIB);
        ZipBombs.Entry underRatio = ZipBombs.repeated("revisions.jsonl", sprinkled(), 1024);
        long ratio = underRatio.size() / underRatio.compressedSize();
        assertThat(ratio).as("expands 1 GiB, below the 200:1 cap").isBetween(50L, 199L);
        Path street;
        Map<String, byte[]> good;
        byte[] signedHuge;
        try (SyncNode qu = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
             SyncNode jd = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT)) {
            qu.trust(jd);
            jd.trust(qu);
            qu.put(SyncNode.DEPT, SyncNode.department("d1", "D1", "市场监管局"));
            good = SignedFiles.entries(qu.exportTo(jd));
            // a manifest the district really signed, declaring a 1 GiB revisions entry
            signedHuge = unsigned(good, underRatio.size());
            good.put("manifest.sig.huge", java.util.Base64.getEncoder().encode(qu.sync().keys().sign(signedHuge)));
            street = jd.dir;
        }
        byte[] goodLines = good.get("revisions.jsonl");

        // unsigned (a signature that is not the manifest's), honest headers: the ratio alone refuses it
        Path honest = bomb(folder, "0001", unsigned(good, goodLines.length), gigabytes, good);
        // the same, its ZIP directory claiming the small size the manifest lists: refused by the signature
        Path lying = bomb(folder, "0002", unsigned(good, goodLines.length), gigabytes.claiming(goodLines.length), good);
        // below the ratio cap: refused by the signature before its entry is read
        Path under = bomb(folder, "0003", unsigned(good, underRatio.size()), underRatio, good);
        // correctly signed by the trusted district, but the entry holds far more than the signed size
        Path signed = bomb(folder, "0004", good.get("manifest.json"), gigabytes.claiming(goodLines.length), good);
        // signed by the trusted district, declaring more revision lines than an import may hold: refused unread
        Path huge = ZipBombs.write(folder.resolve("QU-to-JD01-20261122-0006.qzb"), List.of(
                ZipBombs.of("manifest.json", signedHuge), ZipBombs.of("manifest.sig", good.get("manifest.sig.huge")),
                underRatio));
        // the manifest itself expands to a gigabyte (read before the signature: within a hard budget)
        Path manifest = ZipBombs.write(folder.resolve("QU-to-JD01-20261122-0005.qzb"), List.of(
                ZipBombs.repeated("manifest.json", zeros, 1024).claiming(1000),
                ZipBombs.of("manifest.sig", good.get("manifest.sig")), ZipBombs.of("revisions.jsonl", goodLines)));
        Path last = ZipBombs.write(folder.resolve("QU-to-JD01-20261122-0009.qzb"), List.of(
                ZipBombs.of("manifest.json", good.get("manifest.json")), ZipBombs.of("manifest.sig", good.get("manifest.sig")),
                ZipBombs.of("revisions.jsonl", goodLines)));
        for (Path f : List.of(honest, lying, under, signed, huge, manifest)) {
            assertThat(Files.size(f)).as("%s is small", f).isLessThan(16L * MIB);
        }

        Result one = child(street, "sync", "import", lying.toString());
        assertThat(one.output()).doesNotContain("OutOfMemoryError").contains(lying.getFileName().toString())
                .contains("已拒绝");
        assertThat(one.exit()).as(one.output()).isEqualTo(1);

        Result pass = child(street, "sync", "folder", folder.toString());
        assertThat(pass.output()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(pass.output()).as("every bomb refused naming its file").contains(
                honest.getFileName() + "”中的条目“revisions.jsonl”压缩比异常",
                lying.getFileName() + "”的签名与 QU 的密钥",
                under.getFileName() + "”的签名与 QU 的密钥",
                signed.getFileName() + "”中的条目“revisions.jsonl”校验值或大小不符",
                huge.getFileName() + "”中的条目“revisions.jsonl”超过允许的大小（64 MB）",
                manifest.getFileName() + "”中的条目“manifest.json”超过允许的大小");
        assertThat(pass.output()).contains("导入 1 个，拒绝 6 个");
        assertThat(folder.resolve("done").resolve(last.getFileName())).exists();
        for (Path f : List.of(honest, lying, under, signed, huge, manifest)) {
            Path reason = folder.resolve("rejected").resolve(f.getFileName() + ".reason.txt");
            assertThat(Files.readString(reason, StandardCharsets.UTF_8)).contains(f.getFileName().toString());
        }
    }

    /** 1 MiB of zeros with a few random bytes every 2 KiB: compresses about 100:1. */
    private static byte[] sprinkled() {
        byte[] block = new byte[MIB];
        Random random = new Random(5);
        for (int at = 0; at < block.length; at += 2048) {
            for (int i = 0; i < 8; i++) {
                block[at + i] = (byte) random.nextInt();
            }
        }
        return block;
    }

    /** The good manifest listing a revisions entry of {@code size} bytes, with the good file's signature. */
    private static byte[] unsigned(Map<String, byte[]> good, long size) throws IOException {
        ObjectNode m = (ObjectNode) Json.MAPPER.readTree(good.get("manifest.json"));
        ((ObjectNode) m.get("entries").get(0)).put("size", size);
        ((ObjectNode) m.get("entries").get(0)).put("sha256", "0".repeat(64));
        m.put("bundleId", m.get("bundleId").asText() + "-bomb");
        return Json.MAPPER.writeValueAsBytes(m);
    }

    private static Path bomb(Path folder, String n, byte[] manifest, ZipBombs.Entry lines, Map<String, byte[]> good)
            throws IOException {
        return ZipBombs.write(folder.resolve("QU-to-JD01-20261122-" + n + ".qzb"), List.of(
                ZipBombs.of("manifest.json", manifest), ZipBombs.of("manifest.sig", good.get("manifest.sig")), lines));
    }

    private record Result(int exit, String output) {
    }

    /** Runs a command in a child JVM with a 256 MB heap and the test class path, in Chinese. */
    private static Result child(Path data, String... command) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "cn.quanze.Launcher",
                "--data-dir", data.toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("QUANZE_LANG", "zh");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
