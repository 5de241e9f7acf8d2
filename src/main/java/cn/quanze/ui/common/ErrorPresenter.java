package cn.quanze.ui.common;

import cn.quanze.core.db.BackupException;
import cn.quanze.core.i18n.BackupMessages;
import cn.quanze.core.i18n.StoreMessages;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.StoreException;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a failure as a Chinese sentence with what to do; the technical details sit in a collapsed expander. */
public final class ErrorPresenter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);
    private final Window owner;

    public ErrorPresenter(Window owner) {
        this.owner = owner;
    }

    public static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && !(root instanceof StoreException) && !(root instanceof UserMessage)
                && !(root instanceof BackupException)) {
            root = root.getCause();
        }
        if (root instanceof BackupException be) {
            return BackupMessages.describe(be);
        }
        if (root instanceof StoreException se) {
            return StoreMessages.describe(se);
        }
        if (root instanceof UserMessage um) {
            return um.getMessage();
        }
        return I18n.t("error.unexpected", String.valueOf(root.getMessage()));
    }

    /** A classified database failure or a user message: the sentence says it all, no technical details shown. */
    private static boolean expected(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof StoreException || x instanceof UserMessage || x instanceof BackupException) {
                return true;
            }
        }
        return false;
    }

    public void show(Throwable t) {
        LOG.error("operation failed", t);
        TaskRunner.fx(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.setTitle(I18n.t("error.title"));
            alert.setHeaderText(I18n.t("error.header"));
            alert.setContentText(describe(t));
            if (!expected(t)) {
                StringWriter sw = new StringWriter();
                t.printStackTrace(new PrintWriter(sw));
                TextArea details = new TextArea(sw.toString());
                details.setEditable(false);
                details.setPrefRowCount(12);
                alert.getDialogPane().setExpandableContent(details);
            }
            alert.show();
        });
    }

    /** An exception whose message is already a localized sentence for the user. */
    public static class UserMessage extends RuntimeException {
        public UserMessage(String message) {
            super(message);
        }
    }
}
