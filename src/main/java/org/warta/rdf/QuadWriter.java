package org.warta.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes the quads of one named graph to a sink: what each mapper uses instead of a private {@code add}. */
final class QuadWriter {
    private final StreamRDF out;
    private final Node graph;

    QuadWriter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }

    Node graph() {
        return graph;
    }
}
