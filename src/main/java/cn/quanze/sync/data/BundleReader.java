package cn.quanze.sync.data;

import cn.quanze.core.db.Schema;
import cn.quanze.sync.SyncException;
import cn.quanze.sync.Manifest;
import cn.quanze.core.db.Json;
import cn.quanze.core.db.Revision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a sync file and checks everything that does not need the database: size and entry caps, compression
 * ratio, entry names, manifest format, every hash and size, and each revision line against the schema. The
 * signature is checked by the caller (it needs the sender's trusted key). Every failure is a {@link SyncException}.
 */
public final class BundleReader {
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String REVISIONS = "revisions.jsonl";
    static final String ATTACHMENTS = "attachments/";
    private static final Pattern ATTACHMENT = Pattern.compile("attachments/[0-9a-f]{64}");

    /** Limits against hostile files. */
    record Limits(long maxFileBytes, long maxTotalBytes, int maxEntries, long maxRatio) {
        static final Limits DEFAULT = new Limits(512L << 20, 2L << 30, 50_000, 200);
    }

    /** A checked sync file, held in memory. */
    record Bundle(String fileName, Manifest manifest, byte[] manifestBytes, byte[] signature, List<Revision> revisions,
                  Map<String, byte[]> attachments) {
    }

    private BundleReader() {
    }

    static Bundle read(Path file, Limits limits, Schema schema) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new SyncException("sync.refused.notFound", name);
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new SyncException("sync.refused.tooLarge", name, limits.maxFileBytes() >> 20);
            }
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                return read(name, zip, limits, schema);
            }
        } catch (ZipException e) {
            throw new SyncException("sync.refused.notZip", name);
        } catch (IOException e) {
            throw new SyncException("sync.refused.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static Bundle read(String name, ZipFile zip, Limits limits, Schema schema) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            throw new SyncException("sync.refused.tooManyEntries", name, zip.size());
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        long total = 0;
        var en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            String n = e.getName();
            if (n.startsWith("/") || n.startsWith("\\") || n.contains("..") || n.contains("\\") || n.contains(":")
                    || !(n.equals(MANIFEST) || n.equals(SIGNATURE) || n.equals(REVISIONS) || ATTACHMENT.matcher(n).matches())) {
                throw new SyncException("sync.refused.badEntryName", name, n);
            }
            if (contents.containsKey(n)) {
                throw new SyncException("sync.refused.duplicateEntry", name, n);
            }
            byte[] bytes = readCapped(name, zip, e, limits, limits.maxTotalBytes() - total);
            total += bytes.length;
            contents.put(n, bytes);
        }
        byte[] manifestBytes = contents.get(MANIFEST);
        byte[] signature = contents.get(SIGNATURE);
        if (manifestBytes == null || signature == null) {
            throw new SyncException("sync.refused.noManifest", name);
        }
        Manifest m = parseManifest(name, manifestBytes);
        checkEntries(name, m, contents);
        List<Revision> revisions = parseRevisions(name, contents.getOrDefault(REVISIONS, new byte[0]), m, schema);
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        contents.forEach((n, b) -> {
            if (n.startsWith(ATTACHMENTS)) {
                attachments.put(n.substring(ATTACHMENTS.length()), b);
            }
        });
        if (m.counts() == null || m.counts().attachments() != attachments.size()) {
            throw new SyncException("sync.refused.countMismatch", name);
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            throw new SyncException("sync.refused.badManifest", name, SIGNATURE);
        }
        return new Bundle(name, m, manifestBytes, sig, revisions, attachments);
    }

    private static byte[] readCapped(String name, ZipFile zip, ZipEntry e, Limits limits, long remaining)
            throws IOException {
        long compressed = Math.max(e.getCompressedSize(), 1);
        long cap = Math.min(remaining, Math.max(1L << 20, compressed * limits.maxRatio()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            long read = 0;
            while ((n = in.read(buf)) > 0) {
                read += n;
                if (read > cap) {
                    throw new SyncException(read > remaining ? "sync.refused.tooLarge" : "sync.refused.ratio", name,
                            read > remaining ? limits.maxTotalBytes() >> 20 : e.getName());
                }
                out.write(buf, 0, n);
            }
        } catch (ZipException ex) {
            throw new SyncException("sync.refused.corruptEntry", name, e.getName());
        }
        return out.toByteArray();
    }

    private static Manifest parseManifest(String name, byte[] bytes) {
        Manifest m;
        try {
            String format = Json.MAPPER.readTree(bytes).path("format").asText("");
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

    private static void checkEntries(String name, Manifest m, Map<String, byte[]> contents) {
        Set<String> listed = new HashSet<>();
        for (Manifest.Entry e : m.entries()) {
            byte[] b = contents.get(e.name());
            if (b == null || !listed.add(e.name())) {
                throw new SyncException("sync.refused.entryMissing", name, String.valueOf(e.name()));
            }
            if (b.length != e.size() || !sha256(b).equals(e.sha256())) {
                throw new SyncException("sync.refused.hashMismatch", name, e.name());
            }
            if (e.name().startsWith(ATTACHMENTS) && !e.name().substring(ATTACHMENTS.length()).equals(e.sha256())) {
                throw new SyncException("sync.refused.hashMismatch", name, e.name());
            }
        }
        for (String n : contents.keySet()) {
            if (!n.equals(MANIFEST) && !n.equals(SIGNATURE) && !listed.contains(n)) {
                throw new SyncException("sync.refused.entryUnlisted", name, n);
            }
        }
    }

    /**
     * Parses the lines in parallel (the schema check is pure), then checks order-dependent rules in sequence; the
     * first bad line in file order is the one reported, as with a sequential parse.
     */
    private static List<Revision> parseRevisions(String name, byte[] bytes, Manifest m, Schema schema) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = java.util.Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).toArray(String[]::new);
        Object[] parsed = new Object[lines.length];
        java.util.stream.IntStream.range(0, lines.length).parallel().forEach(i -> {
            try {
                parsed[i] = RevisionLine.parse(lines[i], schema);
            } catch (IllegalArgumentException e) {
                parsed[i] = e;
            }
        });
        List<Revision> out = new ArrayList<>(lines.length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] instanceof IllegalArgumentException e) {
                throw new SyncException("sync.refused.badLine", name, i + 1, e.getMessage());
            }
            Revision r = (Revision) parsed[i];
            if (!m.nodes().containsKey(r.originNode()) || !seen.add(r.revId())) {
                throw new SyncException("sync.refused.badLine", name, i + 1, "origin");
            }
            out.add(r);
        }
        if (out.size() != m.counts().revisions()) {
            throw new SyncException("sync.refused.countMismatch", name);
        }
        return out;
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
