package cn.quanze.cases.ui;

import cn.quanze.core.domain.Light;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The 限时办结 filter bar: light, department, power item and received period, bound to {@link CaseFilters}. */
final class CaseFilterBar {
    private CaseFilterBar() {
    }

    static HBox of(CasesViewModel vm) {
        CaseFilters filters = vm.filters();
        ComboBox<Light> light = new ComboBox<>();
        light.setId("cases-filter-light");
        light.getItems().add(null);
        light.getItems().addAll(Light.values());
        light.setButtonCell(lightCell());
        light.setCellFactory(l -> lightCell());
        light.valueProperty().bindBidirectional(filters.lightProperty());
        ComboBox<String> dept = new ComboBox<>();
        dept.setId("cases-filter-department");
        vm.departmentOptions().addListener((javafx.collections.ListChangeListener<Department>) c -> {
            String keep = dept.getValue();
            dept.getItems().setAll(vm.departmentOptions().stream().map(Department::name).collect(Collectors.toList()));
            dept.getItems().add(0, "");
            dept.setValue(keep);
        });
        dept.valueProperty().addListener((o, a, b) -> filters.departmentProperty().set(b == null ? "" : b));
        dept.setPromptText(I18n.t("cases.filter.department"));
        TextField power = new TextField();
        power.setId("cases-filter-power");
        power.setPromptText(I18n.t("cases.filter.power"));
        power.textProperty().bindBidirectional(filters.powerProperty());
        DatePicker from = cn.quanze.ui.common.DateField.picker("cases-filter-from", null);
        from.setPromptText(I18n.t("cases.filter.from"));
        from.valueProperty().bindBidirectional(filters.receivedFromProperty());
        from.setPrefWidth(130);
        DatePicker to = cn.quanze.ui.common.DateField.picker("cases-filter-to", null);
        to.setPromptText(I18n.t("cases.filter.to"));
        to.valueProperty().bindBidirectional(filters.receivedToProperty());
        to.setPrefWidth(130);
        HBox box = new HBox(8, new Label(I18n.t("cases.filter.light")), light, dept, power,
                new Label(I18n.t("cases.filter.received")), from, new Label("—"), to);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static ListCell<Light> lightCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Light item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.t("common.all") : I18n.of(item));
            }
        };
    }
}
