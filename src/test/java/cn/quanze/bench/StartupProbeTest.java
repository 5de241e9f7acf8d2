package cn.quanze.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupProbeTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void timesAChildToItsMarkerAndReadsItsMemoryWhereProcTells() throws Exception {
        Path src = Files.createTempFile("probe", ".java");
        Files.writeString(src, "class P { public static void main(String[] a) throws Exception {"
                + " System.out.println(System.getenv(\"PROBE_WORD\")); System.out.flush(); Thread.sleep(300); } }");
        StartupProbe.Sample s = StartupProbe.run(List.of(JAVA, src.toString()),
                Map.of("PROBE_WORD", StartupProbe.MARKER), true);
        assertThat(s.millis()).isPositive();
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertThat(s.rssKb()).as("VmRSS of the live child").isGreaterThan(1_000);
            assertThat(s.cpuMillis()).as("CPU time of the live child").isPositive();
        } else {
            assertThat(s.rssKb()).isEqualTo(-1);
            assertThat(s.cpuMillis()).isEqualTo(-1);
        }
    }

    @Test
    void aChildThatNeverShowsItsWindowIsAnError() {
        assertThatThrownBy(() -> StartupProbe.run(List.of(JAVA, "-version"), Map.of(), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no window");
    }

    @Test
    void phasesAfterTheMarkerAreReadInOrderAndTheirMediansReported() {
        assertThat(StartupProbe.phases(" launch=350 database=1200 junk window=2000")).containsExactly(
                Map.entry("launch", 350L), Map.entry("database", 1200L), Map.entry("window", 2000L));
        StartupProbe.Series series = new StartupProbe.Series();
        series.add(new StartupProbe.Sample(1, 1, 1, StartupProbe.phases("launch=300 window=900")));
        series.add(new StartupProbe.Sample(1, 1, 1, StartupProbe.phases("launch=100 window=700")));
        series.add(new StartupProbe.Sample(1, 1, 1, StartupProbe.phases("launch=200 window=800")));
        assertThat(series.medianPhases()).isEqualTo("launch 200 ms, window 800 ms");
    }

    @Test
    void mediansOfTimesAndMemory() {
        StartupProbe.Series series = new StartupProbe.Series();
        series.add(new StartupProbe.Sample(300, 200 * 1024));
        series.add(new StartupProbe.Sample(100, 100 * 1024));
        series.add(new StartupProbe.Sample(200, -1));
        assertThat(series.medianMillis()).isEqualTo(200);
        assertThat(series.medianRssMb()).isEqualTo("100");
    }
}
