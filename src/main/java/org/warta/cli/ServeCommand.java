package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.corpus.BuildListener;
import org.warta.corpus.BuildOptions;
import org.warta.rdf.Annotations;
import org.warta.corpus.BuildReport;
import org.warta.ingest.Problem;
import org.warta.ingest.TextDecoder;
import org.warta.model.WartaException;
import org.warta.server.ServerConfig;
import org.warta.server.WartaServer;
import org.warta.store.WartaStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build PATH into the store if given, then serve the store over SPARQL with a web page to "
                + "explore who met whom. Safe by default: 127.0.0.1 only, read-only, 30 s query timeout, no SERVICE, "
                + "1 MiB request bodies, no CORS. Stops with Ctrl-C.",
        footer = ExitCodes.HELP)
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to build first (as `warta build`).")
    List<Path> inputs = List.of();

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes, behind HTTP basic auth.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --allow-update: users and passwords, one \"user: password\" a line.")
    Path passwordFile;

    @Option(names = "--allow-service", description = "Allow federated SERVICE queries (outbound HTTP requests).")
    boolean allowService;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow browser pages from this origin to query.")
    String cors;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY,
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}); larger gets 413.")
    long maxBody;

    @Option(names = "--annotations", paramLabel = "LEVEL", defaultValue = "lean",
            converter = AnnotationsConverter.class, description = "lean or full, for the build (as `warta build`).")
    Annotations annotations;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "An additional gazetteer TSV for the build.")
    Path gazetteer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = new ServerConfig(host, port, Duration.ofSeconds(timeout), allowUpdate,
                Optional.ofNullable(passwordFile), allowService, Optional.ofNullable(cors), maxBody);
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new WartaException("cannot read --password-file " + passwordFile);
        }
        int status = ExitCodes.OK;
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new WartaException("no such file or folder: " + in + " (nothing is served)");
            }
        }
        try (WartaStore s = WartaStore.open(inputs.isEmpty() ? store.existing() : store.store)) {
            if (!inputs.isEmpty()) {
                BuildReport report = Engine.builder(Optional.ofNullable(gazetteer), TextDecoder.DEFAULT_MAX_BYTES)
                        .build(s, inputs, BuildOptions.defaults().withAnnotations(annotations), new BuildListener() {
                            @Override
                            public void problem(Problem p) {
                                err.println(p);
                                err.flush();
                            }
                        });
                out.println(BuildCommand.summary(report));
                status = report.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
                if (report.written() + report.unchanged() == 0 && !s.hasArticles()) {
                    throw new WartaException(BuildCommand.nothingRead(inputs, report) + " (nothing is served)");
                }
            }
            try (WartaServer server = WartaServer.start(s, config)) {
                server.describe().forEach(out::println);
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "warta-shutdown"));
                server.join();
            }
        }
        return status;
    }
}
