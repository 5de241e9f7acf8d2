package cn.quanze.supervision.files;

import cn.quanze.core.files.ReportFormat;
import cn.quanze.supervision.data.SupervisionService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/** 督查专报 for a period written to a file (via a temporary file, so a failure leaves no half-written report). */
public final class SupervisionReports {
    private final SummaryBuilder builder;
    private final SupervisionService service;

    public SupervisionReports(SummaryBuilder builder, SupervisionService service) {
        this.builder = builder;
        this.service = service;
    }

    public SupervisionSummary summary(LocalDate from, LocalDate to) {
        return builder.build(from, to, service.today());
    }

    public Path write(LocalDate from, LocalDate to, ReportFormat format, Path target) {
        SupervisionSummary s = summary(from, to);
        writeAtomically(target, out -> SummaryWriters.write(s, format, out));
        return target;
    }

    /** Writes through a temporary file next to the target and moves it into place. */
    public static void writeAtomically(Path target, java.util.function.Consumer<OutputStream> body) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".report-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    body.accept(out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target.toString(), e);
        }
    }
}
