package cn.quanze.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a view model asks the user in a small dialog: a yes/no confirmation, a file to open or save, a folder. The
 * window's implementation is {@link FxDialogs}; tests answer with a scripted fake. All text is already localized.
 */
public interface Dialogs {
    /** A file type offered in a file dialog: its label ("Excel 工作簿") and its pattern ("*.xlsx"). */
    record FileType(String label, String pattern) {
    }

    /** Asks to go on; {@code header} may be null (the dialog's own). True only when the user said yes. */
    boolean confirm(String header, String text);

    Optional<Path> openFile(String title, FileType... types);

    Optional<Path> saveFile(String title, String suggestedName, FileType... types);

    Optional<Path> chooseFolder(String title);
}
