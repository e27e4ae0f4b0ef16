package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.ExitCodes;
import org.warta.store.WartaStore;

/**
 * kill -9 in the middle of a build: a child JVM runs {@code warta build} over many small articles and is killed
 * with SIGKILL at points drawn from a fixed seed (after a number of its commits, plus a pause of up to 0.4 s, so that
 * kills land while extracting, while writing a batch and while committing; the last kill after the last batch, while
 * meetings are merged and the build recorded). After each kill the store opens (TDB2 recovers from its journal)
 * and every article graph in it is whole; after the build is run again to the end, the store is isomorphic to a
 * clean build's, graph by graph. While the child holds the store, a second process is refused with exit code 3.
 *
 * <p>{@code -Dwarta.crash.articles=N}, {@code -Dwarta.crash.kills=K} and {@code -Dwarta.crash.seed=S} change the
 * corpus size, the number of kills and the kill points.
 */
class CrashSafetyTest {
    static final int ARTICLES = Integer.getInteger("warta.crash.articles", 1500);
    static final int KILLS = Integer.getInteger("warta.crash.kills", 3);
    static final long SEED = Long.getLong("warta.crash.seed", 8);
    /** Articles per transaction in the runs that are killed: many commits, so kills fall before, in and after them. */
    static final int KILL_BATCH = 50;

    @TempDir
    Path tmp;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void noChildOutlivesTheTest() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly();
            p.waitFor(1, TimeUnit.MINUTES);
        }
    }

    /** What one child run did. */
    record Attempt(int number, int commits, long pauseMillis, boolean killed, int exitCode, int articlesAfter) {
    }

    @Test
    void aBuildKilledAtRandomPointsAndRunAgainEqualsACleanBuild() throws Exception {
        Path in = tmp.resolve("in");
        Reliability.writeSmallCorpus(in, ARTICLES);

        CleanBuild clean = cleanBuild(in, null);
        DatasetGraph expected = clean.graphs();
        long cleanMillis = clean.millis();
        int articles = articleGraphs(expected);
        assertEquals(ARTICLES, articles);

        Path store = tmp.resolve("db");
        Random random = new Random(SEED);
        List<Attempt> attempts = new ArrayList<>();
        String lockMessage = null;
        int present = 0;
        for (int k = 1; k <= KILLS; k++) {
            // the kill point: after some of the commits this run has left (the last run: after its last one, while
            // it merges meetings and records the build), then a random pause that lands before, in or after a commit
            int left = Math.max(1, (ARTICLES - present + KILL_BATCH - 1) / KILL_BATCH);
            int commits = k == KILLS ? left : 1 + random.nextInt(Math.max(1, left - 1));
            long pause = random.nextInt(400);
            long generation = commitGeneration(store);
            Process p = build(in, store, "run" + k, KILL_BATCH);
            if (k == 1) {
                lockMessage = secondProcessIsRefused(store, p);
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (p.isAlive() && commitGeneration(store) < generation + commits) {
                assertTrue(System.nanoTime() < deadline, "run " + k + " commits within five minutes");
                Thread.sleep(5);
            }
            boolean finished = p.waitFor(pause, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no commit
                assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            }
            assertEquals(finished ? 0 : 137, p.exitValue(), "run " + k + ": " + log("run" + k));
            // this JVM opens and closes the store between runs: the next child must be able to lock it again
            DatasetGraph now = Reliability.snapshot(store);
            present = articleGraphs(now);
            attempts.add(new Attempt(k, commits, pause, !finished, p.exitValue(), present));
            List<String> broken = Reliability.differences(expected, now, true);
            assertTrue(broken.isEmpty(), "after kill " + k + " every stored article graph is whole: " + broken);
        }
        Process last = build(in, store, "final", null);
        assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the last build finishes");
        assertEquals(0, last.exitValue(), log("final"));
        attempts.add(new Attempt(KILLS + 1, 0, 0, false, last.exitValue(), articles));

        DatasetGraph recovered = Reliability.snapshot(store);
        List<String> differences = Reliability.differences(expected, recovered, false);
        long hitsClean = textHits(clean.folder());
        long hitsRecovered = textHits(store);

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%ncrash safety: %d articles, %,d quads; clean build %.1f s (child JVM, one bulk load); killed runs batch %d;"
                        + " kill seed %d%n", articles, quads(expected), cleanMillis / 1000.0, KILL_BATCH, SEED));
        report.append(String.format(Locale.ROOT, "%-6s %-32s %-22s %s%n", "run", "killed",
                "exit", "article graphs in the store after it"));
        for (Attempt a : attempts) {
            boolean end = a.number() > KILLS;
            report.append(String.format(Locale.ROOT, "%-6s %-32s %-22s %d of %d%n", end ? "final" : "#" + a.number(),
                    end ? "no (run to the end)" : a.killed() ? String.format(Locale.ROOT, "after commit %d + %d ms",
                            a.commits(), a.pauseMillis()) : "finished before the kill point",
                    a.killed() ? "SIGKILL (" + a.exitCode() + ")" : Integer.toString(a.exitCode()),
                    a.articlesAfter(), articles));
        }
        report.append(String.format(Locale.ROOT, "graphs differing from the clean build: %d; full-text hits for "
                + "'presiden': clean %d, recovered %d%nsecond process on the store in use: %s%n", differences.size(),
                hitsClean, hitsRecovered, lockMessage));
        System.out.println(report);

        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertTrue(attempts.stream().anyMatch(Attempt::killed), "at least one build was killed");
    }

    /**
     * The default build into an empty store is one bulk load, and TDB2's bulk loader commits its indexes one at a
     * time: killed while it builds them, it would leave indexes that disagree. The store's marker makes the next open
     * empty the store instead; the build run again then equals a clean build.
     */
    @Test
    void aBulkLoadKilledMidwayIsDiscardedAndTheBuildRunAgainEqualsACleanBuild() throws Exception {
        Path in = tmp.resolve("in");
        Reliability.writeSmallCorpus(in, ARTICLES);
        CleanBuild clean = cleanBuild(in, 1000);
        DatasetGraph expected = clean.graphs();
        // the kills are timed by an uninterrupted bulk load: from its marker (the load has begun) to its end
        long loadMillis = bulkLoadMillis(in);

        Path store = tmp.resolve("db");
        Random random = new Random(SEED);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%nbulk load killed: %d articles; clean bulk load %.1f s from its marker%n", ARTICLES,
                loadMillis / 1000.0));
        int killed = 0;
        for (int k = 1; k <= KILLS; k++) {
            // within the first four fifths of the load, so that a kill lands while it extracts, loads or indexes
            long pause = random.nextInt((int) Math.max(1, loadMillis * 4 / 5));
            Process p = build(in, store, "bulk" + k, null);
            boolean begun = awaitBulkMarker(store, p);
            boolean finished = !begun || p.waitFor(pause, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                assertTrue(p.waitFor(1, TimeUnit.MINUTES));
                killed++;
            } else {
                assertTrue(p.waitFor(10, TimeUnit.MINUTES), "bulk run " + k + " finishes");
            }
            assertEquals(finished ? 0 : 137, p.exitValue(), "bulk run " + k + ": " + log("bulk" + k));
            boolean marked = Files.exists(store.resolve("PENDING-bulk"));
            DatasetGraph now = Reliability.snapshot(store);
            int present = articleGraphs(now);
            report.append(String.format(Locale.ROOT, "#%d %s %d ms after the marker; marker %s; article graphs after"
                    + " reopening: %d%n", k, finished ? "finished" : "SIGKILL", pause, marked ? "left" : "none", present));
            List<String> broken = Reliability.differences(expected, now, true);
            assertTrue(broken.isEmpty(), "after kill " + k + " every stored article graph is whole: " + broken);
            assertTrue(present == 0 || present == ARTICLES, "a bulk load is all or nothing: " + present);
            assertTrue(!Files.exists(store.resolve("PENDING-bulk")), "reopening cleared the marker");
            if (finished) {
                // a load that beat its kill leaves a full store; the next try must again load into an empty one
                deleteTree(store);
            }
        }
        Process last = build(in, store, "bulk-final", null);
        assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the last build finishes");
        assertEquals(0, last.exitValue(), log("bulk-final"));
        List<String> differences = Reliability.differences(expected, Reliability.snapshot(store), false);
        report.append("graphs differing from the clean build: ").append(differences.size());
        System.out.println(report);
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertTrue(killed > 0, "at least one bulk load was killed");
    }

    /** How long an uninterrupted bulk load runs from the moment its marker appears to its end. */
    private long bulkLoadMillis(Path in) throws Exception {
        Path folder = tmp.resolve("clean-bulk");
        Process p = build(in, folder, "clean-bulk", null);
        assertTrue(awaitBulkMarker(folder, p), "the bulk load writes its marker: " + log("clean-bulk"));
        long t0 = System.nanoTime();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the clean bulk load finishes");
        assertEquals(0, p.exitValue(), log("clean-bulk"));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Waits until the child's bulk load has written its marker; false if the child ended first. */
    private static boolean awaitBulkMarker(Path store, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(store.resolve("PENDING-bulk"))) {
            if (!child.isAlive()) {
                return false;
            }
            assertTrue(System.nanoTime() < deadline, "the bulk load begins within five minutes");
            Thread.sleep(2);
        }
        return true;
    }

    /** The reference: the corpus built to the end in a child JVM, with its wall time. */
    record CleanBuild(Path folder, DatasetGraph graphs, long millis) {
    }

    private CleanBuild cleanBuild(Path in, Integer batch) throws Exception {
        return cleanBuild(in, batch, "clean");
    }

    private CleanBuild cleanBuild(Path in, Integer batch, String name) throws Exception {
        Path clean = tmp.resolve(name);
        long t0 = System.nanoTime();
        Process p = build(in, clean, name, batch);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the clean build finishes");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, p.exitValue(), log(name));
        return new CleanBuild(clean, Reliability.snapshot(clean), millis);
    }

    /** Waits until the child holds the store's lock, then opens the same store here: exit code 3, a clear message. */
    private static String secondProcessIsRefused(Path store, Process child) throws Exception {
        Path lock = store.resolve("tdb.lock");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!(Files.exists(lock) && Files.readString(lock, StandardCharsets.US_ASCII).strip()
                .equals(Long.toString(child.pid())))) {
            assertTrue(child.isAlive(), "the child build is running");
            assertTrue(System.nanoTime() < deadline, "the child locks the store within a minute");
            Thread.sleep(20);
        }
        Reliability.Run r = Reliability.cli("stats", "--store", store.toString());
        assertEquals(ExitCodes.STORE_UNAVAILABLE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("is in use by another process"), r.err());
        return r.err().strip();
    }

    /**
     * How many transactions have been committed to the store, read without opening it (the child holds the lock):
     * every commit of articles also commits the full-text index, and Lucene numbers its commits segments_N.
     */
    private static long commitGeneration(Path store) throws IOException {
        Path index = store.resolve("text-index");
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (var files = Files.list(index)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("segments_[0-9a-z]+"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
                    .max().orElse(0);
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return 0; // a file went away while listing: Lucene deletes old commits
        }
    }

    /** @param batch articles per transaction, or null for the default (one bulk load into an empty store) */
    private Process build(Path in, Path store, String name, Integer batch) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.warta.cli.WartaCli", "build", in.toString(), "--store", store.toString(), "--no-progress"));
        if (batch != null) {
            command.addAll(List.of("--batch", Integer.toString(batch)));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(tmp.resolve(name + ".out").toFile());
        pb.redirectError(tmp.resolve(name + ".err").toFile());
        Process p = pb.start();
        children.add(p);
        return p;
    }

    private String log(String name) throws IOException {
        return Files.readString(tmp.resolve(name + ".out")) + Files.readString(tmp.resolve(name + ".err"));
    }

    private static int articleGraphs(DatasetGraph d) {
        return (int) Reliability.graphNames(d).stream().filter(Reliability::isArticleGraph).count();
    }

    private static long quads(DatasetGraph d) {
        long n = 0;
        for (var g : Reliability.graphNames(d)) {
            n += d.getGraph(g).size();
        }
        return n;
    }

    /** Sentences the full-text index finds for a common word: the index lives beside TDB2, not inside it. */
    private static long textHits(Path store) {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT (COUNT(*) AS ?n) WHERE { ?s text:query (nif:anchorOf "presiden" 1000000) }""";
        try (WartaStore s = WartaStore.open(store)) {
            return s.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(d)).query(q).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }
}
