package cn.quanze.sync;

import cn.quanze.core.db.Json;
import cn.quanze.sync.data.BundleReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Sync files as a trusted partner on another version (or a broken one) might send them: a good export's revision
 * lines rewritten, the manifest's hash, size and count fixed, and the manifest signed again with the sender's
 * own key, so that only the checks of the records themselves can refuse them.
 */
final class SignedFiles {
    private SignedFiles() {
    }

    /** Rewrites the revision lines of {@code good} into {@code out}, signed with {@code sender}'s key. */
    static Path rewrite(Path good, Path out, SyncNode sender, Consumer<List<ObjectNode>> edit) {
        try {
            Map<String, byte[]> entries = entries(good);
            List<ObjectNode> lines = new ArrayList<>();
            for (String l : new String(entries.get("revisions.jsonl"), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isEmpty()) {
                    lines.add((ObjectNode) Json.MAPPER.readTree(l));
                }
            }
            edit.accept(lines);
            StringBuilder sb = new StringBuilder();
            for (ObjectNode l : lines) {
                sb.append(Json.MAPPER.writeValueAsString(l)).append('\n');
            }
            byte[] revisions = sb.toString().getBytes(StandardCharsets.UTF_8);
            entries.put("revisions.jsonl", revisions);
            ObjectNode m = (ObjectNode) Json.MAPPER.readTree(entries.get("manifest.json"));
            for (var e : m.get("entries")) {
                if (e.get("name").asText().equals("revisions.jsonl")) {
                    ((ObjectNode) e).put("sha256", BundleReader.sha256(revisions));
                    ((ObjectNode) e).put("size", revisions.length);
                }
            }
            ((ObjectNode) m.get("counts")).put("revisions", lines.size());
            byte[] manifest = Json.MAPPER.writeValueAsBytes(m);
            entries.put("manifest.json", manifest);
            entries.put("manifest.sig", Base64.getEncoder().encode(sender.sync().keys().sign(manifest)));
            return write(out, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of one record (its first revision in the file). */
    static ObjectNode line(List<ObjectNode> lines, String entity, String record) {
        return lines.stream().filter(l -> l.get("entity").asText().equals(entity) && l.get("record").asText()
                .equals(record)).findFirst().orElseThrow(() -> new AssertionError("no line for " + entity + "/" + record));
    }

    /** Edits a line's row (kept canonical: sorted keys, as the change log writes it). */
    static void editData(ObjectNode line, Consumer<Map<String, Object>> edit) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = new TreeMap<>(Json.MAPPER.readValue(line.get("data").asText(), Map.class));
            edit.accept(data);
            line.put("data", Json.write(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    static Path write(Path out, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(out, bytes.toByteArray());
        return out;
    }
}
