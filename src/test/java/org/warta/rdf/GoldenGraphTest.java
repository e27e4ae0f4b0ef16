package org.warta.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.warta.TestSupport;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.store.Prefixes;

/**
 * The article graphs of the seeds and the devset, compared by isomorphism with the golden TriG files under
 * {@code src/test/resources/golden/}. A change that is meant to alter extraction or mapping regenerates them:
 *
 * <pre>mvn test -Dtest=GoldenGraphTest -Dwarta.golden.update=true</pre>
 *
 * and the diff of the golden files is reviewed in the commit. The pipeline version is left out of the comparison
 * (it changes with every lexicon edit; {@code PipelineVersionTest} holds what it must be).
 */
class GoldenGraphTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("warta.golden.update");
    private static final Node VERSION = NodeFactory.createLiteralString("(pipeline version)");

    @TestFactory
    Stream<DynamicTest> seedsAndDevset() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path corpus : List.of(TestSupport.SEEDS, TestSupport.DEVSET)) {
            Path dir = GOLDEN.resolve(corpus.getFileName());
            for (ReadItem item : new ArticleReader().readAll(List.of(corpus))) {
                if (item instanceof ReadItem.Loaded loaded) {
                    Article a = loaded.article();
                    tests.add(DynamicTest.dynamicTest(a.id().value(),
                            () -> check(a, dir.resolve(a.id().value() + ".trig"))));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Article article, Path golden) throws IOException {
        ArticleGraphMapper mapper = new ArticleGraphMapper(TestSupport.pipeline().version());
        Graph actual = withoutVersion(mapper.toGraph(TestSupport.pipeline().analyze(article)));
        Node name = Iris.article(article.id());
        if (UPDATE) {
            write(actual, name, golden);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden graph " + golden + "; write it with -Dwarta.golden.update=true and review it");
        }
        DatasetGraph expectedDs = RDFDataMgr.loadDatasetGraph(golden.toString());
        Graph expected = expectedDs.getGraph(name);
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(golden + " differs from the graph built now:\n" + diff(expected, actual));
        }
    }

    /** The graph with the pipeline version's value replaced by a fixed literal. */
    private static Graph withoutVersion(Graph g) {
        Graph out = GraphFactory.createGraphMem();
        g.find().forEachRemaining(t -> out.add(t.getPredicate().equals(WARTA.pipelineVersion)
                ? Triple.create(t.getSubject(), t.getPredicate(), VERSION) : t));
        return out;
    }

    private static void write(Graph g, Node name, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(name, g);
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAP);
        ds.prefixes().putAll(pm);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, ds, RDFFormat.TRIG_PRETTY);
        }
    }

    /** The triples only one side has, each as one sorted line (the graphs hold no blank nodes). */
    static String diff(Graph expected, Graph actual) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAP);
        TreeSet<String> e = lines(expected, pm);
        TreeSet<String> a = lines(actual, pm);
        StringBuilder b = new StringBuilder();
        append(b, "only in the golden file", e, a);
        append(b, "only in the graph built now", a, e);
        return b.toString();
    }

    private static TreeSet<String> lines(Graph g, PrefixMapping pm) {
        TreeSet<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(t.getSubject().toString(pm) + " "
                + t.getPredicate().toString(pm) + " " + t.getObject().toString(pm)));
        return out;
    }

    private static void append(StringBuilder b, String title, TreeSet<String> mine, TreeSet<String> other) {
        List<String> only = mine.stream().filter(l -> !other.contains(l)).toList();
        b.append(title).append(" (").append(only.size()).append("):\n");
        only.stream().limit(60).forEach(l -> b.append("  ").append(l).append('\n'));
        if (only.size() > 60) {
            b.append("  … ").append(only.size() - 60).append(" more\n");
        }
    }
}
