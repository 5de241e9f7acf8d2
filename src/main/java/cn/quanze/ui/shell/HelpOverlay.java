package cn.quanze.ui.shell;

import cn.quanze.core.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: the keyboard shortcuts. */
final class HelpOverlay {
    private HelpOverlay() {
    }

    static void show(Window owner, int panes) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, key("Ctrl+1 … Ctrl+" + panes), new Label(I18n.t("help.panes")));
        grid.addRow(row++, key("Ctrl+K"), new Label(I18n.t("help.search")));
        grid.addRow(row++, key("Ctrl+N"), new Label(I18n.t("help.newRecord")));
        grid.addRow(row++, key("Ctrl+S"), new Label(I18n.t("help.save")));
        grid.addRow(row++, key("Ctrl+,"), new Label(I18n.t("help.settings")));
        grid.addRow(row++, key("F5"), new Label(I18n.t("help.refresh")));
        grid.addRow(row, key("F1"), new Label(I18n.t("help.help")));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("help.title"));
        alert.setHeaderText(I18n.t("help.title"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("help-overlay");
        alert.show();
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("shortcut-key");
        return l;
    }
}
