package org.warta.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.store.QuadLoader;
import org.warta.store.WartaStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load N-Quads (.nq, .nq.gz: e.g. the part files of the Spark job) into the store, streaming, "
                + "one transaction per batch. Quads are added to what the store holds; load into an empty store to "
                + "get exactly the files' dataset. For data much larger than memory, Jena's tdb2.xloader is the "
                + "alternative (see warta-spark/README.md).",
        footer = ExitCodes.HELP)
final class LoadCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PARTS", description = "N-Quads files, or folders of them.")
    List<Path> parts;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200000",
            description = "Quads per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        List<Path> files = QuadLoader.files(parts);
        long started = System.nanoTime();
        try (WartaStore s = WartaStore.open(store.store)) {
            QuadLoader loader = new QuadLoader(s, batch);
            files.forEach(loader::load);
            double secs = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "loaded %,d quads from %d file(s) into %s in %.1f s", loader.quads(), files.size(),
                    store.store, secs));
        }
        return ExitCodes.OK;
    }
}
