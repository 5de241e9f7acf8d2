package cn.quanze.ui.common;

import atlantafx.base.theme.Styles;
import cn.quanze.core.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Layout helpers shared by the panes: page header, cards, spacers. */
public final class Ui {
    private Ui() {
    }

    public static Label title(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A pane header: title on the left, actions on the right. */
    public static HBox header(String titleKey, Node... actions) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(title(titleKey), spacer());
        box.getChildren().addAll(actions);
        return box;
    }

    public static VBox page(Node... children) {
        VBox box = new VBox(12, children);
        box.setPadding(new Insets(16));
        return box;
    }

    /** A badge marking demo data (示例数据). */
    public static Label demoBadge() {
        Label l = new Label(I18n.t("demo.badge"));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, "demo-badge");
        return l;
    }
}
