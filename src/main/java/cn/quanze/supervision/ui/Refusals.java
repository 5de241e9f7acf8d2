package cn.quanze.supervision.ui;

import cn.quanze.supervision.SupervisionMessages;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.FormDialog;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.TaskExecutor;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A supervision action whose refusal by the rules reaches the user as the rule's Chinese sentence: in the error
 * dialog for a button, or beside the field of the form that started it (the form stays open).
 */
final class Refusals {
    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);
    private static final Set<String> ABOUT_THE_DATE = Set.of("supervision.refused.deadlineRequired",
            "supervision.refused.deadlineBefore", "supervision.refused.extensionNotLater",
            "supervision.refused.recheckBefore", "supervision.refused.feedbackDate",
            "supervision.assign.refused.subtaskLater");

    private Refusals() {
    }

    static <T> Callable<T> explained(Callable<T> action) {
        return () -> {
            try {
                return action.call();
            } catch (TransitionRefused tr) {
                throw new ErrorPresenter.UserMessage(SupervisionMessages.describe(tr));
            }
        };
    }

    /**
     * Runs {@code action} off the FX thread for the form that asked for it: done closes the form (then {@code done}
     * runs with the result), a refusal keeps it open with the sentence beside the field it is about.
     */
    static <T> void forForm(TaskExecutor tasks, String title, Callable<T> action, Consumer<T> done, FormOutcome form) {
        tasks.runWithProgress(title, p -> action.call(), r -> {
            form.done();
            if (done != null) {
                done.accept(r);
            }
        }, e -> refuse(form, e));
    }

    static void refuse(FormOutcome form, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TransitionRefused tr) {
                form.refused(SupervisionMessages.describe(tr), field(tr));
                return;
            }
        }
        LOG.error("supervision action failed", t);
        form.refused(ErrorPresenter.describe(t), null);
    }

    /** The form field a refusal is about: a label key, {@link FormDialog#DATE_FIELD}, or null for the form as a whole. */
    static String field(TransitionRefused tr) {
        if (tr.key().equals("supervision.refused.required") && tr.args().length > 0) {
            return String.valueOf(tr.args()[0]);
        }
        if (tr.key().equals("supervision.refused.progress")) {
            return "supervision.col.progress";
        }
        return ABOUT_THE_DATE.contains(tr.key()) ? FormDialog.DATE_FIELD : null;
    }
}
