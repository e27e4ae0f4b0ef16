package org.warta.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.warta.TestSupport;
import org.warta.cli.WartaCli;
import org.warta.rdf.Iris;
import org.warta.store.WartaStore;
import picocli.CommandLine;

/** Fixtures of the reliability tests: the CLI with captured output, generated corpora, store snapshots. */
final class Reliability {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One CLI run: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WartaCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A seed or devset article as stored: its text and its sidecar. */
    record Source(String name, String text, ObjectNode meta) {
    }

    /** The five seeds and the 24 devset articles, in file-name order. */
    static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (Path folder : List.of(TestSupport.SEEDS, TestSupport.DEVSET)) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path txt : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                    ObjectNode meta = (ObjectNode) JSON.readTree(txt.resolveSibling(name + ".meta.json").toFile());
                    out.add(new Source(name, Files.readString(txt, StandardCharsets.UTF_8), meta));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * Writes {@code n} small articles into {@code dir}: each is the title line and one paragraph of a seed or devset
     * article, with that article's sidecar under a new id ({@code r0000}, {@code r0001} …), so relative dates still
     * resolve. Paragraphs repeat once all have been used; ids never do.
     */
    static void writeSmallCorpus(Path dir, int n) throws IOException {
        List<String> pieces = new ArrayList<>();
        List<ObjectNode> metas = new ArrayList<>();
        for (Source s : sources()) {
            List<String> paragraphs = s.text().lines().filter(l -> !l.isBlank()).toList();
            for (int k = 1; k < paragraphs.size(); k++) {
                pieces.add(paragraphs.get(0) + "\n\n" + paragraphs.get(k) + "\n");
                metas.add(s.meta());
            }
        }
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "r%04d", i);
            Files.writeString(dir.resolve(id + ".txt"), pieces.get(i % pieces.size()), StandardCharsets.UTF_8);
            ObjectNode meta = metas.get(i % metas.size()).deepCopy();
            meta.put("id", id);
            Files.writeString(dir.resolve(id + ".meta.json"), JSON.writeValueAsString(meta), StandardCharsets.UTF_8);
        }
    }

    /** Every named graph of a store except the builds graph, copied into memory. */
    static DatasetGraph snapshot(Path store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        try (WartaStore s = WartaStore.open(store, false)) {
            s.read(d -> {
                Iterator<Quad> it = d.find();
                try {
                    it.forEachRemaining(q -> {
                        if (!q.isDefaultGraph() && !q.getGraph().equals(Iris.BUILDS_GRAPH)) {
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

    static List<Node> graphNames(DatasetGraph d) {
        List<Node> names = new ArrayList<>();
        d.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        return names;
    }

    static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(org.warta.rdf.WARTA.ID + "article/");
    }

    /**
     * How {@code actual} differs from {@code expected}, graph by graph (by isomorphism): missing and extra graphs,
     * and graphs whose content differs. {@code onlyPresent}: compare only the graphs {@code actual} has (a store
     * caught mid-build), and ignore the corpus graph, which is recomputed at the end of every build.
     */
    static List<String> differences(DatasetGraph expected, DatasetGraph actual, boolean onlyPresent) {
        List<String> out = new ArrayList<>();
        List<Node> want = graphNames(expected);
        List<Node> have = graphNames(actual);
        for (Node g : have) {
            if (onlyPresent && g.equals(Iris.CORPUS_GRAPH)) {
                continue;
            }
            if (!want.contains(g)) {
                out.add("extra graph " + g);
                continue;
            }
            Graph a = expected.getGraph(g);
            Graph b = actual.getGraph(g);
            if (!a.isIsomorphicWith(b)) {
                out.add("graph " + g + " differs: " + a.size() + " triples expected, " + b.size() + " found");
            }
        }
        if (!onlyPresent) {
            for (Node g : want) {
                if (!have.contains(g)) {
                    out.add("missing graph " + g);
                }
            }
        }
        return out;
    }

    /** Percentile of sorted values, nearest rank. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private Reliability() {
    }
}
