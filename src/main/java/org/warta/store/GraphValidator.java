package org.warta.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.warta.model.WartaException;
import org.warta.rdf.Iris;

/**
 * Checks every named graph of the store against the SHACL shapes shipped in the jar (ontology/shapes.ttl).
 * Graphs are validated one at a time (an article's annotation graph together with the article's graph), so memory
 * stays bounded by the largest graph.
 */
public final class GraphValidator {
    /** One violation: the graph, the focus node, the path and the shape's message. */
    public record Violation(String graph, String focus, String path, String message) {
        @Override
        public String toString() {
            return "<" + graph + "> " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    /** The outcome: graphs checked and violations found. */
    public record Result(long graphs, List<Violation> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    private final Shapes shapes;

    public GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static GraphValidator fromResources() {
        String name = "/ontology/shapes.ttl";
        try (InputStream in = GraphValidator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new WartaException("missing resource " + name);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new GraphValidator(Shapes.parse(g));
        } catch (IOException e) {
            throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    public Result validate(WartaStore store, int maxViolations) {
        return store.read(d -> {
            List<Violation> out = new ArrayList<>();
            long graphs = 0;
            Iterator<Node> names = d.listGraphNodes();
            try {
                while (names.hasNext()) {
                    Node g = names.next();
                    graphs++;
                    Node article = Iris.articleGraphOf(g);
                    if (!article.equals(g) && d.containsGraph(article)) {
                        continue; // validated with its article's graph
                    }
                    Node annotations = Iris.annotationsOf(g);
                    Graph data = d.containsGraph(annotations)
                            ? new Union(d.getGraph(g), d.getGraph(annotations)) : d.getGraph(g);
                    validate(g.getURI(), data, out, maxViolations);
                }
            } finally {
                Lib.sync(names);
            }
            return new Result(graphs, out);
        });
    }

    public List<Violation> validate(String name, Graph graph) {
        List<Violation> out = new ArrayList<>();
        validate(name, graph, out, Integer.MAX_VALUE);
        return out;
    }

    private void validate(String name, Graph graph, List<Violation> out, int max) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        for (ReportEntry e : report.getEntries()) {
            if (out.size() >= max) {
                return;
            }
            out.add(new Violation(name, String.valueOf(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(), e.message()));
        }
    }
}
