package org.warta.model;

import java.util.Optional;

/**
 * Who said what: the quoted or reported content, its speaker, the reporting verb that attributes it.
 *
 * @param ordinal   position among the article's statements, 1-based; part of the statement's IRI
 * @param quoteSpan the span of the quoted or reported content, without the quotation marks
 * @param verb      the reporting verb as written (kata, ujar, mengatakan, menurut …)
 */
public record Statement(
        int ordinal,
        EntityRef speaker,
        String quote,
        Span quoteSpan,
        StatementKind kind,
        String verb,
        int sentenceIndex,
        Optional<EntityRef> citedSource) {

    public Statement {
        if (speaker == null || quote == null || quoteSpan == null || kind == null || verb == null) {
            throw new WartaException("statement fields must not be null");
        }
        citedSource = citedSource == null ? Optional.empty() : citedSource;
    }
}
