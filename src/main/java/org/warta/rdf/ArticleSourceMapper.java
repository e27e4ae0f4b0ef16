package org.warta.rdf;

import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/**
 * The triples that say where an article was read from and what its page said about it, beyond what every article
 * has (id, URL, publisher, date, language, headline): the publication time with its zone, the authors, the section,
 * and for web inputs the file, the WARC record (offset and id) or feed item, the URL it was fetched from and when.
 * A minted id keeps the name it was minted from. Plain-text and JSON Lines articles whose id is their own name get
 * none of these: their file name is their id.
 */
final class ArticleSourceMapper {
    static void map(QuadWriter g, Node article, ArticleMetadata meta) {
        meta.publishedAt().ifPresent(t -> g.add(article, WARTA.publishedAt,
                NodeFactory.createLiteralDT(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime)));
        for (String a : meta.authors()) {
            g.add(article, WARTA.authorName, Literals.string(a));
        }
        meta.section().ifPresent(s -> g.add(article, SCHEMA.articleSection, Literals.string(s)));
        if (meta.source().isEmpty()) {
            return;
        }
        ArticleSource source = meta.source().get();
        source.originalId().ifPresent(o -> g.add(article, WARTA.originalId, Literals.string(o)));
        if (!source.kind().isWeb()) {
            return;
        }
        g.add(article, WARTA.inputKind, Literals.string(source.kind().label()));
        g.add(article, WARTA.sourceFile, Literals.string(source.file()));
        source.recordOffset().ifPresent(o -> g.add(article, WARTA.warcRecordOffset,
                NodeFactory.createLiteralDT(Long.toString(o), XSDDatatype.XSDnonNegativeInteger)));
        source.recordId().ifPresent(id -> g.add(article, WARTA.sourceRecordId, Literals.string(id)));
        source.retrievedFrom().ifPresent(u -> g.add(article, WARTA.retrievedFrom, Literals.string(u)));
        source.capturedAt().ifPresent(t -> g.add(article, WARTA.capturedAt, Literals.dateTime(t)));
    }

    private ArticleSourceMapper() {
    }
}
