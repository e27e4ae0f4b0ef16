package org.warta.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.warta.model.WartaException;
import org.warta.rdf.NIF;
import org.warta.rdf.SCHEMA;

/**
 * The full-text index over statements (schema:text) and sentences (nif:anchorOf), with Lucene's
 * IndonesianAnalyzer (stop words, and stemming of -nya, -lah, -kah and the like), so that
 * {@code ?s text:query (schema:text "sanksi")} finds "sanksi" in any inflection.
 *
 * <p>It is derived data, kept beside the store and updated per article graph after each committed batch,
 * outside the TDB2 transaction (indexing inside it made builds twice as slow). A marker file says when the index
 * may lag the store (a build in progress or killed, or built with --no-text-index); the next open rebuilds it.
 */
public final class TextIndex implements AutoCloseable {
    public static final String FOLDER = "text-index";
    private static final String STALE = "STALE";

    private final Path folder;
    private final TextIndexLucene index;
    private final EntityDefinition definition;

    private TextIndex(Path folder, TextIndexLucene index, EntityDefinition definition) {
        this.folder = folder;
        this.index = index;
        this.definition = definition;
    }

    static TextIndex open(Path storeFolder) {
        try {
            Path dir = storeFolder.resolve(FOLDER);
            Files.createDirectories(dir);
            EntityDefinition def = new EntityDefinition("uri", "text", SCHEMA.text);
            def.set("sentence", NIF.anchorOf);
            def.setGraphField("graph");
            Analyzer analyzer = new IndonesianAnalyzer();
            def.setAnalyzer("text", analyzer);
            def.setAnalyzer("sentence", analyzer);
            TextIndexConfig config = new TextIndexConfig(def);
            config.setAnalyzer(analyzer);
            config.setQueryAnalyzer(analyzer);
            return new TextIndex(dir, new TextIndexLucene(FSDirectory.open(dir), config), def);
        } catch (IOException e) {
            throw new WartaException("cannot open the text index in " + storeFolder + ": " + e.getMessage(), e);
        }
    }

    /** A view of the dataset whose queries can use text:query. */
    DatasetGraph wrap(DatasetGraph base) {
        return TextDatasetFactory.create(base, index, false);
    }

    /** Whether the index may lag the store. */
    boolean stale() {
        return Files.exists(folder.resolve(STALE));
    }

    void markStale() {
        try {
            Files.writeString(folder.resolve(STALE), "the text index may lag the store; it is rebuilt on next open\n");
        } catch (IOException e) {
            throw new WartaException("cannot write " + folder.resolve(STALE) + ": " + e.getMessage(), e);
        }
    }

    void markCurrent() {
        try {
            Files.deleteIfExists(folder.resolve(STALE));
        } catch (IOException e) {
            throw new WartaException("cannot remove " + folder.resolve(STALE) + ": " + e.getMessage(), e);
        }
    }

    /** Re-indexes these graphs from the store, inside the caller's read transaction; commits. */
    void replace(DatasetGraph d, Collection<Node> graphs) {
        try {
            for (Node g : graphs) {
                index.getIndexWriter().deleteDocuments(new Term(definition.getGraphField(),
                        TextQueryFuncs.graphNodeToString(g)));
                add(d, g, SCHEMA.text);
                add(d, g, NIF.anchorOf);
            }
            index.commit();
        } catch (IOException e) {
            throw new WartaException("cannot update the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Rebuilds the whole index from the store, inside the caller's read transaction. */
    void rebuild(DatasetGraph d) {
        try {
            index.getIndexWriter().deleteAll();
            add(d, Node.ANY, SCHEMA.text);
            add(d, Node.ANY, NIF.anchorOf);
            index.commit();
        } catch (IOException e) {
            throw new WartaException("cannot rebuild the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void add(DatasetGraph d, Node graph, Node predicate) {
        Iterator<Quad> it = d.find(graph, Node.ANY, predicate, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.isDefaultGraph()) {
                    continue;
                }
                Entity e = TextQueryFuncs.entityFromQuad(definition, q);
                if (e != null) {
                    index.addEntity(e);
                }
            }
        } finally {
            Lib.sync(it);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
