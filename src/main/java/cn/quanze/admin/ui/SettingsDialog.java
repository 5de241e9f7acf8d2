package cn.quanze.admin.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** The settings dialog (opened from the status bar or with Ctrl+,): 显示, 到期提醒 and 预警阈值 pages. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** Shows the dialog; true when the user pressed OK (then call {@link SettingsViewModel#save}). */
    public static boolean show(Window owner, SettingsViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("settings.title"));
        dialog.setHeaderText(null);
        TabPane tabs = new TabPane(tab("settings-tab-display", "settings.tab.display", display(vm)),
                tab("settings-tab-reminders", "settings.tab.reminders", reminders(vm)),
                tab("settings-tab-thresholds", "settings.tab.thresholds", thresholds(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settings-tabs");
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().setId("settings-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        cn.quanze.ui.common.Screens.fit(dialog);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new javafx.geometry.Insets(14, 12, 8, 12));
        return grid;
    }

    private static Node display(SettingsViewModel vm) {
        CheckBox dark = new CheckBox(I18n.t("settings.dark"));
        dark.setId("settings-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        Spinner<Integer> size = spinner("settings-font-size", Preferences.MIN_FONT, Preferences.MAX_FONT,
                vm.fontSizeProperty());
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
        GridPane grid = grid();
        grid.addRow(0, new Label(I18n.t("settings.theme")), dark);
        grid.addRow(1, new Label(I18n.t("settings.fontSize")), size);
        grid.addRow(2, new Label(I18n.t("settings.language")), lang);
        grid.add(note("settings.language.restart"), 0, 3, 2, 1);
        return grid;
    }

    private static Node reminders(SettingsViewModel vm) {
        CheckBox cases = new CheckBox(I18n.t("settings.reminders.cases"));
        cases.setId("settings-reminders-cases");
        cases.selectedProperty().bindBidirectional(vm.remindCasesProperty());
        CheckBox items = new CheckBox(I18n.t("settings.reminders.supervision"));
        items.setId("settings-reminders-supervision");
        items.selectedProperty().bindBidirectional(vm.remindSupervisionProperty());
        HBox quiet = new HBox(8, spinner("settings-quiet-from", 0, 23, vm.quietFromProperty()),
                new Label(I18n.t("settings.reminders.until")), spinner("settings-quiet-to", 0, 23, vm.quietToProperty()),
                new Label(I18n.t("settings.reminders.hour")));
        quiet.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        GridPane grid = grid();
        grid.addRow(0, new Label(I18n.t("settings.reminders.kinds")), new HBox(16, cases, items));
        grid.addRow(1, new Label(I18n.t("settings.reminders.quiet")), quiet);
        grid.add(note("settings.reminders.note"), 0, 2, 2, 1);
        return grid;
    }

    private static Node thresholds(SettingsViewModel vm) {
        GridPane grid = grid();
        grid.addRow(0, new Label(I18n.t("settings.thresholds.caseDays")),
                spinner("settings-case-days", 0, 30, vm.caseDaysProperty()));
        grid.addRow(1, new Label(I18n.t("settings.thresholds.casePercent")),
                spinner("settings-case-percent", 1, 100, vm.casePercentProperty()));
        grid.addRow(2, new Label(I18n.t("settings.thresholds.supervisionDays")),
                spinner("settings-supervision-days", 0, 60, vm.supervisionDaysProperty()));
        grid.addRow(3, new Label(I18n.t("settings.thresholds.feedbackDays")),
                spinner("settings-feedback-days", 0, 30, vm.feedbackDaysProperty()));
        grid.addRow(4, new Label(I18n.t("settings.thresholds.partnerDays")),
                spinner("settings-partner-days", 1, 365, vm.partnerDaysProperty()));
        grid.add(note("settings.thresholds.note"), 0, 5, 2, 1);
        return grid;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value.get())));
        s.setId(id);
        s.setPrefWidth(90);
        s.valueProperty().addListener((o, a, b) -> value.set(b));
        return s;
    }

    private static Label note(String key) {
        Label note = new Label(I18n.t(key));
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("text-muted");
        return note;
    }
}
