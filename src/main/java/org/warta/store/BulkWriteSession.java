package org.warta.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A write through TDB2's phased bulk loader: the quads stream into the primary indexes as they come, and the
 * commit replays the primary index into the others. See {@link WartaStore#beginBulk} for when it may be used.
 */
final class BulkWriteSession implements WriteSession {
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Runnable committed;
    private boolean open = true;

    BulkWriteSession(DatasetGraph tdb, Runnable committed) {
        this.committed = committed;
        this.loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        loader.startBulk();
        try {
            this.stream = loader.stream();
            stream.start();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    @Override
    public StreamRDF stream() {
        return stream;
    }

    @Override
    public void removeGraph(Node graphName, Node watched, Consumer<Node> oldValue) {
        throw new UnsupportedOperationException("a bulk load only adds graphs: " + graphName);
    }

    @Override
    public void removeSubject(Node graphName, Node subject) {
        throw new UnsupportedOperationException("a bulk load only adds: " + subject + " in " + graphName);
    }

    @Override
    public List<Quad> find(Node graphName, Node subject) {
        return List.of();
    }

    @Override
    public void commit() {
        if (!open) {
            throw new IllegalStateException("bulk load already finished");
        }
        open = false;
        try {
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        committed.run();
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            // the indexes the loader has committed stay; the store's marker has the next open discard them
            loader.finishException(new IllegalStateException("bulk load abandoned before its commit"));
        }
    }
}
