package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.corpus.BuildListener;
import org.warta.corpus.BuildOptions;
import org.warta.corpus.BuildReport;
import org.warta.ingest.Problem;
import org.warta.ingest.TextDecoder;
import org.warta.rdf.Annotations;
import org.warta.store.WartaStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read articles (folders of .txt with .meta.json sidecars, .jsonl corpora, saved .html pages, "
                + ".warc/.warc.gz web archives, RSS/Atom feeds), extract entities, meetings and statements, and write "
                + "one named graph per article into the store. Unchanged articles are not rewritten; a broken input "
                + "is reported and the rest are built; a build that reads no article exits with 4.",
        footer = ExitCodes.HELP)
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, .jsonl corpora, .html pages, .warc(.gz) archives or feeds.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles per write transaction. Default: into a store without articles, one bulk load"
                    + " (TDB2's phased loader; if it is killed, the next open empties the store again); into a store"
                    + " that holds articles, 1000 per transaction. A kill loses only uncommitted articles.")
    Integer batch;

    @Option(names = "--force", description = "Re-extract every article even if unchanged.")
    boolean force;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "An additional gazetteer TSV (same columns as the bundled one) with your own entities.")
    Path gazetteer;

    @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES,
            description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    int maxArticleBytes;

    @Option(names = "--no-progress", description = "No progress line, even on a terminal.")
    boolean noProgress;

    @Option(names = "--no-text-index",
            description = "Do not update the full-text index (faster bulk loads; the next command that opens the"
                    + " store with the index, such as serve or query, rebuilds it).")
    boolean noTextIndex;

    @Option(names = "--annotations", paramLabel = "LEVEL", defaultValue = "lean",
            converter = AnnotationsConverter.class,
            description = "lean (default): every fact with its article, sentence span and evidence span; full: also"
                    + " every sentence and mention with their text (NIF-complete), in a named graph per article.")
    Annotations annotations;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch != null && batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        BuildOptions options = BuildOptions.defaults().withForce(force).withAnnotations(annotations);
        if (batch != null) {
            options = options.withBatchSize(batch);
        }
        if (threads != null) {
            options = options.withThreads(threads);
        }
        Progress progress = new Progress(err, !noProgress && System.console() != null);
        BuildReport report;
        try (WartaStore s = WartaStore.open(store.store, !noTextIndex)) {
            report = Engine.builder(Optional.ofNullable(gazetteer), maxArticleBytes)
                    .build(s, inputs, options, progress);
        }
        progress.finish();
        out.println(summary(report));
        err.flush();
        if (report.written() + report.unchanged() == 0) {
            err.println("warta: " + nothingRead(inputs, report));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return report.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Why a build read nothing: no input held an article Warta could read. */
    static String nothingRead(List<Path> inputs, BuildReport r) {
        long warnings = r.problems().stream().filter(p -> !p.isError()).count();
        return String.format(Locale.ROOT, "no article read from %s: %d input(s) refused, %d warning(s) above; Warta "
                + "reads %s", String.join(", ", inputs.stream().map(Path::toString).toList()), r.failed(), warnings,
                org.warta.ingest.InputKind.READ);
    }

    static String summary(BuildReport r) {
        long warnings = r.problems().stream().filter(p -> !p.isError()).count();
        String head = r.changedNothing()
                ? String.format(Locale.ROOT, "nothing changed: %d article(s) unchanged", r.unchanged())
                : String.format(Locale.ROOT, "built %d article(s): %d added, %d updated, %d unchanged",
                        r.written() + r.unchanged(), r.added(), r.updated(), r.unchanged());
        return String.format(Locale.ROOT, "%s; %d failed, %d warning(s); %,d triples written; %d meetings; %.1f s",
                head, r.failed(), warnings, r.triplesWritten(), r.meetings(), r.elapsed().toMillis() / 1000.0);
    }

    /** Problems as they happen, and a progress line on a terminal. */
    private static final class Progress implements BuildListener {
        private final PrintWriter err;
        private final boolean tty;
        private final long started = System.nanoTime();
        private volatile long last;

        Progress(PrintWriter err, boolean tty) {
            this.err = err;
            this.tty = tty;
        }

        @Override
        public synchronized void progress(long done) {
            if (tty && done % 100 == 0) {
                double secs = (System.nanoTime() - started) / 1e9;
                err.printf(Locale.ROOT, "\r%,d articles, %.0f/s   ", done, done / Math.max(secs, 1e-3));
                err.flush();
                last = done;
            }
        }

        @Override
        public synchronized void problem(Problem problem) {
            if (last > 0) {
                err.print("\r");
            }
            err.println(problem);
            err.flush();
        }

        synchronized void finish() {
            if (last > 0) {
                err.println();
            }
        }
    }
}
