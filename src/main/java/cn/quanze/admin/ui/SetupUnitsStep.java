package cn.quanze.admin.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.UnitKind;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The first-run dialog's 本单位的机构 step: a few typed rows (name, kind) and/or the unit list workbook. */
final class SetupUnitsStep {
    private SetupUnitsStep() {
    }

    static Node build(SetupUnitsViewModel vm) {
        Label title = new Label(I18n.t("setup.units"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label hint = new Label(I18n.t("setup.units.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMaxWidth(520);
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        rows.addRow(0, new Label(I18n.t("units.excel.col.name")), new Label(I18n.t("units.excel.col.kind")));
        for (SetupUnitsViewModel.Row r : vm.rows()) {
            addRow(rows, r);
        }
        vm.rows().addListener((ListChangeListener<SetupUnitsViewModel.Row>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> addRow(rows, r));
            }
        });
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(170);
        Button more = new Button(I18n.t("setup.units.more"));
        more.setId("setup-units-more");
        more.setOnAction(e -> vm.addRow());
        Button choose = new Button(I18n.t("setup.units.import"));
        choose.setId("setup-units-import");
        choose.setOnAction(e -> vm.chooseFile());
        Label file = new Label();
        file.setId("setup-units-file");
        file.setWrapText(true);
        file.setMaxWidth(520);
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? I18n.t("setup.units.noFile") : I18n.t("setup.units.file", vm.fileProperty().get().getFileName()),
                vm.fileProperty()));
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        VBox box = new VBox(8, title, hint, scroll, new HBox(8, more, choose), file, problem);
        box.setId("setup-units");
        box.setPadding(new javafx.geometry.Insets(8, 0, 8, 0));
        return box;
    }

    private static void addRow(GridPane grid, SetupUnitsViewModel.Row r) {
        int i = grid.getRowCount();
        TextField name = new TextField();
        name.setId("setup-unit-name-" + i);
        name.setPrefColumnCount(18);
        name.textProperty().bindBidirectional(r.nameProperty());
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.setId("setup-unit-kind-" + i);
        kind.getItems().setAll(UnitKind.values());
        kind.setCellFactory(l -> cell());
        kind.setButtonCell(cell());
        kind.valueProperty().bindBidirectional(r.kindProperty());
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kind.setPrefWidth(130);
        grid.addRow(i, name, kind);
    }

    private static ListCell<UnitKind> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(UnitKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : I18n.of(item));
            }
        };
    }
}
