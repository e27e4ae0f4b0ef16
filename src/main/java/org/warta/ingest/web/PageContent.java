package org.warta.ingest.web;

import java.util.List;
import java.util.Optional;

/**
 * What a page shows, part by part: the article body's paragraphs (the article text), and the parts recognized by
 * their markup and kept out of it: the headline, bylines, photo captions, visible dates, the first
 * {@code <time datetime>}, and the dateline that opens the first paragraph ("JAKARTA, KOMPAS.com", which stays in
 * the text).
 */
record PageContent(
        List<String> paragraphs,
        Optional<String> headline,
        List<String> bylines,
        List<String> captions,
        List<String> visibleDates,
        Optional<String> timeDatetime,
        Optional<String> dateline) {

    PageContent {
        paragraphs = List.copyOf(paragraphs);
        bylines = List.copyOf(bylines);
        captions = List.copyOf(captions);
        visibleDates = List.copyOf(visibleDates);
    }

    /** The article text: the paragraphs, one a line, as a plain-text article is written. */
    String text() {
        return String.join("\n", paragraphs) + "\n";
    }

    int bodyChars() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
