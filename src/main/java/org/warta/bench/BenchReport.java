package org.warta.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.warta.model.WartaException;

/**
 * Every figure of one benchmark run, written as JSON (snake_case keys; a step that did not run is absent, and
 * {@code notes} says why) and printed as a table. Sizes are MiB, times seconds unless the name says ms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchReport(String command, String started, Machine machine, Settings settings, Corpus corpus,
                          List<ExtractionBenchmark.Result> extraction, Build build, Export export, Loader loader,
                          Double buildOverLoader, List<FormatExport> exports, Build incremental,
                          List<QueryCheck> queryChecks, List<QueryLoad.Result> queries, Copies copies,
                          List<String> notes) {

    public BenchReport {
        extraction = List.copyOf(extraction);
        exports = List.copyOf(exports);
        queryChecks = List.copyOf(queryChecks);
        queries = List.copyOf(queries);
        notes = List.copyOf(notes);
    }

    /** The machine the figures come from. {@code java} is the first line of {@code java -version}. */
    public record Machine(int cores, double memoryGib, String cpu, String os, String java) {
    }

    public record Settings(int articles, long seed, List<String> steps, String heap, int increment, List<Integer> clients,
                           double queryWarmupS, double queryDurationS, double requestTimeoutS, int extractSample,
                           double extractWarmupS) {
    }

    public record Corpus(int articles, long bytes, double generateS) {
    }

    /**
     * One {@code warta build} run as a whole process. {@code quads} is what the store holds afterwards (counted in
     * the N-Quads export), the figure the bulk loader is compared on; {@code triplesWritten} is the build's own count.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Build(int articles, int articlesBefore, int exit, double wallS, double articlesPerS, Long quads,
                        Double quadsPerS, Long triplesWritten, Double userS, Double systemS, long peakRssMib,
                        long storeMib, String summary) {

        /** Quads in the store a stored article, when the store was counted. */
        @JsonProperty("quads_per_article")
        public Double quadsPerArticle() {
            return quads == null ? null : quads / (double) (articles + articlesBefore);
        }

        /** KiB of store (TDB2 files and text index) an article. */
        @JsonProperty("store_kib_per_article")
        public double storeKibPerArticle() {
            return storeMib * 1024.0 / (articles + articlesBefore);
        }

        /** Milliseconds of the whole build an article written. */
        @JsonProperty("ms_per_article")
        public double msPerArticle() {
            return wallS * 1000 / articles;
        }
    }

    /** {@code warta export} in one format as a whole process, its output counted and thrown away. */
    public record FormatExport(String format, int exit, double wallS, long bytes, long peakRssMib) {
    }

    /**
     * The seeds copied with shifted publication dates, built into a store of their own: one meeting retold by
     * thousands of articles. {@code largestMeetingReports} is the number of reports of the largest merged meeting.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Copies(int copies, Build build, Long meetings, Long largestMeetingReports, Long corpusQuads) {
    }

    public record Export(int exit, double wallS, long quads, long fileMib) {
    }

    /** {@code tdb2.tdbloader} as a whole process; {@code ownS} is the loader's own "Time =" figure, if it printed one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Loader(String loader, int exit, double wallS, double quadsPerS, Double ownS, long peakRssMib,
                         long storeMib) {
    }

    /** A query sent once before its load: it must answer 200; its rows and size say how heavy it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QueryCheck(String query, int status, long rows, long bytes, double millis, String error) {
    }

    public void writeJson(Path file) {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            json.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new WartaException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public void printTable(PrintWriter out) {
        out.printf(Locale.ROOT, "Warta benchmark, %s%n", started);
        out.printf(Locale.ROOT, "command: %s%n", command);
        out.printf(Locale.ROOT, "machine: %d cores, %.1f GiB, %s, %s, %s%n", machine.cores(), machine.memoryGib(),
                machine.cpu(), machine.os(), machine.java());
        out.printf(Locale.ROOT, "corpus:  %,d articles, %.1f MB, seed %d; measured JVMs run with -Xmx%s%n",
                corpus.articles(), corpus.bytes() / 1e6, settings.seed(), settings.heap());
        out.println();
        String row = "%-34s %s%n";
        for (ExtractionBenchmark.Result r : extraction) {
            out.printf(Locale.ROOT, row, "extraction, " + r.threads() + (r.threads() == 1 ? " thread" : " threads"),
                    String.format(Locale.ROOT, "%,.0f articles/s  %.2f MB/s  (%,d articles in %.1f s)",
                            r.articlesPerS(), r.mbPerS(), r.articles(), r.seconds()));
        }
        if (build != null) {
            out.printf(Locale.ROOT, row, "build " + String.format(Locale.ROOT, "%,d", build.articles()), buildLine(build));
        }
        if (loader != null) {
            out.printf(Locale.ROOT, row, "tdb2.tdbloader --loader=" + loader.loader(), String.format(Locale.ROOT,
                    "%.1f s  %,.0f quads/s  peak RSS %,d MiB  store %,d MiB", loader.wallS(), loader.quadsPerS(),
                    loader.peakRssMib(), loader.storeMib()));
        }
        if (buildOverLoader != null) {
            out.printf(Locale.ROOT, row, "build time / loader time", String.format(Locale.ROOT, "%.2f", buildOverLoader));
        }
        if (build != null && build.quads() != null) {
            out.printf(Locale.ROOT, row, "per article", String.format(Locale.ROOT,
                    "%.1f quads  %.1f KiB of store  %.2f ms of build", build.quadsPerArticle(),
                    build.storeKibPerArticle(), build.msPerArticle()));
        }
        for (FormatExport e : exports) {
            out.printf(Locale.ROOT, row, "export --format " + e.format(), String.format(Locale.ROOT,
                    "%.1f s  %,d MB  peak RSS %,d MiB%s", e.wallS(), e.bytes() / 1_000_000, e.peakRssMib(),
                    e.exit() == 0 ? "" : "  EXIT " + e.exit()));
        }
        if (incremental != null) {
            out.printf(Locale.ROOT, row, String.format(Locale.ROOT, "incremental +%,d to %,d", incremental.articles(),
                    incremental.articlesBefore()), buildLine(incremental));
        }
        for (QueryCheck c : queryChecks) {
            String result = c.error() != null ? "FAILED " + c.status() + ": " + c.error()
                    : String.format(Locale.ROOT, "%,d rows, %,d bytes, %.0f ms", c.rows(), c.bytes(), c.millis());
            out.printf(Locale.ROOT, row, "query check " + c.query(), result);
        }
        for (QueryLoad.Result q : queries) {
            String how = q.offeredPerS() != null
                    ? String.format(Locale.ROOT, ", %.0f/s offered", q.offeredPerS())
                    : ", " + q.clients() + (q.clients() == 1 ? " client" : " clients");
            out.printf(Locale.ROOT, row, q.query() + how,
                    String.format(Locale.ROOT, "%,.1f q/s  p50 %s  p95 %s  p99 %s  max %s  (%,d ok, %d errors, "
                                    + "%d timeouts, %d unfinished)", q.throughputPerS(), ms(q.p50Ms()), ms(q.p95Ms()),
                            ms(q.p99Ms()), ms(q.maxMs()), q.requests(), q.errors(), q.timeouts(), q.unfinished()));
        }
        if (copies != null) {
            out.printf(Locale.ROOT, row, String.format(Locale.ROOT, "build of %,d seed copies", copies.copies()),
                    buildLine(copies.build()) + String.format(Locale.ROOT, "  %s meetings, the largest of %s reports,"
                            + " %s corpus quads", copies.meetings(), copies.largestMeetingReports(),
                            copies.corpusQuads()));
        }
        for (String n : notes) {
            out.println("note: " + n);
        }
        out.flush();
    }

    private static String buildLine(Build b) {
        String quads = b.quadsPerS() == null ? "" : String.format(Locale.ROOT, "  %,.0f quads/s", b.quadsPerS());
        String rss = b.peakRssMib() < 0 ? "" : String.format(Locale.ROOT, "  peak RSS %,d MiB", b.peakRssMib());
        return String.format(Locale.ROOT, "%.1f s  %,.1f articles/s%s%s  store %,d MiB%s", b.wallS(), b.articlesPerS(),
                quads, rss, b.storeMib(), b.exit() == 0 ? "" : "  EXIT " + b.exit());
    }

    private static String ms(Double v) {
        return v == null ? "-" : v < 10 ? String.format(Locale.ROOT, "%.2f ms", v)
                : String.format(Locale.ROOT, "%,.0f ms", v);
    }
}
