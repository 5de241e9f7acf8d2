package cn.quanze.ui.settings;

import cn.quanze.i18n.I18n;
import cn.quanze.store.Preferences;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The settings dialog (opened from the status bar or with Ctrl+,). */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** Shows the dialog; true when the user pressed OK (then call {@link SettingsViewModel#save}). */
    public static boolean show(Window owner, SettingsViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("settings.title"));
        dialog.setHeaderText(null);
        CheckBox dark = new CheckBox(I18n.t("settings.dark"));
        dark.setId("settings-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        Spinner<Integer> size = new Spinner<>(Preferences.MIN_FONT, Preferences.MAX_FONT, vm.fontSizeProperty().get());
        size.setId("settings-font-size");
        size.valueProperty().addListener((o, a, b) -> vm.fontSizeProperty().set(b));
        ComboBox<String> lang = new ComboBox<>();
        lang.getItems().setAll("zh", "en");
        lang.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : I18n.t("en".equals(code) ? "settings.language.en" : "settings.language.zh");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        lang.valueProperty().bindBidirectional(vm.languageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(I18n.t("settings.theme")), dark);
        grid.addRow(1, new Label(I18n.t("settings.fontSize")), size);
        grid.addRow(2, new Label(I18n.t("settings.language")), lang);
        Label note = new Label(I18n.t("settings.language.restart"));
        note.setWrapText(true);
        grid.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
