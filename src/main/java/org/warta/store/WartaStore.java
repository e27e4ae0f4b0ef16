package org.warta.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.warta.model.ArticleId;
import org.warta.rdf.Iris;
import org.warta.rdf.WARTA;

/**
 * The TDB2 dataset: one named graph per article (named by the article's IRI), a corpus graph for facts that span
 * articles, and a builds graph for build activities. The default graph is the union of the named graphs, so plain
 * queries see everything and {@code GRAPH ?g} tells the source. Every access runs inside a transaction. Only one
 * process can open a store folder at a time.
 */
public final class WartaStore implements AutoCloseable {
    private final Path folder;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;
    private final Optional<TextIndex> text;

    private WartaStore(Path folder, DatasetGraph tdb, Optional<TextIndex> text) {
        this.folder = folder;
        this.tdb = tdb;
        this.text = text;
        this.dataset = text.map(t -> t.wrap(tdb)).orElse(tdb);
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) a store with its full-text index. */
    public static WartaStore open(Path folder) {
        return open(folder, true);
    }

    /**
     * @param textIndex keep the full-text index in step; off for bulk loads (the next open with the index
     *                  rebuilds it)
     */
    public static WartaStore open(Path folder, boolean textIndex) {
        try {
            Files.createDirectories(folder);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(folder.toString()));
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            Optional<TextIndex> text = Optional.empty();
            if (textIndex) {
                TextIndex t = TextIndex.open(folder);
                if (t.stale()) {
                    Txn.executeRead(tdb, () -> t.rebuild(tdb));
                    t.markCurrent();
                }
                text = Optional.of(t);
            } else if (Files.isDirectory(folder.resolve(TextIndex.FOLDER))) {
                // writes without the index make it lag; say so for the next open
                TextIndex t = TextIndex.open(folder);
                t.markStale();
                t.close();
            }
            return new WartaStore(folder, tdb, text);
        } catch (TDBException | org.apache.jena.dboe.DBOpEnvException e) {
            // TDB2 reports a store locked by another live process with a DBOpEnvException ("Failed to get a lock")
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            boolean locked = msg.toLowerCase(java.util.Locale.ROOT).contains("lock");
            throw new StoreException(locked
                    ? "store " + folder + " is in use by another process (" + msg
                      + "); stop that process (a running `warta serve`?) or use another --store"
                    : "cannot open store " + folder + ": " + msg, locked, e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("cannot open store " + folder + ": " + e, false, e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The dataset, for the query engine and the server. Callers must use transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** Writes to TDB2; the text index is brought up to date with {@link #indexGraphs}. */
    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(tdb, () -> action.accept(tdb));
    }

    /**
     * Adds quads with TDB2's phased bulk loader, in one transaction: several times faster than adding them one by
     * one in a plain write transaction. For new graphs only: nothing is deleted first.
     */
    public void bulkLoad(Consumer<org.apache.jena.riot.system.StreamRDF> quads) {
        org.apache.jena.tdb2.loader.DataLoader loader =
                org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        loader.startBulk();
        try {
            org.apache.jena.riot.system.StreamRDF stream = loader.stream();
            stream.start();
            quads.accept(stream);
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /**
     * A marker that work on the store is under way and must be finished ("relink"): it survives a crash, so the
     * next run can tell that the corpus-level facts lag the articles.
     */
    public boolean pending(String task) {
        return Files.exists(folder.resolve("PENDING-" + task));
    }

    public void markPending(String task) {
        try {
            Files.writeString(folder.resolve("PENDING-" + task), "unfinished: " + task + "\n");
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write a marker in " + folder + ": " + e.getMessage(), false, e);
        }
    }

    public void clearPending(String task) {
        try {
            Files.deleteIfExists(folder.resolve("PENDING-" + task));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot remove a marker in " + folder + ": " + e.getMessage(), false, e);
        }
    }

    /** Marks the text index as lagging until {@link #indexGraphs} has caught up (a crash leaves the mark). */
    public void beginTextUpdates() {
        text.ifPresent(TextIndex::markStale);
    }

    /** Re-indexes the text of these named graphs, as committed in the store. */
    public void indexGraphs(Collection<Node> graphs) {
        text.ifPresent(t -> Txn.executeRead(tdb, () -> t.replace(tdb, graphs)));
    }

    public void endTextUpdates() {
        text.ifPresent(TextIndex::markCurrent);
    }

    /** Rebuilds the text index from the whole store. */
    public void reindexText() {
        text.ifPresent(t -> {
            t.markStale();
            Txn.executeRead(tdb, () -> t.rebuild(tdb));
            t.markCurrent();
        });
    }

    /** The recorded text hash and pipeline version of an article, if the store holds it. */
    public Optional<String> fingerprint(ArticleId id) {
        return read(d -> fingerprint(d, id));
    }

    static Optional<String> fingerprint(DatasetGraph d, ArticleId id) {
        Node g = Iris.article(id);
        String hash = firstLiteral(d, g, g, WARTA.textSha256);
        String version = firstLiteral(d, g, g, WARTA.pipelineVersion);
        return hash == null ? Optional.empty() : Optional.of(hash + "|" + version);
    }

    private static String firstLiteral(DatasetGraph d, Node g, Node s, Node p) {
        Iterator<Quad> it = d.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            Lib.sync(it);
        }
    }

    /** Replaces a named graph's content, inside the caller's write transaction. */
    public static void replaceGraph(DatasetGraph d, Node graphName, Graph content) {
        d.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
        addAll(d, graphName, content);
    }

    public static void addAll(DatasetGraph d, Node graphName, Graph content) {
        Iterator<Triple> it = content.find();
        while (it.hasNext()) {
            Triple t = it.next();
            d.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Removes named graphs, inside the caller's write transaction. */
    public static void removeGraphs(DatasetGraph d, Collection<Node> graphNames) {
        for (Node g : graphNames) {
            d.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
    }

    /** Reclaims the space of replaced data: TDB2 appends, so a store grows with every rewrite until compacted. */
    public void compact() {
        DatabaseMgr.compact(tdb, true);
    }

    public boolean inTransaction() {
        return dataset.isInTransaction();
    }

    public void begin(TxnType type) {
        dataset.begin(type);
    }

    @Override
    public void close() {
        text.ifPresent(TextIndex::close);
        tdb.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }
}
