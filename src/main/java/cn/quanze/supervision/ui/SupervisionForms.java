package cn.quanze.supervision.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Milestone;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.core.files.ReportFormat;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Dates;
import cn.quanze.ui.common.FormDialog;
import cn.quanze.ui.common.FormOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The forms of the 督查督办 pane; each hands what the user entered to {@code submit}, which runs the action and reports
 * back (the form closes when done, stays open with the reason when refused). Checking is left to the domain,
 * except what cannot be read at all (a date, a number, a milestone line), which is refused beside its field.
 */
final class SupervisionForms {
    /** A date with a text (申请延期, its decision, 恢复). */
    record DateText(LocalDate date, String text, boolean yes) {
    }

    /** A new 整改 item. */
    record NewRectification(String problem, Department unit, String owner, LocalDate deadline, String measures) {
    }

    /** A 督办通知单 to issue: the requirement, the format and the file. */
    record Notice(String requirement, ReportFormat format, java.nio.file.Path file) {
    }

    /** A 督查专报 to write: the period, the format and the file. */
    record Report(LocalDate from, LocalDate to, ReportFormat format, java.nio.file.Path file) {
    }

    private SupervisionForms() {
    }

    static void notice(Window owner, String itemTitle, java.nio.file.Path dir, String number,
                       BiConsumer<Notice, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.notice.title", itemTitle);
        TextArea requirement = form.area("supervision.field.requirement", "form-text");
        requirement.setText(I18n.t("report.notice.defaultRequirement"));
        ComboBox<ReportFormat> format = form.add("supervision.field.format", new ComboBox<>(
                FXCollections.observableArrayList(ReportFormat.DOCX, ReportFormat.PDF)), "form-format");
        format.setValue(ReportFormat.PDF);
        TextField file = form.saveFile("supervision.field.file", "form-file",
                dir.resolve(I18n.t("supervision.notice.file", number) + ".pdf"));
        format.valueProperty().addListener((o, a, b) -> file.setText(withExtension(file.getText(), b)));
        form.ask(b -> new Notice(requirement.getText(), format.getValue(), path(file, "supervision.field.file")),
                submit);
    }

    static void report(Window owner, LocalDate today, java.nio.file.Path dir, BiConsumer<Report, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.report.title");
        ComboBox<String> period = form.add("supervision.field.period", new ComboBox<>(FXCollections.observableArrayList(
                I18n.t("supervision.period.month"), I18n.t("supervision.period.quarter"),
                I18n.t("supervision.period.year"))), "form-period");
        DatePicker from = form.date("supervision.field.from", "form-from", today.withDayOfYear(1));
        DatePicker to = form.date("supervision.field.to", "form-to", today);
        period.valueProperty().addListener((o, a, b) -> {
            int i = period.getSelectionModel().getSelectedIndex();
            from.setValue(i == 0 ? today.withDayOfMonth(1) : i == 1
                    ? today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1)
                    : today.withDayOfYear(1));
            to.setValue(today);
        });
        ComboBox<ReportFormat> format = form.add("supervision.field.format", new ComboBox<>(
                FXCollections.observableArrayList(ReportFormat.values())), "form-format");
        format.setValue(ReportFormat.PDF);
        TextField file = form.saveFile("supervision.field.file", "form-file",
                dir.resolve(I18n.t("supervision.report.file") + ".pdf"));
        format.valueProperty().addListener((o, a, b) -> file.setText(withExtension(file.getText(), b)));
        form.ask(b -> new Report(from.getValue(), to.getValue(), format.getValue(), path(file, "supervision.field.file")),
                submit);
    }

    static void ledger(Window owner, java.nio.file.Path dir, BiConsumer<java.nio.file.Path, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.ledger.title");
        TextField file = form.saveFile("supervision.field.file", "form-file",
                dir.resolve(I18n.t("supervision.ledger.file") + ".xlsx"));
        form.ask(b -> path(file, "supervision.field.file"), submit);
    }

    private static String withExtension(String path, ReportFormat format) {
        int dot = path.lastIndexOf('.');
        return (dot > 0 ? path.substring(0, dot) : path) + "." + format.extension();
    }

    /** The path typed; one the system cannot take is refused beside the field. */
    private static java.nio.file.Path path(TextField file, String labelKey) {
        try {
            if (file.getText().isBlank()) {
                throw new FormDialog.Invalid(labelKey, I18n.t("form.fileRequired"));
            }
            return java.nio.file.Path.of(file.getText().strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new FormDialog.Invalid(labelKey, I18n.t("form.fileInvalid", file.getText()));
        }
    }

    static void newItem(Window owner, List<Department> units, BiConsumer<SupervisionItem, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.new.title");
        TextField title = form.text("supervision.field.title", "form-title");
        ComboBox<SupervisionSource> source = form.add("supervision.field.source", enumBox(SupervisionSource.values()),
                "form-source");
        source.setValue(SupervisionSource.LEADER_INSTRUCTION);
        TextField docNo = form.text("supervision.field.docNo", "form-docno");
        TextArea content = form.area("supervision.field.content", "form-content");
        ComboBox<Importance> importance = form.add("supervision.field.importance", enumBox(Importance.values()),
                "form-importance");
        importance.setValue(Importance.NORMAL);
        ComboBox<Department> lead = form.add("supervision.field.leadUnit", unitBox(units), "form-lead");
        ListView<Department> coop = form.add("supervision.field.cooperating", new ListView<>(
                FXCollections.observableArrayList(units)), "form-coop");
        coop.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        coop.setPrefHeight(90);
        coop.setCellFactory(l -> unitCell());
        TextField leader = form.text("supervision.field.leader", "form-leader");
        TextField contact = form.text("supervision.field.contact", "form-contact");
        DatePicker deadline = form.date("supervision.field.deadline", "form-deadline", null);
        Spinner<Integer> workdays = form.number("supervision.field.workdays", "form-workdays", 0, 720, 0, 5);
        ComboBox<FeedbackCycle> cycle = form.add("supervision.field.cycle", enumBox(FeedbackCycle.values()),
                "form-cycle");
        cycle.setValue(FeedbackCycle.MONTHLY);
        TextField day = form.text("supervision.field.feedbackDay", "form-day");
        TextArea milestones = form.area("supervision.field.milestones", "form-milestones");
        milestones.setPromptText(I18n.t("supervision.form.milestonesPrompt"));
        form.ask(b -> new SupervisionItem(null, 0, 0, source.getValue(), docNo.getText(), null,
                title.getText(), content.getText(), importance.getValue(),
                lead.getValue() == null ? null : lead.getValue().id(),
                coop.getSelectionModel().getSelectedItems().stream().map(Department::id).toList(),
                leader.getText(), contact.getText(), null, deadline.getValue(),
                workdays.getValue() > 0 ? workdays.getValue() : null, milestones(milestones.getText()),
                cycle.getValue(), feedbackDay(day.getText()), SupervisionState.REGISTERED, null, null, null, 0, false),
                submit);
    }

    /**
     * Milestones typed one per line as "2027-03-31 expected result" (any date form {@link Dates} reads); blank lines
     * are skipped, a line that does not start with a date is refused, naming the line.
     */
    static List<Milestone> milestones(String text) {
        List<Milestone> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String lineNo = String.valueOf(i + 1);
            LocalDate date = Dates.parse(parts[0]).orElseThrow(() -> new FormDialog.Invalid(
                    "supervision.field.milestones", I18n.t("supervision.form.milestoneBad", lineNo, line)));
            out.add(new Milestone(date, parts.length > 1 ? parts[1] : ""));
        }
        return out;
    }

    /** 反馈日: blank, or a whole number from 1 to 31 (a day of the month, or 1-7 for a weekday). */
    private static Integer feedbackDay(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int d = Integer.parseInt(s.strip());
            if (d >= 1 && d <= 31) {
                return d;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new FormDialog.Invalid("supervision.field.feedbackDay", I18n.t("supervision.form.feedbackDayBad", s.strip()));
    }

    static void text(Window owner, String titleKey, String labelKey, String itemTitle,
                     BiConsumer<String, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, titleKey, itemTitle);
        TextArea text = form.area(labelKey, "form-text");
        form.ask(b -> text.getText(), submit);
    }

    static void dateText(Window owner, String titleKey, String dateKey, String textKey, LocalDate initial,
                         String itemTitle, BiConsumer<DateText, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, titleKey, itemTitle);
        DatePicker date = form.date(dateKey, "form-date", initial);
        TextArea text = form.area(textKey, "form-text");
        form.ask(b -> new DateText(date.getValue(), text.getText(), true), submit);
    }

    /** The supervisor's review of 申请办结: 同意办结 or 退回, with a comment. */
    static void review(Window owner, String itemTitle, String summary, BiConsumer<DateText, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.review.title", itemTitle);
        form.note(I18n.t("supervision.form.review.summary", summary == null ? "" : summary));
        TextArea text = form.area("supervision.form.comment", "form-text");
        ButtonType approve = new ButtonType(I18n.t("supervision.form.review.approve"), ButtonBar.ButtonData.YES);
        ButtonType back = new ButtonType(I18n.t("supervision.form.review.return"), ButtonBar.ButtonData.NO);
        form.ask(b -> new DateText(null, text.getText(), b == approve), submit, approve, back);
    }

    /** The decision on 申请延期: approve with a deadline (the requested one by default) or refuse. */
    static void extensionDecision(Window owner, String itemTitle, LocalDate requested, String reason,
                                  BiConsumer<DateText, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.extensionDecision.title", itemTitle);
        form.note(I18n.t("supervision.form.extensionDecision.request", requested, reason == null ? "" : reason));
        DatePicker date = form.date("supervision.form.grantedDeadline", "form-date", requested);
        TextArea text = form.area("supervision.form.comment", "form-text");
        ButtonType approve = new ButtonType(I18n.t("supervision.form.extension.approve"), ButtonBar.ButtonData.YES);
        ButtonType refuse = new ButtonType(I18n.t("supervision.form.extension.refuse"), ButtonBar.ButtonData.NO);
        form.ask(b -> new DateText(date.getValue(), text.getText(), b == approve), submit, approve, refuse);
    }

    static void rectification(Window owner, List<Department> units, String itemTitle,
                              BiConsumer<NewRectification, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.rectification.title", itemTitle);
        TextArea problem = form.area("supervision.field.problem", "form-problem");
        ComboBox<Department> unit = form.add("supervision.field.ownerUnit", unitBox(units), "form-unit");
        TextField person = form.text("supervision.field.owner", "form-owner");
        DatePicker deadline = form.date("supervision.field.deadline", "form-deadline", null);
        TextArea measures = form.area("supervision.field.measures", "form-measures");
        form.ask(b -> new NewRectification(problem.getText(), unit.getValue(), person.getText(),
                deadline.getValue(), measures.getText()), submit);
    }

    static void verify(Window owner, String problem, BiConsumer<DateText, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.verify.title", problem);
        TextArea note = form.area("supervision.field.verificationNote", "form-text");
        DatePicker recheck = form.date("supervision.field.recheck", "form-date", null);
        form.ask(b -> new DateText(recheck.getValue(), note.getText(), true), submit);
    }

    private static <E extends Enum<E>> ComboBox<E> enumBox(E[] values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return I18n.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A unit chooser that filters as the user types (name, short name, alias). */
    static cn.quanze.ui.common.FilterComboBox<Department> unitBox(List<Department> units) {
        return new cn.quanze.ui.common.FilterComboBox<>(units, Department::name,
                cn.quanze.org.domain.UnitMatcher::keysOf, cn.quanze.org.domain.UnitMatcher::normalize);
    }

    private static ListCell<Department> unitCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Department d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name());
            }
        };
    }
}
