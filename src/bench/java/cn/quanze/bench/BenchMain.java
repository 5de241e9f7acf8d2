package cn.quanze.bench;

import cn.quanze.app.WindowLauncher;
import cn.quanze.cli.QuanzeCommand;
import cn.quanze.core.i18n.I18n;
import picocli.CommandLine;

/**
 * Entry point of the benchmarks: the product's command line plus {@code bench …}. The benches live in their own
 * source set (src/bench/java), compiled with the tests, so the shipped jar holds none of them; run them with
 * {@code java -cp target/quanze.jar:target/test-classes cn.quanze.bench.BenchMain bench …} (docs/benchmarks.md).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = QuanzeCommand.commandLine(WindowLauncher::launch);
        cl.addSubcommand("bench", new CommandLine(new BenchCommand(), cl.getFactory()));
        return cl;
    }

    public static void main(String[] args) {
        I18n.followSystemLocale();
        System.exit(commandLine().execute(args));
    }
}
