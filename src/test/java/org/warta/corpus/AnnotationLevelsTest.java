package org.warta.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.rdf.Annotations;
import org.warta.store.GraphValidator;
import org.warta.store.QueryRunner;
import org.warta.store.StoreStats;
import org.warta.store.WartaStore;

/**
 * The lean graph and the full annotation layer answer alike: every shipped query returns the same rows over the
 * seeds and the development set built both ways, both stores satisfy the shapes, and the full layer has what the
 * lean one leaves out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnotationLevelsTest {
    /** Parameters for the queries that need them: the rest run as shipped. */
    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "person-said-about.rq", Map.of("words", "sanksi"),
            "meetings-of-person.rq", Map.of("name", "Vladimir Putin"));
    /** Columns that concatenate values in no defined order (GROUP_CONCAT): compared as sets. */
    private static final List<String> CONCATENATED = List.of("participants", "with", "reports", "conflicts");

    @TempDir
    static Path tmp;
    private WartaStore lean;
    private WartaStore full;

    @BeforeAll
    void build() {
        lean = build(tmp.resolve("lean"), Annotations.LEAN);
        full = build(tmp.resolve("full"), Annotations.FULL);
    }

    @AfterAll
    void close() {
        lean.close();
        full.close();
    }

    private static WartaStore build(Path folder, Annotations annotations) {
        WartaStore s = WartaStore.open(folder);
        BuildReport r = CorpusBuilderTest.builder().build(s, List.of(TestSupport.SEEDS, TestSupport.DEVSET),
                BuildOptions.defaults().withAnnotations(annotations), BuildListener.NONE);
        assertEquals(0, r.failed(), "every article builds: " + r.problems());
        return s;
    }

    static Stream<String> shippedQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            // the Wikidata query is federated (SERVICE), which the tests never let out
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .filter(n -> !n.equals("wikidata-enrich.rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedQueries")
    void everyShippedQueryAnswersTheSameOnTheLeanAndTheFullGraph(String name) throws IOException {
        Query q = QueryRunner.parse(Files.readString(Path.of("queries", name)), name);
        List<String> a = rows(lean, q, PARAMS.getOrDefault(name, Map.of()));
        List<String> b = rows(full, q, PARAMS.getOrDefault(name, Map.of()));
        assertTrue(a.size() > 1, name + " finds something on the seeds and the devset: " + a);
        assertEquals(a, b, name);
    }

    @Test
    void bothLayoutsSatisfyTheShapes() {
        GraphValidator v = GraphValidator.fromResources();
        for (WartaStore s : List.of(lean, full)) {
            GraphValidator.Result r = v.validate(s, 20);
            assertTrue(r.conforms(), s.folder() + ": " + r.violations());
        }
    }

    @Test
    void theFullLayerAddsEverySentenceAndMentionTheLeanGraphLeavesOut() {
        Map<String, Long> l = StoreStats.of(lean);
        Map<String, Long> f = StoreStats.of(full);
        assertEquals(l.get("articles"), f.get("articles"));
        assertEquals(l.get("meetings (merged)"), f.get("meetings (merged)"));
        assertEquals(l.get("statements"), f.get("statements"));
        assertEquals(0, l.get("sentences"));
        assertEquals(0, l.get("mentions"));
        assertTrue(f.get("sentences") > 500 && f.get("mentions") > 1000, f.toString());
        assertTrue(l.get("quads") * 3 < f.get("quads"), "lean " + l.get("quads") + ", full " + f.get("quads"));
    }

    /** The query's CSV rows, header first, the rest sorted, concatenated cells as sorted sets. */
    private static List<String> rows(WartaStore store, Query q, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(q, params, false, QueryRunner.Format.TSV, out);
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        String[] header = lines.get(0).split("\t", -1);
        List<String> body = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length && i < header.length; i++) {
                if (CONCATENATED.contains(header[i].replace("?", ""))) {
                    String[] parts = cells[i].replace("\"", "").split(", | \\| ");
                    Arrays.sort(parts);
                    cells[i] = String.join(", ", parts);
                }
            }
            body.add(String.join("\t", cells));
        }
        body.sort(null);
        List<String> all = new ArrayList<>(List.of(lines.get(0)));
        all.addAll(body);
        return all;
    }
}
