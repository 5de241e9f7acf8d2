package cn.quanze.wiring;

import java.nio.file.Path;

/** Points Logback's rolling file at the data directory (read by logback.xml as ${quanze.logDir}). */
public final class Logging {
    private Logging() {
    }

    public static void configure(Path dataDir) {
        if (System.getProperty("quanze.logDir") == null) {
            System.setProperty("quanze.logDir", dataDir.resolve("logs").toString());
        }
    }
}
