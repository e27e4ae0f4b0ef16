package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.bench.BenchConfig;
import org.warta.bench.BenchRunner;
import org.warta.bench.CorpusGenerator;
import org.warta.model.WartaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: generate a synthetic corpus, or run the whole benchmark (see bench/README.md; "
                + "bench/run is the documented way to start it).",
        footer = ExitCodes.HELP,
        subcommands = {BenchCommand.Generate.class, BenchCommand.Copies.class, BenchCommand.Run.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write N synthetic Indonesian news articles (visits, talks, calls, receptions, quotes) "
                    + "between office holders of the gazetteer; the same seed gives the same bytes.",
            footer = ExitCodes.HELP)
    static final class Generate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "N", description = "Number of articles.")
        int n;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--first", paramLabel = "K", defaultValue = "0",
                description = "Start at article K of the seed's sequence, to add new articles to a corpus "
                        + "(default: ${DEFAULT-VALUE}).")
        long first;

        @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true,
                description = "A .jsonl file, or a folder for --format folder.")
        Path output;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
                description = "jsonl (one file, the fast form for large corpora) or folder (<id>.txt with "
                        + "<id>.meta.json) (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            if (n < 0 || first < 0) {
                throw new WartaException("N and --first must not be negative");
            }
            CorpusGenerator generator = new CorpusGenerator(seed);
            switch (format) {
                case "jsonl" -> generator.writeJsonl(output, first, n);
                case "folder" -> generator.writeFolder(output, first, n);
                default -> throw new WartaException("unknown format '" + format + "': use jsonl or folder");
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %,d articles (seed %d, from %d) to %s%n", n, seed,
                    first, output);
            return ExitCodes.OK;
        }
    }

    @Command(name = "copies", mixinStandardHelpOptions = true,
            description = "Write N copies of real articles (the seeds by default) with shifted publication dates: "
                    + "copy i is article i mod k published i div k days later, so their meetings are reported "
                    + "again and again (one meeting with N/k reports and more).",
            footer = ExitCodes.HELP)
    static final class Copies implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "N", description = "Number of copies.")
        int n;

        @Option(names = "--from", paramLabel = "PATH", defaultValue = "seeds",
                description = "The articles to copy: a folder or a .jsonl corpus (default: ${DEFAULT-VALUE}).")
        Path from;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "A .jsonl file.")
        Path output;

        @Override
        public Integer call() {
            if (n < 0) {
                throw new WartaException("N must not be negative");
            }
            List<org.warta.model.Article> originals = new ArrayList<>();
            for (org.warta.ingest.ReadItem item : new org.warta.ingest.ArticleReader().readAll(List.of(from))) {
                if (item instanceof org.warta.ingest.ReadItem.Loaded l) {
                    originals.add(l.article());
                } else {
                    throw new WartaException(((org.warta.ingest.ReadItem.Failed) item).problem().toString());
                }
            }
            new org.warta.bench.SeedCopies(originals).writeJsonl(output, n);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %,d copies of %d articles from %s to %s%n", n,
                    originals.size(), from, output);
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Generate a corpus and measure extraction, build (against tdb2.tdbloader), an incremental "
                    + "build and queries over HTTP; print a table and write a JSON report.",
            footer = ExitCodes.HELP)
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
                description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
        int articles;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "Corpus seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--steps", paramLabel = "LIST", split = ",",
                defaultValue = "extract,build,loader,exports,queries,incremental,copies",
                description = "Which measurements (default: ${DEFAULT-VALUE}); loader, exports, queries and incremental "
                        + "need the build.")
        List<String> steps;

        @Option(names = "--warta", paramLabel = "PATH", defaultValue = "./warta",
                description = "The launcher to measure (default: ${DEFAULT-VALUE}).")
        Path warta;

        @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
                description = "Corpus, stores and logs go into a new folder here (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--results", paramLabel = "DIR", defaultValue = "bench/results",
                description = "The JSON report goes here (default: ${DEFAULT-VALUE}).")
        Path results;

        @Option(names = "--keep", description = "Keep the corpus, the export and the store (they are large).")
        boolean keep;

        @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g",
                description = "-Xmx of the build, loader and server JVMs (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--jena-classpath", paramLabel = "FILE",
                description = "A file holding the classpath of org.apache.jena:jena-cmds (bench/run makes it); "
                        + "without it the bulk loader is not run.")
        Path jenaClasspath;

        @Option(names = "--increment", paramLabel = "N", defaultValue = "1000",
                description = "Articles added by the incremental build (default: ${DEFAULT-VALUE}).")
        int increment;

        @Option(names = "--clients", paramLabel = "LIST", split = ",", defaultValue = "1,8,32",
                description = "Concurrent query clients (default: ${DEFAULT-VALUE}).")
        List<Integer> clients;

        @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
                description = "Warm-up of each query load (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "20",
                description = "Measured time of each query load (default: ${DEFAULT-VALUE}).")
        int duration;

        @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "A query taking longer is cancelled and counted; also the server's --timeout "
                        + "(default: ${DEFAULT-VALUE}).")
        int requestTimeout;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
                description = "Port of warta serve on 127.0.0.1 (default: a free one).")
        int port;

        @Option(names = "--extract-sample", paramLabel = "N", defaultValue = "10000",
                description = "Articles analyzed by the extraction step (default: ${DEFAULT-VALUE}).")
        int extractSample;

        @Option(names = "--extract-warmup", paramLabel = "SECONDS", defaultValue = "10",
                description = "Warm-up of the extraction step (default: ${DEFAULT-VALUE}).")
        int extractWarmup;

        @Option(names = "--person-query", paramLabel = "FILE", defaultValue = "queries/meetings-of-person.rq",
                description = "Meetings of one person, ?name bound per request (default: ${DEFAULT-VALUE}).")
        Path personQuery;

        @Option(names = "--persons-query", paramLabel = "FILE", defaultValue = "bench/queries/persons-with-meetings.rq",
                description = "The persons (?name) to bind (default: ${DEFAULT-VALUE}).")
        Path personsQuery;

        @Option(names = "--page-query", paramLabel = "FILE", defaultValue = "queries/meetings-page.rq",
                description = "One page of the meetings table, the newest (default: ${DEFAULT-VALUE}).")
        Path pageQuery;

        @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "100",
                description = "Requests a second offered by the open-loop load of each query (default: "
                        + "${DEFAULT-VALUE}; 0 for none).")
        double rate;

        @Option(names = "--copies", paramLabel = "N", defaultValue = "20000",
                description = "Copies of the seeds (shifted publication dates) built by the copies step, in a "
                        + "store of their own (default: ${DEFAULT-VALUE}).")
        int copies;

        @Option(names = "--invocation", paramLabel = "TEXT", hidden = true,
                description = "The command line to quote in the report (bench/run passes its own).")
        String invocation;

        @Override
        public Integer call() {
            EnumSet<BenchConfig.Step> chosen = EnumSet.noneOf(BenchConfig.Step.class);
            for (String s : steps) {
                try {
                    chosen.add(BenchConfig.Step.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new WartaException("unknown step '" + s
                            + "': use extract, build, loader, exports, queries, incremental, copies");
                }
            }
            String command = invocation != null ? invocation
                    : "warta bench run " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            BenchConfig config;
            try {
                config = new BenchConfig(articles, seed, chosen, warta, work, results, keep, heap,
                        Optional.ofNullable(jenaClasspath), increment, clients, Duration.ofSeconds(warmup),
                        Duration.ofSeconds(duration), Duration.ofSeconds(requestTimeout), port, extractSample,
                        Duration.ofSeconds(extractWarmup), personQuery, personsQuery, pageQuery, rate, copies,
                        command);
            } catch (IllegalArgumentException e) {
                throw new WartaException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            BenchRunner.Outcome outcome = new BenchRunner(config, spec.commandLine().getErr()).run();
            out.println();
            outcome.report().printTable(out);
            out.println("json: " + outcome.json());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
