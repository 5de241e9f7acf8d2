package cn.quanze.supervision.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.FormDialog;
import cn.quanze.ui.common.FormOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The dialogs of 交办 between offices: 退回, 分解 (a sub-task), sub-task progress, 进展反馈 and 改派. */
final class AssignmentForms {
    private AssignmentForms() {
    }

    record GiveBack(String reason, String suggestedUnit) {
    }

    record NewSubtask(String department, String assignee, String content, LocalDate deadline) {
    }

    record ProgressNote(int progress, String note) {
    }

    record Reassign(Department unit, String note) {
    }

    static void giveBack(Window owner, String itemTitle, BiConsumer<GiveBack, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.assign.form.giveBack.title", itemTitle);
        TextArea reason = form.area("supervision.assign.field.reason", "form-reason");
        reason.setPromptText(I18n.t("supervision.assign.form.giveBack.prompt"));
        TextField unit = form.text("supervision.assign.field.suggestedUnit", "form-suggested");
        form.ask(b -> new GiveBack(reason.getText(), unit.getText()), submit);
    }

    static void subtask(Window owner, String itemTitle, LocalDate parentDeadline,
                        BiConsumer<NewSubtask, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.assign.form.subtask.title", itemTitle);
        form.note(I18n.t("supervision.assign.form.subtask.note", parentDeadline));
        TextField dept = form.text("supervision.assign.field.department", "form-department");
        TextField person = form.text("supervision.assign.field.assignee", "form-assignee");
        TextArea content = form.area("supervision.assign.field.content", "form-content");
        DatePicker deadline = form.date("supervision.assign.field.deadline", "form-deadline", parentDeadline);
        form.ask(b -> new NewSubtask(dept.getText(), person.getText(), content.getText(), deadline.getValue()),
                submit);
    }

    static void progress(Window owner, String titleKey, String itemTitle, int current, String textKey,
                         BiConsumer<ProgressNote, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, titleKey, itemTitle);
        Spinner<Integer> progress = form.number("supervision.col.progress", "form-progress", 0, 100, current, 10);
        TextArea text = form.area(textKey, "form-text");
        form.ask(b -> new ProgressNote(progress.getValue(), text.getText()), submit);
    }

    static void reassign(Window owner, String itemTitle, List<Department> units, String suggested,
                         BiConsumer<Reassign, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.assign.form.reassign.title", itemTitle);
        if (suggested != null) {
            form.note(I18n.t("supervision.assign.form.reassign.suggested", suggested));
        }
        ComboBox<Department> unit = form.add("supervision.assign.field.newUnit", SupervisionForms.unitBox(units),
                "form-unit");
        units.stream().filter(u -> suggested != null && (suggested.contains(u.name()) || u.name().contains(suggested)))
                .findFirst().ifPresent(u -> unit.getSelectionModel().select(u));
        TextArea note = form.area("supervision.form.comment", "form-text");
        form.ask(b -> new Reassign(unit.getValue(), note.getText()), submit);
    }
}
