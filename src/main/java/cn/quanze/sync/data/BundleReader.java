package cn.quanze.sync.data;

import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import cn.quanze.core.db.Schema;
import cn.quanze.sync.Manifest;
import cn.quanze.sync.SyncException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a sync file in two steps so that a hostile file costs neither memory nor time before its signature is
 * checked. {@link #open} reads only the ZIP directory (entry count, names, duplicates, declared sizes and
 * compression ratios) and the manifest and its signature, each within a small hard budget. The caller then checks
 * the signature with the sender's trusted key, and only then {@link Opened#read} streams the other entries, each
 * within the size the signed manifest declares (and the limits), whatever the ZIP headers claim: revision lines
 * are parsed and checked as they arrive ({@link BundleLines}), attachments go to staged files on disk. Every
 * failure is a {@link SyncException}.
 */
public final class BundleReader {
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String REVISIONS = "revisions.jsonl";
    static final String ATTACHMENTS = "attachments/";
    private static final Pattern ATTACHMENT = Pattern.compile("attachments/[0-9a-f]{64}");
    private static final long MAX_SIGNATURE_BYTES = 4096;
    private static final long RATIO_FLOOR = 1L << 20;

    /**
     * Limits against hostile files: the file on disk, all entries together (attachments are staged on disk), the
     * entry count, the compression ratio, the manifest, the revision lines and one line. Parsed revisions take
     * about 2.2 times their lines' bytes on the heap, so the 64 MB of lines (some 170,000 small revisions) bound an
     * import's heap at about 150 MB plus the import's own work, whatever the file.
     */
    record Limits(long maxFileBytes, long maxTotalBytes, int maxEntries, long maxRatio, long maxManifestBytes,
                  long maxRevisionBytes, int maxLineBytes) {
        static final Limits DEFAULT = new Limits(512L << 20, 2L << 30, 50_000, 200, 8L << 20, 64L << 20, 4 << 20);
    }

    /** A checked sync file: its revisions in memory, its attachments as staged files (sha256 → file). */
    record Bundle(String fileName, Manifest manifest, byte[] manifestBytes, byte[] signature, List<Revision> revisions,
                  Map<String, Path> attachments) {
        /** Deletes the staged attachment files that were not moved into place. */
        void discard() {
            attachments.values().forEach(BundleReader::deleteQuietly);
        }
    }

    private BundleReader() {
    }

    /** Opens the file and reads its directory, manifest and signature; nothing else is read yet. */
    static Opened open(Path file, Limits limits) {
        String name = file.getFileName().toString();
        ZipFile zip = null;
        try {
            if (!Files.isRegularFile(file)) {
                throw new SyncException("sync.refused.notFound", name);
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new SyncException("sync.refused.tooLarge", name, limits.maxFileBytes() >> 20);
            }
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            Opened opened = new Opened(name, zip, limits);
            opened.readDirectory();
            return opened;
        } catch (ZipException e) {
            closeQuietly(zip);
            throw new SyncException("sync.refused.notZip", name);
        } catch (IOException e) {
            closeQuietly(zip);
            throw new SyncException("sync.refused.unreadable", name, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** An open sync file whose directory, manifest and signature have been read. */
    static final class Opened implements AutoCloseable {
        private final String name;
        private final ZipFile zip;
        private final Limits limits;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
        private Manifest manifest;
        private byte[] manifestBytes;
        private byte[] signature;

        private Opened(String name, ZipFile zip, Limits limits) {
            this.name = name;
            this.zip = zip;
            this.limits = limits;
        }

        String name() {
            return name;
        }

        Manifest manifest() {
            return manifest;
        }

        byte[] manifestBytes() {
            return manifestBytes;
        }

        byte[] signature() {
            return signature;
        }

        private void readDirectory() throws IOException {
            if (zip.size() > limits.maxEntries()) {
                throw new SyncException("sync.refused.tooManyEntries", name, zip.size());
            }
            long declaredTotal = 0;
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                String n = e.getName();
                if (n.startsWith("/") || n.startsWith("\\") || n.contains("..") || n.contains("\\") || n.contains(":")
                        || !(n.equals(MANIFEST) || n.equals(SIGNATURE) || n.equals(REVISIONS)
                        || ATTACHMENT.matcher(n).matches())) {
                    throw new SyncException("sync.refused.badEntryName", name, n);
                }
                if (entries.putIfAbsent(n, e) != null) {
                    throw new SyncException("sync.refused.duplicateEntry", name, n);
                }
                // what the ZIP directory claims; a lie is caught again while streaming
                if (e.getSize() > ratioCap(e)) {
                    throw new SyncException("sync.refused.ratio", name, n);
                }
                declaredTotal += Math.max(0, e.getSize());
                if (declaredTotal > limits.maxTotalBytes()) {
                    throw new SyncException("sync.refused.tooLarge", name, limits.maxTotalBytes() >> 20);
                }
            }
            ZipEntry m = entries.get(MANIFEST);
            ZipEntry s = entries.get(SIGNATURE);
            if (m == null || s == null) {
                throw new SyncException("sync.refused.noManifest", name);
            }
            manifestBytes = readSmall(m, limits.maxManifestBytes());
            byte[] sig = readSmall(s, MAX_SIGNATURE_BYTES);
            manifest = parseManifest(name, manifestBytes);
            try {
                signature = Base64.getDecoder().decode(new String(sig, StandardCharsets.US_ASCII).trim());
            } catch (IllegalArgumentException e) {
                throw new SyncException("sync.refused.badManifest", name, SIGNATURE);
            }
        }

        private long ratioCap(ZipEntry e) {
            return Math.max(RATIO_FLOOR, Math.max(e.getCompressedSize(), 1) * limits.maxRatio());
        }

        /** A manifest or signature: small, read before the signature is checked, so within a hard budget. */
        private byte[] readSmall(ZipEntry e, long budget) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            stream(e, budget, () -> new SyncException("sync.refused.entryTooLarge", name, e.getName(),
                    Math.max(1, budget >> 20)), out);
            return out.toByteArray();
        }

        /** An entry the signed manifest lists: more bytes than it declares means it is not the signed content. */
        private Digest streamListed(Manifest.Entry listed, OutputStream out) throws IOException {
            Digest d = stream(entries.get(listed.name()), listed.size(),
                    () -> new SyncException("sync.refused.hashMismatch", name, listed.name()), out);
            if (d.size() != listed.size() || !d.sha256().equals(listed.sha256())) {
                throw new SyncException("sync.refused.hashMismatch", name, listed.name());
            }
            return d;
        }

        /**
         * Copies the entry to {@code out}, refusing it as soon as more than {@code budget} bytes come out (whatever
         * its headers say) or the inflated bytes outgrow the compression-ratio cap. Returns the SHA-256 and size.
         */
        private Digest stream(ZipEntry e, long budget, java.util.function.Supplier<SyncException> overBudget,
                              OutputStream out) throws IOException {
            MessageDigest md = sha256();
            long cap = ratioCap(e);
            long read = 0;
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = zip.getInputStream(e)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    read += n;
                    if (read > budget) {
                        throw overBudget.get();
                    }
                    if (read > cap) {
                        throw new SyncException("sync.refused.ratio", name, e.getName());
                    }
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            } catch (ZipException ex) {
                throw new SyncException("sync.refused.corruptEntry", name, e.getName());
            }
            return new Digest(HexFormat.of().formatHex(md.digest()), read);
        }

        /**
         * After the signature was checked: streams the revision lines (parsed and checked with {@code check} as
         * they arrive) and stages the attachments under {@code stagingDir}, each within the size the manifest
         * declares. On a refusal nothing stays staged.
         */
        Bundle read(Schema schema, RecordCheck check, Path stagingDir) {
            Map<String, Path> staged = new LinkedHashMap<>();
            try {
                Map<String, Manifest.Entry> listed = checkEntries();
                List<Revision> revisions = List.of();
                Manifest.Entry lines = listed.get(REVISIONS);
                if (lines != null) {
                    BundleLines parser = new BundleLines(name, manifest, schema, check, limits.maxLineBytes());
                    streamListed(lines, parser);
                    revisions = parser.finish();
                }
                if (revisions.size() != manifest.counts().revisions()) {
                    throw new SyncException("sync.refused.countMismatch", name);
                }
                for (Manifest.Entry a : listed.values()) {
                    if (a.name().startsWith(ATTACHMENTS)) {
                        staged.put(a.sha256(), stage(a, stagingDir));
                    }
                }
                if (manifest.counts().attachments() != staged.size()) {
                    throw new SyncException("sync.refused.countMismatch", name);
                }
                return new Bundle(name, manifest, manifestBytes, signature, revisions, staged);
            } catch (IOException e) {
                staged.values().forEach(BundleReader::deleteQuietly);
                throw new SyncException("sync.refused.unreadable", name, String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                staged.values().forEach(BundleReader::deleteQuietly);
                throw e;
            }
        }

        /** Every listed entry present once with a sane declared size, every entry listed; by name. */
        private Map<String, Manifest.Entry> checkEntries() {
            Map<String, Manifest.Entry> listed = new LinkedHashMap<>();
            long total = 0;
            for (Manifest.Entry e : manifest.entries()) {
                if (e == null || e.name() == null || !entries.containsKey(e.name()) || listed.containsKey(e.name())
                        || e.name().equals(MANIFEST) || e.name().equals(SIGNATURE)) {
                    throw new SyncException("sync.refused.entryMissing", name, e == null ? null : e.name());
                }
                long header = entries.get(e.name()).getSize();
                if (e.size() < 0 || e.sha256() == null || header >= 0 && header != e.size()
                        || e.name().startsWith(ATTACHMENTS) && !e.name().substring(ATTACHMENTS.length()).equals(e.sha256())) {
                    throw new SyncException("sync.refused.hashMismatch", name, e.name());
                }
                if (e.name().equals(REVISIONS) && e.size() > limits.maxRevisionBytes()) {
                    throw new SyncException("sync.refused.entryTooLarge", name, e.name(), limits.maxRevisionBytes() >> 20);
                }
                total += e.size();
                if (total > limits.maxTotalBytes()) {
                    throw new SyncException("sync.refused.tooLarge", name, limits.maxTotalBytes() >> 20);
                }
                listed.put(e.name(), e);
            }
            for (String n : entries.keySet()) {
                if (!n.equals(MANIFEST) && !n.equals(SIGNATURE) && !listed.containsKey(n)) {
                    throw new SyncException("sync.refused.entryUnlisted", name, n);
                }
            }
            return listed;
        }

        private Path stage(Manifest.Entry a, Path dir) throws IOException {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "in-", ".part");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                streamListed(a, out);
                return tmp;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(tmp);
                throw e;
            }
        }

        @Override
        public void close() {
            closeQuietly(zip);
        }
    }

    private record Digest(String sha256, long size) {
    }

    private static Manifest parseManifest(String name, byte[] bytes) {
        Manifest m;
        try {
            String format = format(bytes);
            int major = Manifest.major(format);
            if (major > Manifest.MAJOR) {
                throw new SyncException("sync.refused.newerFormat", name, format);
            }
            if (major != Manifest.MAJOR) {
                throw new SyncException("sync.refused.badManifest", name, "format");
            }
            m = Json.MAPPER.readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw new SyncException("sync.refused.badManifest", name, "json");
        }
        if (m.bundleId() == null || m.createdAt() == null || m.sender() == null || m.sender().nodeId() == null
                || m.sender().officeCode() == null || m.sender().officeName() == null || m.sender().level() == null
                || m.sender().publicKey() == null || m.targetOffice() == null || m.entries() == null
                || m.have() == null || m.ranges() == null || m.nodes() == null || m.counts() == null) {
            throw new SyncException("sync.refused.badManifest", name, "fields");
        }
        return m;
    }

    /** The top-level "format" of a manifest, read without building a tree of the rest. */
    private static String format(byte[] bytes) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = Json.MAPPER.getFactory().createParser(bytes)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.currentName();
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if ("format".equals(field)) {
                    return value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? p.getText() : "";
                }
                p.skipChildren();
            }
            return "";
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] b) {
        return HexFormat.of().formatHex(sha256().digest(b));
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            if (zip != null) {
                zip.close();
            }
        } catch (IOException ignored) {
            // nothing was written
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray staged file is harmless: named in-*.part, never a content hash
        }
    }
}
