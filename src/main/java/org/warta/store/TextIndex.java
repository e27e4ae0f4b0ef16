package org.warta.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.warta.model.WartaException;
import org.warta.rdf.NIF;
import org.warta.rdf.SCHEMA;

/**
 * The full-text index over statements (schema:text) and sentences (nif:anchorOf), with Lucene's
 * IndonesianAnalyzer (stop words, and stemming of -nya, -lah, -kah and the like), so that
 * {@code ?s text:query (schema:text "sanksi")} finds "sanksi" in any inflection. It lives in the store folder and
 * is kept in step with the store by Jena's text dataset, inside the same transactions.
 */
public final class TextIndex {
    public static final String FOLDER = "text-index";

    public static DatasetGraph wrap(DatasetGraph base, Path storeFolder) {
        try {
            Path dir = storeFolder.resolve(FOLDER);
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            EntityDefinition def = new EntityDefinition("uri", "text", SCHEMA.text);
            def.set("sentence", NIF.anchorOf);
            def.setGraphField("graph");
            def.setUidField("uid");
            Analyzer analyzer = new IndonesianAnalyzer();
            def.setAnalyzer("text", analyzer);
            def.setAnalyzer("sentence", analyzer);
            TextIndexConfig config = new TextIndexConfig(def);
            config.setAnalyzer(analyzer);
            config.setQueryAnalyzer(analyzer);
            return TextDatasetFactory.create(base, TextDatasetFactory.createLuceneIndex(directory, config), true);
        } catch (IOException e) {
            throw new WartaException("cannot open the text index in " + storeFolder + ": " + e.getMessage(), e);
        }
    }

    private TextIndex() {
    }
}
