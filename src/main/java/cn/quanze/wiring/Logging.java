package cn.quanze.wiring;

import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Points Logback's rolling file at the data directory (read by logback.xml as ${quanze.logDir}). */
public final class Logging {
    /** The folder of the data directory the log goes to. */
    public static final String DIR = "logs";

    private Logging() {
    }

    public static void configure(Path dataDir) {
        if (System.getProperty("quanze.logDir") == null) {
            System.setProperty("quanze.logDir", dataDir.resolve(DIR).toString());
        }
    }

    /** Closes the log files (the process is about to end), so that a folder they are in can be removed. */
    static void stop() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof ch.qos.logback.classic.LoggerContext context) {
            context.stop();
        }
    }
}
