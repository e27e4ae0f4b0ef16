package org.warta.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/** A plain TDB2 write transaction: cost in proportion to what it writes, readers served from the last commit. */
final class PlainWriteSession implements WriteSession {
    private final DatasetGraph tdb;
    private boolean open = true;

    PlainWriteSession(DatasetGraph tdb) {
        this.tdb = tdb;
        tdb.begin(TxnType.WRITE);
    }

    @Override
    public void add(Node graphName, Graph content) {
        WartaStore.addAll(tdb, graphName, content);
    }

    @Override
    public void replace(Node graphName, Graph content, Node watched, Consumer<Node> oldValue) {
        tdb.find(graphName, Node.ANY, watched, Node.ANY).forEachRemaining(q -> oldValue.accept(q.getObject()));
        WartaStore.replaceGraph(tdb, graphName, content);
    }

    @Override
    public void commit() {
        if (!open) {
            throw new IllegalStateException("transaction already finished");
        }
        open = false;
        try {
            tdb.commit();
        } finally {
            tdb.end();
        }
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            tdb.abort();
            tdb.end();
        }
    }
}
