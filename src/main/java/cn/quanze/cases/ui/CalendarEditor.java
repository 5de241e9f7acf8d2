package cn.quanze.cases.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.cases.domain.calendar.DayKind;
import cn.quanze.cases.domain.calendar.LocalCalendarEntry;
import cn.quanze.core.i18n.I18n;
import cn.quanze.cases.ui.CalendarEditorViewModel.DayCell;
import cn.quanze.ui.common.Tables;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** 工作日日历 tab of 系统管理: month grid, local entry form, official-year import, light thresholds. */
public final class CalendarEditor {
    private final CalendarEditorViewModel vm;
    private final GridPane grid = new GridPane();
    private final HBox root;

    public CalendarEditor(CalendarEditorViewModel vm) {
        this.vm = vm;
        Button prev = new Button("◀");
        prev.setId("calendar-prev");
        prev.setOnAction(e -> vm.previousMonth());
        Button next = new Button("▶");
        next.setId("calendar-next");
        next.setOnAction(e -> vm.nextMonth());
        Label month = new Label();
        month.setId("calendar-month");
        month.getStyleClass().add(Styles.TITLE_4);
        month.textProperty().bind(vm.monthProperty().asString("%1$tY年%1$tm月"));
        Label unconfirmed = new Label();
        unconfirmed.getStyleClass().add("demo-badge");
        HBox nav = new HBox(8, prev, month, next, unconfirmed);
        nav.setAlignment(Pos.CENTER_LEFT);
        grid.setId("calendar-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints(70);
            grid.getColumnConstraints().add(c);
        }
        vm.days().addListener((ListChangeListener<DayCell>) c -> {
            fillGrid();
            int year = vm.monthProperty().get().getYear();
            unconfirmed.setText(vm.isConfirmed(year) ? "" : I18n.t("calendar.unconfirmed.warning", Integer.toString(year)));
        });
        Label legend = new Label(I18n.t("admin.calendar.legend"));
        legend.getStyleClass().add(Styles.TEXT_SMALL);
        legend.setWrapText(true);
        VBox left = new VBox(10, nav, grid, legend);
        left.setMinWidth(510);
        root = new HBox(24, left, side());
        root.setPadding(new Insets(8, 0, 0, 0));
        HBox.setHgrow(root.getChildren().get(1), Priority.ALWAYS);
    }

    private void fillGrid() {
        grid.getChildren().clear();
        for (int i = 0; i < 7; i++) {
            Label h = new Label(java.time.DayOfWeek.of(i + 1).getDisplayName(java.time.format.TextStyle.SHORT,
                    I18n.locale()));
            h.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(h, i, 0);
        }
        int row = 1;
        for (DayCell d : vm.days()) {
            int col = d.date().getDayOfWeek().getValue() - 1;
            ToggleButton b = new ToggleButton(d.date().getDayOfMonth() + "\n" + mark(d));
            b.setId("calendar-day-" + d.date());
            b.setPrefSize(70, 50);
            b.setMinSize(70, 50);
            b.getStyleClass().add(d.workday() ? (d.weekend() ? "day-makeup" : "day-work") : "day-off");
            if (d.local()) {
                b.getStyleClass().add("day-local");
            }
            b.setSelected(vm.selectedProperty().get() != null && vm.selectedProperty().get().date().equals(d.date()));
            b.setOnAction(e -> {
                vm.select(d);
                fillGrid();
            });
            grid.add(b, col, row);
            if (col == 6) {
                row++;
            }
        }
    }

    /** The second line of a day: 休 or 班 with the holiday's name, shortened to fit; * for an office entry. */
    private static String mark(DayCell d) {
        boolean special = d.workday() ? d.weekend() : !d.weekend() || !d.name().isEmpty();
        if (!special) {
            return d.local() ? "*" : "";
        }
        String kind = I18n.t(d.workday() ? "admin.calendar.mark.makeup" : "admin.calendar.mark.off");
        String name = d.name().length() > 2 ? d.name().substring(0, 2) : d.name();
        return kind + name + (d.local() ? "*" : "");
    }

    private Node side() {
        Label day = new Label();
        day.setId("calendar-selected");
        day.setWrapText(true);
        vm.selectedProperty().addListener((o, a, d) -> day.setText(d == null ? "" : I18n.t("admin.calendar.selected",
                d.date(), I18n.t(d.workday() ? "admin.calendar.workday" : "admin.calendar.holiday"), d.name(),
                I18n.t(d.local() ? "admin.calendar.source.local" : d.confirmed() ? "admin.calendar.source.official"
                        : "admin.calendar.source.estimate"))));
        TextField name = new TextField();
        name.setId("calendar-name");
        name.setPromptText(I18n.t("admin.calendar.namePrompt"));
        TextField note = new TextField();
        note.setId("calendar-note");
        note.setPromptText(I18n.t("admin.calendar.notePrompt"));
        Button off = new Button(I18n.t("admin.calendar.setHoliday"));
        off.setId("calendar-set-holiday");
        off.setOnAction(e -> vm.setLocal(DayKind.HOLIDAY, name.getText(), note.getText()));
        Button on = new Button(I18n.t("admin.calendar.setWorkday"));
        on.setId("calendar-set-workday");
        on.setOnAction(e -> vm.setLocal(DayKind.WORKDAY, name.getText(), note.getText()));
        Button remove = new Button(I18n.t("admin.calendar.remove"));
        remove.setId("calendar-remove");
        remove.setOnAction(e -> vm.removeLocal());
        for (Button b : new Button[] {off, on, remove}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        Button importFile = new Button(I18n.t("admin.calendar.import"));
        importFile.setId("calendar-import");
        importFile.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("admin.calendar.fileFilter"),
                    "*.json", "*.ics"));
            File f = fc.showOpenDialog(importFile.getScene().getWindow());
            if (f != null) {
                vm.importFile(f.toPath());
            }
        });
        Spinner<Integer> days = new Spinner<>(0, 30, 2);
        days.setId("calendar-threshold-days");
        days.setEditable(true);
        days.setPrefWidth(80);
        Spinner<Integer> percent = new Spinner<>(1, 100, 80);
        percent.setId("calendar-threshold-percent");
        percent.setEditable(true);
        percent.setPrefWidth(80);
        vm.thresholdsProperty().addListener((o, a, t) -> {
            days.getValueFactory().setValue(t.daysLeft());
            percent.getValueFactory().setValue(t.percentUsed());
        });
        Button save = new Button(I18n.t("admin.calendar.saveThresholds"));
        save.setId("calendar-save-thresholds");
        save.setOnAction(e -> vm.saveThresholds(days.getValue(), percent.getValue()));
        Label status = new Label();
        status.setId("calendar-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        TableView<LocalCalendarEntry> list = Tables.table(I18n.t("admin.calendar.entries.empty"));
        list.setId("calendar-entries");
        list.getColumns().add(Tables.text(I18n.t("admin.calendar.col.date"), x -> x.date().toString(), 100));
        list.getColumns().add(Tables.text(I18n.t("admin.calendar.col.kind"), x -> I18n.t(
                x.kind() == DayKind.HOLIDAY ? "admin.calendar.holiday" : "admin.calendar.workday"), 70));
        list.getColumns().add(Tables.text(I18n.t("admin.calendar.col.name"), x -> Tables.orEmpty(x.name()), 120));
        list.getColumns().add(Tables.text(I18n.t("admin.calendar.col.note"), x -> Tables.orEmpty(x.note()), 160));
        list.setItems(vm.entries());
        list.setPrefHeight(160);
        Label entriesTitle = new Label(I18n.t("admin.calendar.entries"));
        entriesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label thresholdsTitle = new Label(I18n.t("admin.calendar.thresholds"));
        thresholdsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        HBox thresholdRow = new HBox(6, new Label(I18n.t("admin.calendar.thresholds.left")), days,
                new Label(I18n.t("admin.calendar.thresholds.days")), percent, new Label("%"), save);
        thresholdRow.setAlignment(Pos.CENTER_LEFT);
        VBox thresholds = new VBox(6, thresholdsTitle, thresholdRow);
        VBox box = new VBox(8, day, name, note, new HBox(6, off, on, remove), status, entriesTitle, list,
                new HBox(6, importFile), thresholds);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    public Node root() {
        return root;
    }

    public void activate() {
        vm.refresh();
    }
}
