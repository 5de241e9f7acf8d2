package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.core.files.ReportFormat;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze report supervision|notice}: 督查专报 for a period, 督办通知单 for an item. */
@Command(name = "report", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {ReportCommand.Supervision.class, ReportCommand.Notice.class})
final class ReportCommand {
    @ParentCommand
    QuanzeCommand root;

    @Command(name = "supervision", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Supervision implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;

        @Option(names = "--from", required = true, descriptionKey = "report.from")
        String from;

        @Option(names = "--to", required = true, descriptionKey = "report.to")
        String to;

        @Option(names = "--format", required = true, descriptionKey = "report.format")
        String format;

        @Option(names = "--out", required = true, descriptionKey = "report.out")
        Path out;

        @Override
        public Integer call() {
            LocalDate f = date(from);
            LocalDate t = date(to);
            ReportFormat fmt = ReportFormat.parse(format).orElse(null);
            if (f == null || t == null || fmt == null) {
                System.err.println(I18n.t("cli.report.badArgs", from, to, format));
                return QuanzeCommand.USAGE;
            }
            try (Workbench wb = parent.root.open()) {
                wb.supervisionReports().write(f, t, fmt, out);
                System.out.println(I18n.t("cli.report.written", out.toAbsolutePath()));
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "notice", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Notice implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;

        @Parameters(index = "0", paramLabel = "ITEM_NUMBER", descriptionKey = "report.itemNumber")
        String number;

        @Option(names = "--format", required = true, descriptionKey = "report.noticeFormat")
        String format;

        @Option(names = "--out", required = true, descriptionKey = "report.out")
        Path out;

        @Option(names = "--requirement", descriptionKey = "report.requirement")
        String requirement;

        @Override
        public Integer call() {
            ReportFormat fmt = ReportFormat.parse(format).filter(x -> x != ReportFormat.XLSX).orElse(null);
            int[] yn = SupervisionItem.parseNumber(number).orElse(null);
            if (fmt == null || yn == null) {
                System.err.println(I18n.t("cli.report.badNotice", number, format));
                return QuanzeCommand.USAGE;
            }
            try (Workbench wb = parent.root.open()) {
                SupervisionItem item = wb.supervision().byNumber(yn[0], yn[1]).orElse(null);
                if (item == null) {
                    System.err.println(I18n.t("cli.report.noItem", number));
                    return QuanzeCommand.FAILED;
                }
                wb.notices().issue(item, requirement, fmt, out);
                System.out.println(I18n.t("cli.report.written", out.toAbsolutePath()));
                return QuanzeCommand.OK;
            }
        }
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
