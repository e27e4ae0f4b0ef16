package org.warta.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.warta.model.WartaException;
import org.warta.store.Exporter;
import org.warta.store.WartaStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as Turtle (the union of all graphs, or one --graph), or the whole dataset with "
                + "its named graphs as TriG, N-Quads or JSON-LD. Turtle, TriG and N-Quads are streamed.",
        footer = ExitCodes.HELP)
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph (an article's IRI).")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Exporter.Format f;
        try {
            f = Exporter.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WartaException("unknown export format '" + format + "': use ttl, trig, nq or jsonld");
        }
        if (graph != null && IRIs.check(graph) == false) {
            throw new WartaException("--graph is not an absolute IRI: '" + graph + "'");
        }
        if (output != null) {
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new WartaException("cannot write " + output + ": no folder " + folder);
            }
            if (Files.isDirectory(output)) {
                throw new WartaException("cannot write " + output + ": it is a folder; give a file name");
            }
        }
        try (WartaStore s = WartaStore.open(store.existing())) {
            Exporter exporter = new Exporter(s);
            if (output != null) {
                try (OutputStream os = new BufferedOutputStream(open(output), 1 << 16)) {
                    exporter.export(f, graph == null ? null : NodeFactory.createURI(graph), os);
                }
            } else {
                WriterOutputStream os = new WriterOutputStream(spec.commandLine().getOut());
                exporter.export(f, graph == null ? null : NodeFactory.createURI(graph), os);
                os.flush();
            }
        }
        return ExitCodes.OK;
    }

    private static OutputStream open(Path output) {
        try {
            return Files.newOutputStream(output);
        } catch (IOException e) {
            throw new WartaException("cannot write " + output + ": " + e.getMessage());
        }
    }
}
