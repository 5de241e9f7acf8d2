package cn.quanze.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Saves a scene as PNG when -Dquanze.shots=DIR is given, so a developer can look at what a test showed. */
public final class Shots {
    private Shots() {
    }

    /** Call on the FX thread. */
    public static void save(Scene scene, String name) {
        String dir = System.getProperty("quanze.shots");
        if (dir == null) {
            return;
        }
        WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        try {
            java.nio.file.Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(b, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
