package cn.quanze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which argument lists open the window directly and which go to the command line parser. */
class LauncherArgsTest {
    @Test
    void plainWindowStartsSkipTheCommandParser() {
        assertThat(Launcher.WindowArgs.parse(new String[0])).contains(new Launcher.WindowArgs(null, List.of()));
        assertThat(Launcher.WindowArgs.parse(new String[] {"--data-dir", "/d"}))
                .contains(new Launcher.WindowArgs(Path.of("/d"), List.of()));
        assertThat(Launcher.WindowArgs.parse(new String[] {"--data-dir=/d", "JD01-to-QU-20261122-0001.qzb"}))
                .contains(new Launcher.WindowArgs(Path.of("/d"), List.of("JD01-to-QU-20261122-0001.qzb")));
    }

    @Test
    void commandsOptionsAndMistakesGoToTheParser() {
        assertThat(Launcher.WindowArgs.parse(new String[] {"db", "check"})).isEmpty();
        assertThat(Launcher.WindowArgs.parse(new String[] {"--help"})).isEmpty();
        assertThat(Launcher.WindowArgs.parse(new String[] {"--data-dir"})).isEmpty();
        assertThat(Launcher.WindowArgs.parse(new String[] {"--data-dir", "/a", "--data-dir", "/b"})).isEmpty();
        assertThat(Launcher.WindowArgs.parse(new String[] {"a.qzb", "b.qzb"})).isEmpty();
        assertThat(Launcher.WindowArgs.parse(new String[] {"--user", "x"})).isEmpty();
    }
}
