package cn.quanze.powers.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.files.FieldSpec;
import cn.quanze.powers.files.PowerColumns;
import cn.quanze.powers.files.PowerImport;
import cn.quanze.core.files.SheetData;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The import wizard: pick a workbook, confirm or change the column mapping of each sheet with a preview, check
 * (dry run) to list every problem by sheet, row and column, then import — all rows, or only the valid ones.
 */
final class ImportWizard {
    private ImportWizard() {
    }

    static void show(Window owner, PowerImportViewModel vm, Path file, Runnable imported) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("powers.import.title"));
        Label message = new Label();
        message.setId("powers-import-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button cancelWork = new Button(I18n.t("powers.import.stop"));
        cancelWork.visibleProperty().bind(vm.busyProperty());
        cancelWork.setOnAction(e -> vm.cancel());
        TabPane sheets = new TabPane();
        sheets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sheets.setId("powers-import-sheets");
        ListView<String> issues = new ListView<>();
        issues.setId("powers-import-issues");
        issues.setPrefHeight(140);
        issues.setPlaceholder(new Label(I18n.t("powers.import.noIssues")));
        CheckBox skip = new CheckBox(I18n.t("powers.import.skipInvalid"));
        skip.setId("powers-import-skip");
        skip.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        vm.analysisProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.sheets().size() != b.sheets().size())) {
                fillSheets(sheets, vm, b);
            }
        });
        vm.reportProperty().addListener((o, a, b) -> issues.getItems().setAll(vm.issueLines()));
        Label issuesTitle = new Label(I18n.t("powers.import.issues"));
        issuesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(10, new Label(I18n.t("powers.import.file", file.getFileName())),
                new HBox(8, progress, cancelWork), message, sheets, issuesTitle, issues, skip);
        content.setPrefSize(900, 640);
        VBox.setVgrow(sheets, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        cn.quanze.ui.common.Screens.keepOnScreen(dialog);
        ButtonType check = new ButtonType(I18n.t("powers.import.check"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        ButtonType run = new ButtonType(I18n.t("powers.import.run"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(check, run, ButtonType.CLOSE);
        Button checkButton = (Button) dialog.getDialogPane().lookupButton(check);
        checkButton.setId("powers-import-check");
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("powers-import-run");
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setText(I18n.t("powers.close"));
        close.setId("powers-import-close");
        checkButton.disableProperty().bind(vm.analysisProperty().isNull().or(vm.busyProperty()));
        runButton.disableProperty().bind(vm.analysisProperty().isNull().or(vm.busyProperty()));
        checkButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.check();
        });
        runButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.runImport(imported);
        });
        dialog.setOnCloseRequest(e -> vm.cancel());
        dialog.show();
        vm.open(file);
    }

    private static void fillSheets(TabPane tabs, PowerImportViewModel vm, PowerImport.Analysis a) {
        tabs.getTabs().clear();
        for (int i = 0; i < a.sheets().size(); i++) {
            Tab t = new Tab(I18n.t("powers.import.sheet", a.sheets().get(i).sheet().name(),
                    a.sheets().get(i).headerRow() + 1));
            t.setContent(sheetPane(vm, i));
            tabs.getTabs().add(t);
        }
    }

    private static ScrollPane sheetPane(PowerImportViewModel vm, int sheet) {
        GridPane mapping = new GridPane();
        mapping.setHgap(8);
        mapping.setVgap(4);
        mapping.setPadding(new Insets(8));
        List<String> headers = vm.headers(sheet);
        List<String> choices = new ArrayList<>();
        choices.add(I18n.t("powers.import.unmapped"));
        for (int c = 0; c < headers.size(); c++) {
            choices.add(SheetData.columnLetter(c) + "  " + headers.get(c));
        }
        TableView<List<String>> preview = new TableView<>();
        preview.setId("powers-import-preview");
        preview.setPrefHeight(220);
        Runnable refreshPreview = () -> fillPreview(preview, vm, sheet);
        int i = 0;
        for (FieldSpec f : vm.fields()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("powers-import-map-" + f.key());
            box.getItems().setAll(choices);
            box.getSelectionModel().select(vm.columnOf(sheet, f.key()) + 1);
            box.valueProperty().addListener((o, x, y) -> {
                vm.setColumn(sheet, f.key(), box.getSelectionModel().getSelectedIndex() - 1);
                refreshPreview.run();
            });
            Label name = new Label(f.label() + (f.required() ? " *" : ""));
            mapping.add(name, (i % 3) * 2, i / 3);
            mapping.add(box, (i % 3) * 2 + 1, i / 3);
            i++;
        }
        refreshPreview.run();
        Label previewTitle = new Label(I18n.t("powers.import.preview"));
        previewTitle.getStyleClass().add(Styles.TEXT_BOLD);
        ScrollPane s = new ScrollPane(new VBox(8, mapping, previewTitle, preview));
        s.setFitToWidth(true);
        return s;
    }

    private static void fillPreview(TableView<List<String>> table, PowerImportViewModel vm, int sheet) {
        table.getColumns().clear();
        List<String> fields = vm.previewFields(sheet);
        for (int c = 0; c < fields.size(); c++) {
            int col = c;
            TableColumn<List<String>, String> tc = new TableColumn<>(PowerColumns.label(fields.get(c)));
            tc.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().get(col)));
            tc.setPrefWidth(110);
            table.getColumns().add(tc);
        }
        table.getItems().setAll(vm.preview(sheet));
    }
}
