package cn.quanze.bench;

import cn.quanze.cli.CliCapture;
import cn.quanze.cli.CliTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze bench search} on a small data set: generates, then prints one line per query with both timings. */
class SearchBenchCliTest {
    @RegisterExtension
    final CliCapture io = new CliCapture();

    @TempDir
    Path dir;

    @Test
    void generatesOnceAndTimesEveryQueryAgainstTheBaseline() {
        String[] args = {"bench", "search", "--keep-data", dir.toString(), "--powers", "300", "--cases", "300",
            "--supervision", "100", "--units", "12", "--runs", "1"};
        assertThat(CliTest.run(args)).isZero();
        String first = io.take();
        assertThat(first).contains("已生成 12 个单位、300 项权力事项、60 条责任事项、300 件办件、100 项督办事项");
        assertThat(first.lines().filter(l -> l.contains("全局搜索 中位数"))).hasSize(SearchBench.QUERIES.size() + 1);
        assertThat(first).containsPattern("“食品”（2 个字）结果 POWER=\\d+ .*CASE=\\d+")
                .contains("“量子计算机”（5 个字）结果 0");
        assertThat(CliTest.run(args)).isZero();
        assertThat(io.take()).as("the kept data set is reused").doesNotContain("已生成").contains("数据集共 772 条记录");
    }
}
