package org.warta.rdf;

import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/**
 * The triples that say where an article was read from and what its page said about it, beyond what every article
 * has (id, URL, publisher, date, language, headline): the publication time with its zone, the authors, the section,
 * and for web inputs the file, the WARC record (offset and id) or feed item, the URL it was fetched from and when.
 * A minted id keeps the name it was minted from. Plain-text and JSON Lines articles whose id is their own name get
 * none of these: their file name is their id.
 */
public final class ArticleSourceMapper {
    public static void map(Graph g, Node article, ArticleMetadata meta) {
        meta.publishedAt().ifPresent(t -> add(g, article, WARTA.publishedAt,
                NodeFactory.createLiteralDT(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime)));
        for (String a : meta.authors()) {
            add(g, article, WARTA.authorName, Literals.string(a));
        }
        meta.section().ifPresent(s -> add(g, article, SCHEMA.articleSection, Literals.string(s)));
        if (meta.source().isEmpty()) {
            return;
        }
        ArticleSource source = meta.source().get();
        source.originalId().ifPresent(o -> add(g, article, WARTA.originalId, Literals.string(o)));
        if (!source.kind().isWeb()) {
            return;
        }
        add(g, article, WARTA.inputKind, Literals.string(source.kind().label()));
        add(g, article, WARTA.sourceFile, Literals.string(source.file()));
        source.recordOffset().ifPresent(o -> add(g, article, WARTA.warcRecordOffset,
                NodeFactory.createLiteralDT(Long.toString(o), XSDDatatype.XSDnonNegativeInteger)));
        source.recordId().ifPresent(id -> add(g, article, WARTA.sourceRecordId, Literals.string(id)));
        source.retrievedFrom().ifPresent(u -> add(g, article, WARTA.retrievedFrom, Literals.string(u)));
        source.capturedAt().ifPresent(t -> add(g, article, WARTA.capturedAt, Literals.dateTime(t)));
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private ArticleSourceMapper() {
    }
}
