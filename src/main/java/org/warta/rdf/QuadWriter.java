package org.warta.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.warta.model.Span;

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

    /** The character offsets of a span on node {@code n}: nif:beginIndex and nif:endIndex. */
    void offsets(Node n, Span span) {
        add(n, NIF.beginIndex, Literals.nonNegative(span.start()));
        add(n, NIF.endIndex, Literals.nonNegative(span.end()));
    }

    Node graph() {
        return graph;
    }
}
