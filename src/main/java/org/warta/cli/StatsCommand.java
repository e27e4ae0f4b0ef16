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

    @CommandLine.Option(names = "--predicates",
            description = "Also count quads by kind of graph and predicate (rdf:type by class), per article.")
    boolean predicates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> stats;
        Map<String, Long> byPredicate = Map.of();
        try (WartaStore s = WartaStore.open(store.existing())) {
            stats = StoreStats.of(s);
            if (predicates) {
                byPredicate = StoreStats.byPredicate(s);
            }
        }
        stats.forEach((k, v) -> out.printf(Locale.ROOT, "%-18s %,d%n", k, v));
        if (predicates) {
            long articles = Math.max(1, stats.getOrDefault("articles", 1L));
            long quads = Math.max(1, stats.getOrDefault("quads", 1L));
            out.printf(Locale.ROOT, "%nquads by graph and predicate (%,d articles):%n", articles);
            out.printf(Locale.ROOT, "%-52s %12s %10s %7s%n", "graph predicate", "quads", "/article", "share");
            byPredicate.forEach((k, v) -> out.printf(Locale.ROOT, "%-52s %,12d %10.1f %6.1f%%%n", k, v,
                    (double) v / articles, 100.0 * v / quads));
        }
        return ExitCodes.OK;
    }
}
