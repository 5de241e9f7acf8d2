package cn.quanze.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;

/**
 * Look: AtlantaFX Primer (light or dark) and the bundled WenQuanYi Micro Hei font, so Chinese renders on a
 * machine with no Chinese fonts installed.
 */
public final class Theme {
    public static final String FONT_FAMILY = "WenQuanYi Micro Hei";
    private static final String FONT = "/assets/fonts/wqy-microhei.ttc";

    private Theme() {
    }

    public static void loadFonts() {
        try (InputStream in = Theme.class.getResourceAsStream(FONT)) {
            if (in != null) {
                Font.loadFonts(in, 13);
            }
        } catch (IOException ignored) {
            // the theme's default font is the fallback
        }
    }

    /** The seal icon (assets/icons) in the sizes window managers pick from, for a stage's title bar and task bar. */
    public static List<Image> appIcons() {
        return Stream.of(16, 32, 48, 256)
                .map(size -> Theme.class.getResource("/assets/icons/quanze-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The app stylesheet and the CJK font on the scene root; {@code fontSize} in points for older eyes. */
    public static void style(Scene scene, double fontSize) {
        String css = Theme.class.getResource("/cn/quanze/ui/quanze.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().setStyle("-fx-font-family: \"" + FONT_FAMILY + "\"; -fx-font-size: " + fontSize + "px;");
    }
}
