package org.warta.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
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
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.warta.model.WartaException;
import org.warta.rdf.Iris;
import org.warta.rdf.Literals;
import org.warta.rdf.NIF;
import org.warta.rdf.SCHEMA;
import org.warta.rdf.WARTA;

/**
 * The full-text index over statements (schema:text), articles (nif:isString) and, in stores built with the full
 * annotation layer, sentences (nif:anchorOf), with Lucene's IndonesianAnalyzer (stop words, and stemming of -nya,
 * -lah, -kah and the like), so that {@code ?s text:query (schema:text "sanksi")} finds "sanksi" in any inflection.
 * A statement's text is indexed from its offsets into its article's text: the lean graph holds no copy of it.
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
            def.set("article", NIF.isString);
            def.setGraphField("graph");
            Analyzer analyzer = new IndonesianAnalyzer();
            def.setAnalyzer("text", analyzer);
            def.setAnalyzer("sentence", analyzer);
            def.setAnalyzer("article", analyzer);
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

    /**
     * Re-indexes these article graphs (and their annotation graphs) from {@code d}, inside the caller's read
     * transaction if it is the store, after removing the documents of the {@code replaced} ones; commits.
     */
    void replace(DatasetGraph d, Collection<Node> graphs, Collection<Node> replaced) {
        try {
            // a delete by term costs at every flush of every segment: only graphs the index may hold get one
            for (Node g : replaced) {
                for (Node name : List.of(g, Iris.annotationsOf(g))) {
                    index.getIndexWriter().deleteDocuments(new Term(definition.getGraphField(),
                            TextQueryFuncs.graphNodeToString(name)));
                }
            }
            for (Node g : graphs) {
                add(d, g);
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
            Iterator<Quad> it = d.find(Node.ANY, Node.ANY, RDF.type.asNode(), WARTA.Article);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.isDefaultGraph()) {
                        add(d, q.getGraph());
                    }
                }
            } finally {
                Lib.sync(it);
            }
            index.commit();
        } catch (IOException e) {
            throw new WartaException("cannot rebuild the text index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The documents of one article: its text, each statement's text cut from it by the statement's offsets, and
     * the sentences of its annotation graph, if it has one.
     */
    private void add(DatasetGraph d, Node g) {
        String text = null;
        Iterator<Quad> articles = d.find(g, Node.ANY, NIF.isString, Node.ANY);
        try {
            if (articles.hasNext()) {
                Quad q = articles.next();
                text = q.getObject().getLiteralLexicalForm();
                addEntity(q);
            }
        } finally {
            Lib.sync(articles);
        }
        if (text != null) {
            Iterator<Quad> statements = d.find(g, Node.ANY, RDF.type.asNode(), WARTA.Statement);
            try {
                while (statements.hasNext()) {
                    Node st = statements.next().getSubject();
                    Integer b = offset(d, g, st, NIF.beginIndex);
                    Integer e = offset(d, g, st, NIF.endIndex);
                    if (b != null && e != null && 0 <= b && b <= e && e <= text.length()) {
                        addEntity(Quad.create(g, st, SCHEMA.text, Literals.string(text.substring(b, e))));
                    }
                }
            } finally {
                Lib.sync(statements);
            }
        }
        Iterator<Quad> sentences = d.find(Iris.annotationsOf(g), Node.ANY, NIF.anchorOf, Node.ANY);
        try {
            while (sentences.hasNext()) {
                Quad q = sentences.next();
                if (d.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), NIF.Sentence)) {
                    addEntity(q);
                }
            }
        } finally {
            Lib.sync(sentences);
        }
    }

    private void addEntity(Quad q) {
        Entity e = TextQueryFuncs.entityFromQuad(definition, q);
        if (e != null) {
            index.addEntity(e);
        }
    }

    private static Integer offset(DatasetGraph d, Node g, Node s, Node p) {
        Iterator<Quad> it = d.find(g, s, p, Node.ANY);
        try {
            if (!it.hasNext()) {
                return null;
            }
            Object v = it.next().getObject().getLiteralValue();
            return v instanceof Number n ? n.intValue() : null;
        } finally {
            Lib.sync(it);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
