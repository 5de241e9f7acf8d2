package cn.quanze.supervision.ui;

import cn.quanze.supervision.files.NoticeService;
import cn.quanze.supervision.files.SupervisionReports;
import cn.quanze.supervision.files.LedgerExcel;
import java.nio.file.Path;

/** What the pane writes to files: 督办通知单, 督查专报 and the ledger, by default into {@code dir}. */
public record SupervisionExports(NoticeService notices, SupervisionReports reports, LedgerExcel ledger, Path dir) {
}
