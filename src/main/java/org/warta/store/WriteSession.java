package org.warta.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One write into the store, opened on the thread that uses it: graphs go in one after another and become visible
 * together at {@link #commit}, or not at all. Closing a session that was not committed abandons it.
 */
public interface WriteSession extends AutoCloseable {

    /** Adds a graph the store does not hold yet. */
    void add(Node graphName, Graph content);

    /**
     * Replaces a stored graph by new content.
     *
     * @param watched  a predicate whose old values the caller needs (what the replaced graph claimed)
     * @param oldValue receives each object of {@code watched} in the graph being replaced, before it goes
     * @throws UnsupportedOperationException if this kind of session only adds
     */
    void replace(Node graphName, Graph content, Node watched, Consumer<Node> oldValue);

    void commit();

    @Override
    void close();
}
