package cn.quanze.supervision.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.FormDialog;
import cn.quanze.ui.common.FormOutcome;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The 进展反馈 form: date, progress, what was done, problems, next steps and attached files. */
final class FeedbackForm {
    /** What the lead unit reported. */
    record Result(LocalDate date, int progress, String content, String problems, String nextSteps, List<Path> files) {
    }

    private FeedbackForm() {
    }

    static void ask(Window owner, LocalDate today, int lastProgress, String title,
                    BiConsumer<Result, FormOutcome> submit) {
        FormDialog form = new FormDialog(owner, "supervision.form.feedback.title", title);
        DatePicker date = form.date("supervision.feedback.date", "form-date", today);
        Spinner<Integer> progress = form.number("supervision.col.progress", "form-progress", 0, 100, lastProgress, 5);
        TextArea content = form.area("supervision.feedback.content", "form-content");
        TextArea problems = form.area("supervision.feedback.problems", "form-problems");
        TextArea next = form.area("supervision.feedback.nextSteps", "form-next");
        ListView<Path> files = new ListView<>();
        files.setPrefHeight(80);
        Button add = new Button(I18n.t("supervision.form.addFile"));
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("supervision.form.addFile"));
            List<File> chosen = chooser.showOpenMultipleDialog(owner);
            if (chosen != null) {
                chosen.forEach(f -> files.getItems().add(f.toPath()));
            }
        });
        form.add("supervision.feedback.attachments", new VBox(6, files, add), "form-files");
        form.ask(b -> new Result(date.getValue(), progress.getValue(), content.getText(), problems.getText(),
                next.getText(), new ArrayList<>(files.getItems())), submit);
    }
}
