package cn.quanze.supervision.files;

import cn.quanze.core.files.AtomicFile;
import cn.quanze.core.files.ReportFormat;
import cn.quanze.supervision.data.SupervisionService;
import java.nio.file.Path;
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
        AtomicFile.write(target, out -> SummaryWriters.write(s, format, out));
        return target;
    }
}
