package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.warta.cli.WartaCli;
import org.warta.rdf.Iris;

/** Shared by the Spark tests: a local session, the job's N-Quads, and comparing quad sets of millions of lines. */
final class SparkTesting {
    static final String BUILDS = "<" + Iris.BUILDS_GRAPH.getURI() + "> .";

    /** local[2] on the loopback address, no UI: one per test class. */
    static SparkSession session(String name) {
        ExecutorPipeline.preferJdkStax();
        return SparkSession.builder().master("local[2]").appName(name)
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    /** Every line of the job's part files, in file order. */
    static void partLines(Path output, Consumer<String> sink) {
        try (Stream<Path> parts = Files.list(output.resolve("nquads"))) {
            for (Path p : parts.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).sorted().toList()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(p), 1 << 16), StandardCharsets.UTF_8))) {
                    r.lines().forEach(sink);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fileLines(Path file, Consumer<String> sink) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.lines().forEach(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** `warta ARGS...` in this JVM, asserting exit code 0; returns what it printed. */
    static String warta(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = WartaCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, () -> "warta " + String.join(" ", args) + " failed: " + err);
        return out.toString();
    }

    /**
     * The sorted 64-bit hashes of the lines outside the builds graph: two quad files are equal as sorted lines
     * exactly when these are (up to a 64-bit collision), without holding millions of lines in memory.
     */
    static final class LineHashes implements Consumer<String> {
        private long[] hashes = new long[1 << 16];
        private int n;

        @Override
        public void accept(String line) {
            if (line.isEmpty() || line.endsWith(BUILDS)) {
                return;
            }
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, n * 2);
            }
            hashes[n++] = hash(line);
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(hashes, n);
            Arrays.sort(s);
            return s;
        }

        static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h ^ ((long) s.hashCode() << 32);
        }
    }

    /** Fails with up to 20 lines that are in one set and not the other. */
    static void assertSameLines(Consumer<Consumer<String>> expected, Consumer<Consumer<String>> actual) {
        LineHashes e = new LineHashes();
        LineHashes a = new LineHashes();
        expected.accept(e);
        actual.accept(a);
        long[] es = e.sorted();
        long[] as = a.sorted();
        if (Arrays.equals(es, as)) {
            return;
        }
        Set<Long> eh = new HashSet<>();
        for (long h : es) {
            eh.add(h);
        }
        Set<Long> ah = new HashSet<>();
        for (long h : as) {
            ah.add(h);
        }
        List<String> diff = new ArrayList<>();
        expected.accept(l -> {
            if (!l.isEmpty() && !l.endsWith(BUILDS) && !ah.contains(LineHashes.hash(l)) && diff.size() < 20) {
                diff.add("- " + l);
            }
        });
        actual.accept(l -> {
            if (!l.isEmpty() && !l.endsWith(BUILDS) && !eh.contains(LineHashes.hash(l)) && diff.size() < 40) {
                diff.add("+ " + l);
            }
        });
        fail("quads differ (" + es.length + " expected, " + as.length + " actual; - only expected, + only actual):\n"
                + String.join("\n", diff));
    }

    private SparkTesting() {
    }
}
