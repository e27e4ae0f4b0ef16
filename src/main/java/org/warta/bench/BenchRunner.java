package org.warta.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.warta.bench.BenchConfig.Step;
import org.warta.bench.BenchReport.Build;
import org.warta.bench.BenchReport.Export;
import org.warta.bench.BenchReport.Loader;
import org.warta.bench.BenchReport.QueryCheck;
import org.warta.extract.Pipelines;
import org.warta.model.WartaException;

/**
 * One benchmark run: generates a corpus, then times {@code warta build} against Jena's bulk loader on the same
 * quads, exports the store in every format, loads {@code warta serve} with queries (closed loops of 1, 8, 32 clients
 * and an open loop at a fixed rate), times an incremental build, measures extraction alone, and builds copies of the
 * seeds whose meetings are retold thousands of times. Every
 * measured program runs as its own process, one at a time, so that each figure is of that program alone; only
 * the query client and the extraction step run in this JVM. Steps that cannot run are skipped with a note.
 */
public final class BenchRunner {
    private static final Duration PROCESS_LIMIT = Duration.ofHours(12);
    private static final Duration SERVER_START_LIMIT = Duration.ofMinutes(5);
    private static final Pattern TRIPLES_WRITTEN = Pattern.compile("([0-9,]+) triples written");
    private static final Pattern LOADER_TIME = Pattern.compile("Time = ([0-9.]+) seconds");
    private static final int MAX_PERSONS = 1000;
    /** An open loop gives up on a request beyond this many outstanding (counted as an error). */
    private static final int MAX_OUTSTANDING = 2000;

    private final BenchConfig config;
    private final PrintWriter progress;
    private final List<String> notes = new ArrayList<>();

    public BenchRunner(BenchConfig config, PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Runs every configured step and writes the JSON report; returns the report and where it was written. */
    public record Outcome(BenchReport report, Path json) {
    }

    public Outcome run() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        Path work = config.work().resolve(stamp);
        createDirectories(work);
        BenchReport.Machine machine = machine();
        checkQuiet();
        notes.add(String.format(Locale.ROOT, "%.1f GiB free on the disk of %s at the start",
                freeBytes(work) / (double) (1L << 30), work));

        step("generating %,d articles (seed %d)", config.articles(), config.seed());
        CorpusGenerator generator = new CorpusGenerator(config.seed());
        Path corpus = work.resolve("corpus.jsonl");
        long t0 = System.nanoTime();
        generator.writeJsonl(corpus, config.articles());
        BenchReport.Corpus corpusInfo = new BenchReport.Corpus(config.articles(), size(corpus), seconds(t0));

        Build build = null;
        Export export = null;
        Loader loader = null;
        Double ratio = null;
        Build incremental = null;
        List<QueryCheck> checks = new ArrayList<>();
        List<QueryLoad.Result> queries = new ArrayList<>();
        Path store = work.resolve("store");
        Path nq = work.resolve("export.nq.gz");
        boolean built = false;
        if (config.needsBuild()) {
            // the launcher rebuilds a stale jar: do that now, not inside the timed build
            Measured.run(List.of(config.warta().toString(), "--version"), Map.of(), work.resolve("version.log"),
                    PROCESS_LIMIT);
            build = build(corpus, store, config.articles(), 0, work.resolve("build.log"));
            if (build.exit() != 0) {
                notes.add("the build exited with " + build.exit() + ": see " + work.resolve("build.log"));
            }
            built = build.exit() == 0 || build.exit() == 1; // 1: some articles failed, the rest are in the store
            export = built ? export(store, nq, work.resolve("export.log")) : null;
            if (built && export.exit() == 0) {
                build = withQuads(build, export.quads());
            }
        }
        if (config.steps().contains(Step.LOADER) && built && export.exit() == 0 && roomFor(build, work)) {
            loader = loader(nq, work.resolve("loader-store"), export.quads(), work.resolve("loader.log"));
            if (loader != null && loader.exit() == 0) {
                ratio = build.wallS() / loader.wallS();
            }
        }
        deleteTree(work.resolve("loader-store"));
        List<BenchReport.FormatExport> exports = new ArrayList<>();
        if (config.steps().contains(Step.EXPORTS) && built) {
            for (String format : List.of("ttl", "trig", "nq", "jsonld")) {
                exports.add(exportFormat(store, format, work.resolve("export-" + format + ".log")));
            }
        }
        if (config.steps().contains(Step.QUERIES) && built) {
            queries(store, work.resolve("serve.log"), checks, queries);
        }
        if (config.steps().contains(Step.INCREMENTAL) && built) {
            Path more = work.resolve("increment.jsonl");
            generator.writeJsonl(more, config.articles(), config.increment());
            incremental = build(more, store, config.increment(), config.articles(), work.resolve("incremental.log"));
        }
        List<ExtractionBenchmark.Result> extraction = config.steps().contains(Step.EXTRACT)
                ? extraction(generator) : List.of();
        BenchReport.Copies copies = null;
        if (config.steps().contains(Step.COPIES) && config.copies() > 0) {
            copies = copies(work);
        }

        if (!config.keep()) {
            for (String big : List.of("corpus.jsonl", "increment.jsonl", "export.nq.gz", "store", "copies.jsonl",
                    "copies-store")) {
                deleteTree(work.resolve(big));
            }
        }
        notes.add("logs: " + work);
        BenchReport.Settings settings = new BenchReport.Settings(config.articles(), config.seed(),
                config.steps().stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT)).toList(), config.heap(),
                config.increment(), config.clients(), config.queryWarmup().toMillis() / 1000.0,
                config.queryDuration().toMillis() / 1000.0, config.requestTimeout().toMillis() / 1000.0,
                config.extractSample(), config.extractWarmup().toMillis() / 1000.0);
        BenchReport report = new BenchReport(config.invocation(), started.toString(), machine, settings, corpusInfo,
                extraction, build, export, loader, ratio, exports, incremental, checks, queries, copies, notes);
        Path json = config.results().resolve(stamp + "-n" + config.articles() + ".json");
        report.writeJson(json);
        return new Outcome(report, json);
    }

    private Build build(Path input, Path store, int articles, int before, Path log) {
        step("warta build: %,d articles into a store holding %,d", articles, before);
        Measured m = Measured.run(List.of(config.warta().toString(), "build", input.toString(), "--store",
                store.toString(), "--no-progress"), javaOpts(), log, PROCESS_LIMIT);
        String summary = lastLine(log, l -> l.startsWith("built ") || l.startsWith("nothing changed"));
        Matcher t = TRIPLES_WRITTEN.matcher(summary == null ? "" : summary);
        Long triples = t.find() ? Long.parseLong(t.group(1).replace(",", "")) : null;
        // CPU times are unknown (NaN) without GNU time: left out of the JSON rather than written as "NaN"
        return new Build(articles, before, m.exit(), m.wallS(), articles / m.wallS(), null, null, triples,
                Double.isNaN(m.userS()) ? null : m.userS(), Double.isNaN(m.systemS()) ? null : m.systemS(),
                m.peakRssMib(), du(store), summary);
    }

    private static Build withQuads(Build b, long quads) {
        return new Build(b.articles(), b.articlesBefore(), b.exit(), b.wallS(), b.articlesPerS(), quads,
                quads / b.wallS(), b.triplesWritten(), b.userS(), b.systemS(), b.peakRssMib(), b.storeMib(), b.summary());
    }

    /**
     * The store as N-Quads, gzip-compressed on the way out: uncompressed it takes about half the store's size again
     * (~200 KB an article), which a large run cannot spare next to two stores. The loader reads .nq.gz directly.
     */
    private Export export(Path store, Path nqGz, Path log) {
        step("warta export --format nq | gzip");
        Measured m = Measured.run(List.of("bash", "-o", "pipefail", "-c",
                "\"$0\" export --store \"$1\" --format nq -o /dev/stdout | gzip -1 > \"$2\"",
                config.warta().toString(), store.toString(), nqGz.toString()), javaOpts(), log, PROCESS_LIMIT);
        if (!m.ok()) {
            notes.add("the export exited with " + m.exit() + ", so there is no quad count and no loader run: "
                    + m.tail(3));
            return new Export(m.exit(), m.wallS(), 0, 0);
        }
        return new Export(m.exit(), m.wallS(), gzipLines(nqGz), size(nqGz) >> 20);
    }

    /** One export format as a whole process, with the configured heap; its bytes are counted, not kept. */
    private BenchReport.FormatExport exportFormat(Path store, String format, Path log) {
        step("warta export --format %s (streamed, -Xmx%s)", format, config.heap());
        Path count = log.resolveSibling("export-" + format + ".bytes");
        Measured m = Measured.run(List.of("bash", "-o", "pipefail", "-c",
                "\"$0\" export --store \"$1\" --format \"$2\" -o /dev/stdout | wc -c > \"$3\"",
                config.warta().toString(), store.toString(), format, count.toString()), javaOpts(), log, PROCESS_LIMIT);
        long bytes = 0;
        try {
            bytes = Long.parseLong(Files.readString(count).strip());
        } catch (IOException | NumberFormatException e) {
            notes.add("the " + format + " export's size is unknown: " + e.getMessage());
        }
        if (!m.ok()) {
            notes.add("the " + format + " export exited with " + m.exit() + ": " + m.tail(3));
        }
        return new BenchReport.FormatExport(format, m.exit(), m.wallS(), bytes, m.peakRssMib());
    }

    /**
     * The seeds copied with shifted publication dates, built into a store of their own with the configured heap: the
     * largest meeting has thousands of reports. The store is removed afterwards (kept with --keep).
     */
    private BenchReport.Copies copies(Path work) {
        Path corpus = work.resolve("copies.jsonl");
        Path store = work.resolve("copies-store");
        step("%,d copies of the seeds with shifted publication dates", config.copies());
        Measured made = Measured.run(List.of(config.warta().toString(), "bench", "copies",
                Integer.toString(config.copies()), "-o", corpus.toString()), javaOpts(), work.resolve("copies.log"),
                PROCESS_LIMIT);
        if (!made.ok()) {
            notes.add("the seed copies were not written: " + made.tail(3));
            return null;
        }
        Build b = build(corpus, store, config.copies(), 0, work.resolve("copies-build.log"));
        Long meetings = null;
        Long largest = null;
        Long corpusQuads = null;
        if (b.exit() == 0) {
            try (org.warta.store.WartaStore s = org.warta.store.WartaStore.open(store, false)) {
                long[] counts = s.read(d -> {
                    Map<org.apache.jena.graph.Node, Long> reports = new HashMap<>();
                    long quads = 0;
                    var it = d.find(org.warta.rdf.Iris.CORPUS_GRAPH, org.apache.jena.graph.Node.ANY,
                            org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
                    while (it.hasNext()) {
                        var q = it.next();
                        quads++;
                        if (q.getPredicate().equals(org.warta.rdf.WARTA.hasReport)) {
                            reports.merge(q.getSubject(), 1L, Long::sum);
                        }
                    }
                    return new long[] {reports.size(), reports.values().stream().mapToLong(x -> x).max().orElse(0),
                        quads};
                });
                meetings = counts[0];
                largest = counts[1];
                corpusQuads = counts[2];
            }
        } else {
            notes.add("the build of the seed copies exited with " + b.exit() + ": see "
                    + work.resolve("copies-build.log"));
        }
        if (!config.keep()) {
            deleteTree(store);
            deleteTree(corpus);
        }
        return new BenchReport.Copies(config.copies(), b, meetings, largest, corpusQuads);
    }

    /** The loader's store is about as large as the build's: skip it rather than fill the disk. */
    private boolean roomFor(Build build, Path work) {
        long freeMib = freeBytes(work) >> 20;
        if (freeMib < build.storeMib() * 1.2) {
            notes.add(String.format(Locale.ROOT, "the bulk loader was not run: %,d MiB free on the disk of %s, "
                    + "and its store needs about %,d MiB", freeMib, work, build.storeMib()));
            return false;
        }
        return true;
    }

    private static long freeBytes(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            throw new WartaException("cannot read the free space of " + dir + ": " + e.getMessage(), e);
        }
    }

    private Loader loader(Path nq, Path loc, long quads, Path log) {
        if (config.jenaClasspath().isEmpty()) {
            notes.add("no jena-cmds classpath (--jena-classpath): the bulk loader was not run");
            return null;
        }
        String classpath = readString(config.jenaClasspath().get()).strip();
        step("tdb2.tdbloader --loader=phased: %,d quads into a fresh store", quads);
        Measured m = Measured.run(List.of("java", "-Xmx" + config.heap(), "-cp", classpath, "tdb2.tdbloader",
                "--loader=phased", "--loc", loc.toString(), nq.toString()), Map.of(), log, PROCESS_LIMIT);
        if (!m.ok()) {
            notes.add("tdb2.tdbloader exited with " + m.exit() + ": " + m.tail(3));
        }
        String own = lastLine(log, l -> LOADER_TIME.matcher(l).find());
        Double ownS = null;
        if (own != null) {
            Matcher o = LOADER_TIME.matcher(own);
            ownS = o.find() ? Double.parseDouble(o.group(1)) : null;
        }
        return new Loader("phased", m.exit(), m.wallS(), quads / m.wallS(), ownS, m.peakRssMib(), du(loc));
    }

    private void queries(Path store, Path log, List<QueryCheck> checks, List<QueryLoad.Result> results) {
        int port = config.port() == 0 ? freePort() : config.port();
        step("warta serve on port %d", port);
        // the server's own query timeout equals the client's, so neither cuts a query the other still waits for
        ProcessBuilder pb = new ProcessBuilder(config.warta().toString(), "serve", "--store", store.toString(),
                "--port", Integer.toString(port), "--timeout", Long.toString(config.requestTimeout().toSeconds()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(javaOpts());
        Process server;
        try {
            server = pb.start();
        } catch (IOException e) {
            notes.add("cannot start warta serve: " + e.getMessage());
            return;
        }
        try {
            QueryLoad load = new QueryLoad(URI.create("http://127.0.0.1:" + port + "/kg/sparql"));
            if (!awaitReady(server, load, log)) {
                return;
            }
            Query personQuery = QueryFactory.create(readString(config.personQuery()));
            List<String> names = new ArrayList<>(load.column(readString(config.personsQuery()), "name",
                    config.requestTimeout()));
            CorpusGenerator.shuffle(names, new SplittableRandom(config.seed()));
            List<String> perPerson = names.stream().limit(MAX_PERSONS).map(n -> bind(personQuery, "name", n)).toList();
            if (perPerson.isEmpty()) {
                notes.add("no person has a meeting in the store: the per-person query was not loaded");
            }
            load(load, "meetings-of-person", perPerson, checks, results);
            load(load, "meetings page", List.of(readString(config.pageQuery())), checks, results);
            if (!perPerson.isEmpty()) {
                notes.add(String.format(Locale.ROOT, "meetings-of-person rotates over %,d persons with meetings, "
                        + "drawn uniformly (%,d in the store)", perPerson.size(), names.size()));
            }
        } finally {
            try {
                Measured.stop(server);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The query with a variable bound to a string by Jena's syntactic substitution (never by pasting text), as
     * {@code warta query --param} binds it, so that the variable stays a result column. A sort key that became a
     * constant is dropped: it orders nothing, and Jena would write it as {@code ORDER BY "…"}, which does not parse.
     */
    static String bind(Query query, String variable, String value) {
        Query bound = QueryTransformOps.syntaxSubstitute(query,
                Map.of(Var.alloc(variable), NodeFactory.createLiteralString(value)));
        if (bound.hasOrderBy()) {
            bound.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        }
        return bound.serialize();
    }

    private void load(QueryLoad load, String label, List<String> queries, List<QueryCheck> checks,
                      List<QueryLoad.Result> results) {
        if (queries.isEmpty()) {
            return;
        }
        QueryLoad.Probe p = load.probe(queries.get(0), config.requestTimeout());
        checks.add(new QueryCheck(label, p.status(), p.rows(), p.bytes(), p.millis(), p.error()));
        if (!p.ok()) {
            notes.add(label + " failed its check (" + p.status() + "), so it was not loaded: " + p.error());
            return;
        }
        for (int clients : config.clients()) {
            step("%s with %d client(s): %d s warm-up, %d s measured", label, clients,
                    config.queryWarmup().toSeconds(), config.queryDuration().toSeconds());
            results.add(load.run(label, queries, clients, config.queryWarmup(), config.queryDuration(),
                    config.requestTimeout()));
        }
        if (config.rate() > 0) {
            step("%s at %.0f requests/s offered (open loop): %d s warm-up, %d s measured", label, config.rate(),
                    config.queryWarmup().toSeconds(), config.queryDuration().toSeconds());
            results.add(load.openLoop(label, queries, config.rate(), config.queryWarmup(), config.queryDuration(),
                    config.requestTimeout(), MAX_OUTSTANDING));
        }
    }

    private boolean awaitReady(Process server, QueryLoad load, Path log) {
        long end = System.nanoTime() + SERVER_START_LIMIT.toNanos();
        while (System.nanoTime() < end) {
            if (!server.isAlive()) {
                notes.add("warta serve exited with " + server.exitValue() + " before answering, so no query was "
                        + "measured: " + firstLine(log));
                return false;
            }
            if (load.probe("ASK {}", Duration.ofSeconds(5)).ok()) {
                return true;
            }
            sleep(Duration.ofMillis(500));
        }
        notes.add("warta serve did not answer within " + SERVER_START_LIMIT.toMinutes() + " minutes");
        return false;
    }

    private List<ExtractionBenchmark.Result> extraction(CorpusGenerator generator) {
        int sample = Math.min(config.articles(), config.extractSample());
        int cores = Runtime.getRuntime().availableProcessors();
        step("extraction: %,d articles in memory, %d s warm-up", sample, config.extractWarmup().toSeconds());
        ExtractionBenchmark bench = new ExtractionBenchmark(Pipelines.standard(Optional.empty()),
                generator.articles(sample));
        bench.warmUp(config.extractWarmup(), cores);
        List<ExtractionBenchmark.Result> results = new ArrayList<>();
        results.add(bench.measure(1));
        if (cores > 1) {
            results.add(bench.measure(cores));
        }
        return results;
    }

    private Map<String, String> javaOpts() {
        return Map.of("WARTA_JAVA_OPTS", "-Xmx" + config.heap());
    }

    private BenchReport.Machine machine() {
        String memKb = grep(Path.of("/proc/meminfo"), "MemTotal:\\s+(\\d+) kB");
        double memGib = memKb == null ? Runtime.getRuntime().maxMemory() / (double) (1L << 30)
                : Long.parseLong(memKb) / (double) (1 << 20);
        String cpu = Optional.ofNullable(grep(Path.of("/proc/cpuinfo"), "model name\\s*:\\s*(.+)")).orElse("unknown");
        String java;
        try {
            Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
            java = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("?");
            p.waitFor();
        } catch (IOException e) {
            java = "java -version failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            java = "?";
        }
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), Math.round(memGib * 10) / 10.0,
                cpu.strip(), System.getProperty("os.name") + " " + System.getProperty("os.version"), java.strip());
    }

    /** Figures from a busy machine are not comparable: say so in the report rather than guess later. */
    private void checkQuiet() {
        long[] a = cpuTicks();
        sleep(Duration.ofSeconds(1));
        long[] b = cpuTicks();
        if (a != null && b != null) {
            long busy = b[0] - a[0];
            long idle = b[1] - a[1];
            long percent = busy + idle == 0 ? 0 : 100 * busy / (busy + idle);
            if (percent > 15) {
                notes.add("the CPUs were " + percent + "% busy in the second before the run: figures will be slow "
                        + "and noisy");
            }
        }
        long jvms = ProcessHandle.allProcesses()
                .filter(h -> h.pid() != ProcessHandle.current().pid())
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .count();
        if (jvms > 0) {
            notes.add(jvms + " other JVM(s) were running when the benchmark started");
        }
    }

    /** Busy and idle jiffies of all CPUs from /proc/stat, or null where there is none. */
    private static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long user = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]) + Long.parseLong(f[7]);
            return new long[] {user + irq, idle};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void step(String format, Object... args) {
        progress.printf(Locale.ROOT, "bench: " + format + "%n", args);
        progress.flush();
    }

    private static long du(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return Long.parseLong(out.split("\\s+")[0]) / 1024;
        } catch (IOException | NumberFormatException e) {
            throw new WartaException("cannot measure the size of " + dir + " with du: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long gzipLines(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long n = 0;
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    n += buf[i] == '\n' ? 1 : 0;
                }
            }
            return n;
        } catch (IOException e) {
            throw new WartaException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String lastLine(Path log, Predicate<String> wanted) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(wanted).reduce((a, b) -> b).orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static String firstLine(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).findFirst().orElse("(no output)");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String grep(Path file, String regex) {
        try {
            Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WartaException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new WartaException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WartaException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes what this run created under its own work folder. */
    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new WartaException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new WartaException("no free port on the loopback interface: " + e.getMessage(), e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted", e);
        }
    }
}
