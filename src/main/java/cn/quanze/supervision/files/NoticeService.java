package cn.quanze.supervision.files;

import cn.quanze.core.files.AtomicFile;
import cn.quanze.core.files.ReportFormat;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.supervision.data.SupervisionService;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issues a 督办通知单: writes the document to a temporary file next to the target, records the NOTICE_ISSUED event
 * in the item's timeline (refused when the item's state does not allow a notice), then moves the file into place.
 */
public final class NoticeService {
    public static final String DEFAULT_REQUIREMENT_KEY = "report.notice.defaultRequirement";
    private final SupervisionService service;
    private final DepartmentRepository departments;
    private final OfficeSettings settings;

    public NoticeService(SupervisionService service, DepartmentRepository departments, OfficeSettings settings) {
        this.service = service;
        this.departments = departments;
        this.settings = settings;
    }

    public Path issue(SupervisionItem item, String requirement, ReportFormat format, Path target) {
        if (format == ReportFormat.XLSX) {
            throw new TransitionRefused("report.refused.noticeFormat", format.extension());
        }
        String req = requirement == null || requirement.isBlank() ? I18n.t(DEFAULT_REQUIREMENT_KEY) : requirement;
        NoticeDocument.Data data = data(item, req);
        // the notice is recorded on the item once the file is complete, before it appears under its name
        return AtomicFile.write(target, out -> {
            if (format == ReportFormat.DOCX) {
                NoticeDocument.writeDocx(data, out);
            } else {
                NoticeDocument.writePdf(data, out);
            }
        }, () -> service.recordNotice(item.id(), req));
    }

    private NoticeDocument.Data data(SupervisionItem item, String requirement) {
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a));
        String issuer = settings.identity().map(i -> i.name()).orElse(I18n.t("report.issuer.default"));
        String source = I18n.of(item.source()) + (item.sourceDocNo() == null ? "" : "（" + item.sourceDocNo() + "）");
        return new NoticeDocument.Data(item.displayNumber(), issuer, names.getOrDefault(item.leadUnitId(), ""),
                item.cooperatingUnitIds().stream().map(id -> names.getOrDefault(id, "")).filter(s -> !s.isEmpty())
                        .collect(Collectors.joining("、")), item.title(), item.content(), source, requirement,
                item.deadline(), I18n.of(item.feedbackCycle()), service.today());
    }
}
