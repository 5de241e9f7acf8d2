package cn.quanze.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's {@link Dialogs}: JavaFX alerts and the system's file and folder choosers, owned by the window. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        if (header != null) {
            a.setHeaderText(header);
        }
        a.initOwner(owner.get());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<Path> openFile(String title, FileType... types) {
        return Optional.ofNullable(chooser(title, null, types).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, FileType... types) {
        return Optional.ofNullable(chooser(title, suggestedName, types).showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, String name, FileType... types) {
        FileChooser fc = new FileChooser();
        if (title != null) {
            fc.setTitle(title);
        }
        if (name != null && !name.isEmpty()) {
            fc.setInitialFileName(name);
        }
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.label(), t.pattern()));
        }
        return fc;
    }
}
