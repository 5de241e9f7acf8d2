package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quanze calendar workday|add|years|import}: the working-day calendar from the command line. */
@Command(name = "calendar", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {CalendarCommand.Workday.class, CalendarCommand.Add.class, CalendarCommand.Years.class,
                CalendarCommand.Import.class})
final class CalendarCommand {
    @ParentCommand
    QuanzeCommand root;

    /** Parses an ISO date, or prints the Chinese reason and returns null. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            System.err.println(I18n.t("calendar.cli.badDate", text));
            return null;
        }
    }

    @Command(name = "workday", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Workday implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Parameters(index = "0", paramLabel = "DATE", descriptionKey = "calendar.date")
        String date;

        @Override
        public Integer call() {
            LocalDate d = date(date);
            if (d == null) {
                return QuanzeCommand.USAGE;
            }
            try (Workbench wb = parent.root.open()) {
                WorkCalendar cal = wb.calendar();
                System.out.println(cal.isWorkday(d));
                if (!cal.isConfirmed(d.getYear())) {
                    System.err.println(I18n.t("calendar.unconfirmed.warning", Integer.toString(d.getYear())));
                }
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "add", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Parameters(index = "0", paramLabel = "DATE", descriptionKey = "calendar.date")
        String date;

        @Parameters(index = "1", paramLabel = "N", descriptionKey = "calendar.workdays")
        int workdays;

        @Override
        public Integer call() {
            LocalDate d = date(date);
            if (d == null) {
                return QuanzeCommand.USAGE;
            }
            try (Workbench wb = parent.root.open()) {
                WorkCalendar cal = wb.calendar();
                LocalDate end = cal.deadline(d, workdays);
                System.out.println(end);
                for (int y = d.getYear(); y <= end.getYear(); y++) {
                    if (!cal.isConfirmed(y)) {
                        System.err.println(I18n.t("calendar.unconfirmed.warning", Integer.toString(y)));
                    }
                }
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "years", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Years implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Override
        public Integer call() {
            try (Workbench wb = parent.root.open()) {
                WorkCalendar cal = wb.calendar();
                int now = LocalDate.now(wb.clock()).getYear();
                for (int y = 2018; y <= now + 1; y++) {
                    System.out.println(I18n.t(cal.isConfirmed(y) ? "calendar.years.confirmed" : "calendar.years.unconfirmed",
                            Integer.toString(y)));
                }
                return QuanzeCommand.OK;
            }
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "calendar.file")
        java.nio.file.Path file;

        @Override
        public Integer call() throws java.io.IOException {
            try (Workbench wb = parent.root.open()) {
                var r = wb.calendarService().importFile(file);
                System.out.println(I18n.t("calendar.import.done", Integer.toString(r.year()), r.days(), r.movedCases()));
                return QuanzeCommand.OK;
            } catch (cn.quanze.cases.calendar.HolidayCnFormat.FormatException e) {
                System.err.println(e.getMessage());
                return QuanzeCommand.FAILED;
            }
        }
    }
}
