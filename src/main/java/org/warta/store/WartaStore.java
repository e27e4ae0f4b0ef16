package org.warta.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WartaStore.class);
    private static final String BULK = "bulk";
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
            if (Files.exists(folder.resolve("PENDING-" + BULK))) {
                discardInterruptedBulkLoad(folder, tdb);
            }
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
            boolean locked = msg.toLowerCase(Locale.ROOT).contains("lock");
            throw new StoreException(locked
                    ? "store " + folder + " is in use by another process (" + msg
                      + "); stop that process (a running `warta serve`?) or use another --store"
                    : "cannot open store " + folder + ": " + msg, locked, e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("cannot open store " + folder + ": " + e, false, e);
        }
    }

    /**
     * Empties a store a bulk load was killed in. Deleting through the primary index removes each quad from every
     * index, whichever of them the loader had committed; the node table keeps the unused nodes until compaction.
     */
    private static void discardInterruptedBulkLoad(Path folder, DatasetGraph tdb) throws java.io.IOException {
        LOG.warn("store {}: a bulk load into it was interrupted; emptying the store (it held no article before)",
                folder);
        Txn.executeWrite(tdb, () -> tdb.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        if (Files.isDirectory(folder.resolve(TextIndex.FOLDER))) {
            TextIndex t = TextIndex.open(folder);
            t.markStale();
            t.close();
        }
        Files.deleteIfExists(folder.resolve("PENDING-" + BULK));
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
     * Opens a write through TDB2's phased bulk loader, into a store that holds no article. While it is open the
     * store is locked for everyone else, readers included. Its commit re-reads the whole primary index to build
     * the others, and the loader commits its indexes one by one: a process killed in the middle leaves indexes that
     * disagree. So a marker says a bulk load is under way, and the next open of the store, finding it, empties the
     * store (it held no article before the load began) instead of serving half a load.
     *
     * @throws IllegalStateException if the store holds an article
     */
    public WriteSession beginBulk() {
        if (hasArticles()) {
            throw new IllegalStateException("the bulk loader only loads into a store without articles: " + folder);
        }
        markPending(BULK);
        return new BulkWriteSession(tdb, () -> clearPending(BULK));
    }

    /** Opens a plain write transaction, on the calling thread; readers go on seeing the last commit. */
    public WriteSession beginWrite() {
        return new PlainWriteSession(tdb);
    }

    /** Whether the store holds at least one article. */
    public boolean hasArticles() {
        return Txn.calculateRead(tdb, () -> {
            Iterator<Quad> it = tdb.find(Node.ANY, Node.ANY, WARTA.textSha256, Node.ANY);
            try {
                return it.hasNext();
            } finally {
                Lib.sync(it);
            }
        });
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
        text.ifPresent(t -> Txn.executeRead(tdb, () -> t.replace(tdb, graphs, graphs)));
    }

    /**
     * Re-indexes the text of these graphs from their content in memory, before or without a commit: only between
     * {@link #beginTextUpdates} and {@link #endTextUpdates}, so that a write that never commits leaves the index
     * marked stale (and rebuilt from the store at the next open) rather than ahead of the store. The documents of
     * {@code replaced} graphs are removed first; the others are new to the index.
     */
    public void indexGraphs(DatasetGraph graphs, Collection<Node> names, Collection<Node> replaced) {
        text.ifPresent(t -> t.replace(graphs, names, replaced));
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

    /** Whether the store holds the full annotation layer of an article. */
    public boolean hasAnnotations(ArticleId id) {
        return read(d -> {
            Iterator<Quad> it = d.find(Iris.annotations(id), Node.ANY, Node.ANY, Node.ANY);
            try {
                return it.hasNext();
            } finally {
                Lib.sync(it);
            }
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
