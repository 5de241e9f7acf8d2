package cn.quanze.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what CLI commands print, in Chinese. Register with {@code @RegisterExtension}; read with
 * {@link #out()} (which also clears it) and {@link #err()}.
 */
public final class CliCapture implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        cn.quanze.core.i18n.I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** Everything printed to standard output since the test began or the last {@link #clear()}. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Standard output so far, then cleared: what the next command prints starts afresh. */
    public String take() {
        String s = out();
        clear();
        return s;
    }

    void clear() {
        out.reset();
    }

    void clearErr() {
        err.reset();
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
