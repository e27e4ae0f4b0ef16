package org.warta.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.store.StoreStats;
import org.warta.store.WartaStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.",
        footer = ExitCodes.HELP)
final class StatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> stats;
        try (WartaStore s = WartaStore.open(store.existing())) {
            stats = StoreStats.of(s);
        }
        stats.forEach((k, v) -> out.printf(Locale.ROOT, "%-18s %,d%n", k, v));
        return ExitCodes.OK;
    }
}
