package cn.quanze.ui.common;

import cn.quanze.core.domain.Light;
import cn.quanze.core.i18n.I18n;
import javafx.scene.control.TableCell;

/** Shows a {@link Light} name as a coloured dot with its Chinese word (绿/黄/红). */
public final class LightCell<T> extends TableCell<T, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("light-GREEN", "light-YELLOW", "light-RED");
        if (empty || item == null) {
            setText(null);
            return;
        }
        setText("● " + I18n.of(Light.valueOf(item)));
        getStyleClass().add("light-" + item);
    }
}
