package org.warta.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** A plain TDB2 write transaction: cost in proportion to what it writes, readers served from the last commit. */
final class PlainWriteSession implements WriteSession {
    private final DatasetGraph tdb;
    private final StreamRDF stream;
    private boolean open = true;

    PlainWriteSession(DatasetGraph tdb) {
        this.tdb = tdb;
        this.stream = StreamRDFLib.dataset(tdb);
        tdb.begin(TxnType.WRITE);
    }

    @Override
    public StreamRDF stream() {
        return stream;
    }

    @Override
    public void removeGraph(Node graphName, Node watched, Consumer<Node> oldValue) {
        tdb.find(graphName, Node.ANY, watched, Node.ANY).forEachRemaining(q -> oldValue.accept(q.getObject()));
        tdb.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void removeSubject(Node graphName, Node subject) {
        tdb.deleteAny(graphName, subject, Node.ANY, Node.ANY);
    }

    @Override
    public List<Quad> find(Node graphName, Node subject) {
        List<Quad> out = new ArrayList<>();
        tdb.find(graphName, subject, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
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
