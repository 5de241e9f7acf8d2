package cn.quanze.powers.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The 权力清单 filter bar: full-text search, type, department, status and "show cancelled", bound to the view model. */
final class PowerFilterBar {
    private PowerFilterBar() {
    }

    static Node of(PowersViewModel vm) {
        TextField search = new TextField();
        search.setPromptText(I18n.t("powers.search.prompt"));
        search.setId("powers-search");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(22);
        ComboBox<PowerType> type = combo("powers-filter-type", List.of(PowerType.values()), I18n::of);
        type.valueProperty().bindBidirectional(vm.typeFilterProperty());
        ComboBox<Department> dept = combo("powers-filter-department", List.of(), Department::name);
        vm.departmentsProperty().addListener((o, a, b) -> {
            Department keep = dept.getValue();
            dept.getItems().setAll(new ArrayList<>(java.util.Collections.singletonList(null)));
            dept.getItems().addAll(b);
            dept.setValue(keep);
        });
        dept.valueProperty().bindBidirectional(vm.departmentFilterProperty());
        ComboBox<PowerStatus> status = combo("powers-filter-status", List.of(PowerStatus.values()), I18n::of);
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        CheckBox cancelled = new CheckBox(I18n.t("powers.filter.showCancelled"));
        cancelled.setId("powers-show-cancelled");
        cancelled.selectedProperty().bindBidirectional(vm.showCancelledProperty());
        HBox box = new HBox(8, search, new Label(I18n.t("powers.filter.type")), type,
                new Label(I18n.t("powers.filter.department")), dept, new Label(I18n.t("powers.filter.status")), status,
                cancelled);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().add(null);
        c.getItems().addAll(values);
        Supplier<ListCell<T>> cell = () -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.t("common.all") : label.apply(item));
            }
        };
        c.setButtonCell(cell.get());
        c.setCellFactory(l -> cell.get());
        return c;
    }
}
