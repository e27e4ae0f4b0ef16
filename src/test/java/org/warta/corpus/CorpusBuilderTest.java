package org.warta.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.Version;
import org.warta.ingest.ArticleReader;
import org.warta.model.Article;
import org.warta.rdf.Annotations;
import org.warta.rdf.Iris;
import org.warta.store.WartaStore;

class CorpusBuilderTest {
    @TempDir
    Path tmp;

    static CorpusBuilder builder() {
        return new CorpusBuilder(TestSupport.pipeline(), new ArticleReader(), new MeetingLinker(), Version.current());
    }

    static BuildReport build(Path store, List<Path> inputs, int batch) {
        try (WartaStore s = WartaStore.open(store, false)) {
            return builder().build(s, inputs, BuildOptions.defaults().withBatchSize(batch), BuildListener.NONE);
        }
    }

    @Test
    void buildsTheSeedsAndASecondBuildChangesNothing() {
        Path store = tmp.resolve("db");
        BuildReport first = build(store, List.of(TestSupport.SEEDS), 1000);
        assertEquals(5, first.added());
        assertEquals(0, first.failed());
        assertTrue(first.meetings() > 0);
        BuildReport second = build(store, List.of(TestSupport.SEEDS), 1000);
        assertTrue(second.changedNothing());
        assertEquals(5, second.unchanged());
    }

    @Test
    void aNewGazetteerReExtractsEveryArticle() throws IOException {
        Path store = tmp.resolve("db");
        build(store, List.of(TestSupport.SEEDS), 1000);
        Path gazetteer = tmp.resolve("mine.tsv");
        Files.writeString(gazetteer, "id\ttype\tqid\tlabel\tnames\tcountry\troles\tflags\nperson/nama-baru\tperson\t\tNama Baru\tNama Baru\t\t\t\n");
        org.warta.extract.Pipeline withMine = org.warta.extract.Pipelines.standard(Optional.of(gazetteer));
        CorpusBuilder b = new CorpusBuilder(withMine, new ArticleReader(), new MeetingLinker(), Version.current());
        try (WartaStore s = WartaStore.open(store, false)) {
            BuildReport again = b.build(s, List.of(TestSupport.SEEDS), BuildOptions.defaults(), BuildListener.NONE);
            assertEquals(5, again.updated(), "another pipeline version re-extracts every article");
            assertEquals(0, again.unchanged());
        }
    }

    @Test
    void theTextAtEveryRecordedSpanIsWhatTheGraphSays() {
        Path store = tmp.resolve("db");
        try (WartaStore s = WartaStore.open(store, false)) {
            builder().build(s, List.of(TestSupport.SEEDS), BuildOptions.defaults().withBatchSize(1000)
                    .withAnnotations(Annotations.FULL), BuildListener.NONE);
        }
        Map<String, String> texts = new HashMap<>();
        for (Article a : TestSupport.seeds()) {
            texts.put(a.id().value(), a.text());
        }
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX schema: <https://schema.org/>
                PREFIX warta: <https://w3id.org/warta/ontology#>
                SELECT ?id ?b ?e ?said WHERE {
                  ?x nif:beginIndex ?b ; nif:endIndex ?e .
                  { ?x nif:referenceContext ?a } UNION { ?x nif:sentence/nif:referenceContext ?a }
                  ?a schema:identifier ?id .
                  { ?x nif:anchorOf ?said } UNION { ?x schema:text ?said } UNION { ?x warta:evidenceText ?said }
                }""";
        int checked = 0;
        try (WartaStore s = WartaStore.open(store, false)) {
            List<String[]> rows = s.read(d -> {
                List<String[]> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(d))
                        .query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution r = rs.next();
                        out.add(new String[] {r.getLiteral("id").getString(), r.getLiteral("b").getLexicalForm(),
                                r.getLiteral("e").getLexicalForm(), r.getLiteral("said").getLexicalForm()});
                    }
                }
                return out;
            });
            for (String[] r : rows) {
                String text = texts.get(r[0]);
                assertEquals(r[3], text.substring(Integer.parseInt(r[1]), Integer.parseInt(r[2])),
                        "span " + r[1] + "-" + r[2] + " of " + r[0]);
                checked++;
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void aBulkLoadMergingInMemoryWritesWhatTransactionsAndARelinkWrite() {
        List<Path> inputs = List.of(TestSupport.SEEDS, TestSupport.DEVSET);
        Path bulk = tmp.resolve("bulk");
        try (WartaStore s = WartaStore.open(bulk, false)) {
            BuildReport r = builder().build(s, inputs, BuildOptions.defaults(), BuildListener.NONE);
            assertTrue(r.meetings() > 50, "meetings: " + r.meetings());
        }
        Path plain = tmp.resolve("plain");
        build(plain, inputs, 7);
        assertIsomorphic(withoutBuilds(bulk), withoutBuilds(plain));
    }

    @Test
    void orderAndBatchesDoNotChangeTheGraph() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(TestSupport.SEEDS)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Path a = tmp.resolve("a");
        build(a, files, 1000);
        Path b = tmp.resolve("b");
        build(b, List.of(files.get(4), files.get(2)), 1);
        build(b, List.of(files.get(3), files.get(0), files.get(1)), 2);
        Path c = tmp.resolve("c");
        build(c, List.of(files.get(1), files.get(3), files.get(0), files.get(4), files.get(2)), 2);
        DatasetGraph da = withoutBuilds(a);
        assertIsomorphic(da, withoutBuilds(b));
        assertIsomorphic(da, withoutBuilds(c));
    }

    @Test
    void aBrokenArticleIsReportedAndTheOthersAreBuilt() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (Path p : Files.list(TestSupport.SEEDS).toList()) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        Files.write(in.resolve("zz-broken.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD});
        BuildReport r = build(tmp.resolve("db"), List.of(in), 1000);
        assertEquals(5, r.added());
        assertEquals(1, r.failed());
        assertTrue(r.problems().stream().anyMatch(p -> p.origin().endsWith("zz-broken.txt")));
    }

    static DatasetGraph withoutBuilds(Path store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (WartaStore s = WartaStore.open(store, false)) {
            s.read(d -> {
                Iterator<Quad> it = d.find();
                try {
                    it.forEachRemaining(q -> {
                        if (!q.getGraph().equals(Iris.BUILDS_GRAPH) && !q.isDefaultGraph()) {
                            copy.add(q);
                        }
                    });
                } finally {
                    Lib.sync(it);
                }
                return null;
            });
        }
        return copy;
    }

    static void assertIsomorphic(DatasetGraph x, DatasetGraph y) {
        List<Node> gx = new ArrayList<>();
        x.listGraphNodes().forEachRemaining(gx::add);
        List<Node> gy = new ArrayList<>();
        y.listGraphNodes().forEachRemaining(gy::add);
        gx.sort(Comparator.comparing(Node::toString));
        gy.sort(Comparator.comparing(Node::toString));
        assertEquals(gx, gy);
        for (Node g : gx) {
            Graph a = x.getGraph(g);
            Graph b = y.getGraph(g);
            assertTrue(a.isIsomorphicWith(b), "graph " + g + " differs: " + a.size() + " vs " + b.size() + " triples");
        }
        assertFalse(gx.isEmpty());
    }
}
