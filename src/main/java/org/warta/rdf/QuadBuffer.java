package org.warta.rdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.warta.model.WartaException;

/**
 * Quads held in the order a mapper sent them, to be replayed into a sink later (the build maps on worker threads
 * and writes on one thread). Mappers write quads only: a triple has no graph and is refused, so nothing ends up in
 * the default graph by accident.
 */
public final class QuadBuffer extends StreamRDFBase {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        throw new WartaException("a mapper wrote a triple without a graph: " + triple);
    }

    /** Sends every quad to {@code out}, in order (without start and finish: the sink's owner calls those). */
    public void replay(StreamRDF out) {
        quads.forEach(out::quad);
    }

    public List<Quad> quads() {
        return Collections.unmodifiableList(quads);
    }

    public int size() {
        return quads.size();
    }

    /** The triples of one graph, as a graph. */
    public Graph graph(Node graphName) {
        Graph g = GraphFactory.createGraphMem();
        for (Quad q : quads) {
            if (q.getGraph().equals(graphName)) {
                g.add(q.asTriple());
            }
        }
        return g;
    }

    /** The quads as an in-memory dataset. */
    public DatasetGraph dataset() {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        quads.forEach(d::add);
        return d;
    }
}
