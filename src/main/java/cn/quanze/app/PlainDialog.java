package cn.quanze.app;

import cn.quanze.core.i18n.I18n;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.InputStream;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * A message box for when the JavaFX window itself could not start (e.g. GTK 3 missing while a display exists): a
 * plain Swing dialog, in the bundled CJK font so the Chinese shows on a machine without Chinese fonts. Without a
 * display, or when even this fails, nothing is shown (the message is on stderr already).
 */
final class PlainDialog {
    private static final String FONT = "/assets/fonts/wqy-microhei.ttc";

    private PlainDialog() {
    }

    static void show(String title, String message) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            SwingUtilities.invokeAndWait(() -> {
                Font font = font();
                JTextArea text = new JTextArea(message, 0, 40);
                text.setLineWrap(true);
                text.setWrapStyleWord(false);
                text.setEditable(false);
                text.setOpaque(false);
                if (font != null) {
                    text.setFont(font);
                    UIManager.put("OptionPane.buttonFont", font);
                    UIManager.put("OptionPane.messageFont", font);
                    UIManager.put("OptionPane.okButtonText", I18n.t("common.ok"));
                }
                JOptionPane.showMessageDialog(null, text, title, JOptionPane.ERROR_MESSAGE);
            });
        } catch (Exception | LinkageError e) {
            // no dialog possible here: the sentence is on stderr
        }
    }

    private static Font font() {
        try (InputStream in = PlainDialog.class.getResourceAsStream(FONT)) {
            return in == null ? null : Font.createFonts(in)[0].deriveFont(14f);
        } catch (Exception e) {
            return null;
        }
    }
}
