package cn.quanze.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Attachment contents, stored once each under {@code <dataDir>/attachments/<sha256>} (lower-case hex). A file is
 * copied to a temporary name while hashing, then moved into place; a file with that hash already there is kept.
 */
public final class AttachmentFiles {
    public static final String DIR = "attachments";
    private final Path dir;

    /** A stored file: its hash and size. */
    public record Stored(String sha256, long size) {
    }

    public AttachmentFiles(Path dataDir) {
        this.dir = dataDir.resolve(DIR);
    }

    public Stored store(Path source) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "incoming-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                size = in.transferTo(out);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = dir.resolve(hex);
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(hex, size);
        } catch (IOException e) {
            throw new UncheckedIOException(source.toString(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return dir.resolve(sha256);
    }
}
