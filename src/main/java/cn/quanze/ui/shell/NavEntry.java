package cn.quanze.ui.shell;

import cn.quanze.ui.common.PaneView;
import java.util.function.Supplier;
import org.kordamp.ikonli.Ikon;

/** One entry of the navigation rail: label key, icon, and the pane, created on first visit. */
public record NavEntry(String id, String labelKey, Ikon icon, Supplier<PaneView> pane) {
}
