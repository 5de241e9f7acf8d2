package cn.quanze.ui.common;

import cn.quanze.core.domain.Light;
import cn.quanze.core.i18n.I18n;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * Shows a {@link Light} name as a coloured dot with its Chinese word (绿/黄/红), or with the row's own words and a
 * tooltip when the row says why it has that light (督办事项: 逾期 / 反馈逾期 …).
 */
public final class LightCell<T> extends TableCell<T, String> {
    private final Function<T, String> words;
    private final Function<T, String> why;

    public LightCell() {
        this(null, null);
    }

    /** {@code words} replace the light's word in the cell, {@code why} is the tooltip; either may be null. */
    public LightCell(Function<T, String> words, Function<T, String> why) {
        this.words = words;
        this.why = why;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("light-GREEN", "light-YELLOW", "light-RED");
        T row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText("● " + (words == null || row == null ? I18n.of(Light.valueOf(item)) : words.apply(row)));
        setTooltip(why == null || row == null ? null : new Tooltip(why.apply(row)));
        getStyleClass().add("light-" + item);
    }
}
