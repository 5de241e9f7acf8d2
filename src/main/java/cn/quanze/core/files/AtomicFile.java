package cn.quanze.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every file the product writes for a user (XLSX, DOCX, PDF, CSV) is written through a temporary file beside
 * the target and moved into place: a failure, a cancel or a crash half-way leaves the old file (or none),
 * never a truncated one that Excel or Word refuses to open.
 */
public final class AtomicFile {
    /** Writes the content to the stream; may throw. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static Path write(Path target, Body body) {
        return write(target, body, () -> { });
    }

    /** As {@link #write(Path, Body)}; {@code beforeMove} runs once the content is complete, before it is visible. */
    public static Path write(Path target, Body body, Runnable beforeMove) {
        Path file = target.toAbsolutePath();
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    body.writeTo(out);
                }
                beforeMove.run();
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(target.toString(), e);
        }
    }
}
