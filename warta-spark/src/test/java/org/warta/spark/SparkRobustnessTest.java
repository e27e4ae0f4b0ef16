package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.warta.ingest.Problem;
import org.warta.ingest.TextDecoder;
import org.warta.store.WartaStore;

/** The output does not depend on partitioning, input order or input form; bad input is named, not fatal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRobustnessTest {
    @TempDir
    Path tmp;
    SparkSession spark;

    @BeforeAll
    void start() {
        spark = SparkTesting.session("robustness");
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    private RunRecord job(List<Path> inputs, Path output, int partitions) {
        return SparkBuild.run(spark, new JobConfig(inputs.stream().map(Path::toString).toList(), output.toString(),
                partitions, Optional.empty(), TextDecoder.DEFAULT_MAX_BYTES));
    }

    @Test
    void outputDoesNotDependOnPartitioningOrOrder() {
        TestCorpus corpus = new TestCorpus(11);
        List<TestCorpus.Generated> articles = corpus.articles(240);
        Path inOrder = tmp.resolve("in-order.jsonl");
        corpus.writeJsonl(inOrder, articles);
        List<TestCorpus.Generated> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        Path split = tmp.resolve("split");
        corpus.writeJsonl(tmp.resolve("reversed.jsonl"), reversed.subList(0, 100));
        corpus.writeFolder(split, reversed.subList(100, 240));

        RunRecord a = job(List.of(inOrder), tmp.resolve("a"), 2);
        RunRecord b = job(List.of(tmp.resolve("reversed.jsonl"), split), tmp.resolve("b"), 7);
        assertEquals(240, a.articles());
        assertEquals(a.meetings(), b.meetings());
        assertEquals(a.quads(), b.quads());
        SparkTesting.assertSameLines(sink -> SparkTesting.partLines(tmp.resolve("a"), sink),
                sink -> SparkTesting.partLines(tmp.resolve("b"), sink));

        // the part files load as they are: `warta load` takes the folder
        Path store = tmp.resolve("loaded-db");
        String loaded = SparkTesting.warta("load", "--store", store.toString(), tmp.resolve("a/nquads").toString());
        long lines = countLines(tmp.resolve("a"));
        assertTrue(loaded.startsWith(String.format(java.util.Locale.ROOT, "loaded %,d quads from ", lines)), loaded);
        try (WartaStore s = WartaStore.open(store)) {
            assertEquals(lines, (long) s.read(d -> {
                long n = 0;
                var it = d.find();
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            }));
        }
    }

    private static long countLines(Path output) {
        long[] n = {0};
        SparkTesting.partLines(output, l -> n[0]++);
        return n[0];
    }

    @Test
    void badInputIsCountedAndNamedAndTheRestIsBuilt() throws Exception {
        TestCorpus corpus = new TestCorpus(3);
        List<TestCorpus.Generated> good = corpus.articles(12);
        Path in = tmp.resolve("bad");
        Files.createDirectories(in);
        Path jsonl = in.resolve("corpus.jsonl");
        corpus.writeJsonl(jsonl, good.subList(0, 8));
        String first = Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(0);
        try (var out = Files.newOutputStream(jsonl, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(("{\"id\": \"broken\", \"text\": \n").getBytes(StandardCharsets.UTF_8));
            out.write(("{\"id\": \"notext\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write(("{\"id\": \"bad id!\", \"text\": \"Jokowi bertemu Putin.\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
            out.write((first + "\n").getBytes(StandardCharsets.UTF_8)); // the same article again: a warning
            out.write((first.replace("\"text\":\"", "\"text\":\"Lain. ") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path folder = in.resolve("texts");
        corpus.writeFolder(folder, good.subList(8, 12));
        Files.writeString(folder.resolve("broken-meta.txt"), "Presiden Joko Widodo bertemu Presiden Vladimir Putin.");
        Files.writeString(folder.resolve("broken-meta.meta.json"), "{\"published\": ");

        RunRecord r = job(List.of(in, tmp.resolve("missing")), tmp.resolve("bad-out"), 3);
        // the twelve good ones and "bad id!", which cannot be an IRI as it is and is built under a minted id
        assertEquals(13, r.articles(), () -> "failures: " + r.failures());
        List<String> failures = r.failures().stream().map(Problem::toString).toList();
        assertEquals(6, r.failed(), () -> String.join("\n", failures));
        assertEquals(1, r.warnings(), "the repeated article");
        assertHas(failures, "missing", "no such file or folder");
        assertHas(failures, "corpus.jsonl (byte ", "broken JSON");
        assertHas(failures, "corpus.jsonl (byte ", "missing field 'text'");
        assertHas(failures, "corpus.jsonl", "invalid UTF-8");
        assertHas(failures, "corpus.jsonl (byte ", "duplicate article id '" + good.get(0).id() + "'");
        assertHas(failures, "broken-meta.meta.json", "broken JSON at line 1");
        String json = Files.readString(tmp.resolve("bad-out").resolve("run.json"));
        assertTrue(json.contains("\"failed\" : 6"), json);
    }

    private static void assertHas(List<String> failures, String origin, String reason) {
        assertTrue(failures.stream().anyMatch(f -> f.contains(origin) && f.contains(reason)),
                () -> "no failure at '" + origin + "' with '" + reason + "' in:\n" + String.join("\n", failures));
    }
}
