package org.warta.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * One write into the store, opened on the thread that uses it: quads sent to {@link #stream} become visible
 * together at {@link #commit}, or not at all. Closing a session that was not committed abandons it.
 */
public interface WriteSession extends AutoCloseable {

    /** The sink the quads go to (the store's loader): mappers write into it directly or through a buffer. */
    StreamRDF stream();

    /**
     * Removes a stored graph, before its new content is sent to {@link #stream}.
     *
     * @param watched  a predicate whose old values the caller needs (what the removed graph claimed)
     * @param oldValue receives each object of {@code watched} in the graph being removed, before it goes
     * @throws UnsupportedOperationException if this kind of session only adds
     */
    void removeGraph(Node graphName, Node watched, Consumer<Node> oldValue);

    /** Removes every quad of one subject in one graph. */
    void removeSubject(Node graphName, Node subject);

    /**
     * The stored quads of one subject in one graph, as the session sees them (none in a bulk load: its store
     * starts without articles).
     */
    List<Quad> find(Node graphName, Node subject);

    void commit();

    @Override
    void close();
}
