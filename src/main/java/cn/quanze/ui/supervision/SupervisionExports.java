package cn.quanze.ui.supervision;

import cn.quanze.exchange.report.NoticeService;
import cn.quanze.exchange.report.SupervisionReports;
import cn.quanze.exchange.supervision.LedgerExcel;
import java.nio.file.Path;

/** What the pane writes to files: 督办通知单, 督查专报 and the ledger, by default into {@code dir}. */
public record SupervisionExports(NoticeService notices, SupervisionReports reports, LedgerExcel ledger, Path dir) {
}
