package cn.quanze.ui.common;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.domain.NamedFilter;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The line above a list narrowed by a named filter from 首页 ("首页筛选：逾期办件 [显示全部]"); hidden while no named
 * filter is in force. {@code name} is the filter name (see {@link cn.quanze.core.domain.NamedFilter}).
 */
public final class FilterBanner {
    private FilterBanner() {
    }

    public static HBox of(String id, ObservableStringValue name, Runnable clear) {
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> name.get() == null
                || name.get().isEmpty() ? "" : I18n.t("attention.banner", I18n.t(key(name.get()))), name));
        Button all = new Button(I18n.t("attention.clear"));
        all.setId(id + "-clear");
        all.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        all.setOnAction(e -> clear.run());
        HBox box = new HBox(8, text, all);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("filter-banner");
        box.visibleProperty().bind(text.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The bundle key naming a filter. */
    static String key(String filter) {
        return switch (filter) {
            case NamedFilter.CASES_RED -> "attention.light.RED";
            case NamedFilter.CASES_YELLOW -> "attention.light.YELLOW";
            case NamedFilter.DUE_THIS_WEEK -> "attention.dueThisWeek";
            case NamedFilter.OVERDUE -> "attention.overdue";
            case NamedFilter.FEEDBACK_OVERDUE -> "attention.feedbackOverdue";
            case NamedFilter.REVIEW -> "attention.review";
            default -> "attention.other";
        };
    }
}
