package org.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.warta.model.Keys;
import org.warta.model.WartaException;

/**
 * The article's own words in gold that may not hold them. Gold on third-party pages is committed without their
 * text: a quote or an evidence is {@code {"spans": [[begin, end], ...], "sha256": "..."}}, where begin and end count
 * Unicode code points of the article's text, the words are the spans' texts joined by {@code " ... "}, and sha256
 * is the first 16 hex digits of the SHA-256 of those words in UTF-8 — so a restored copy that differs from the one
 * annotated is caught, not scored.
 */
final class GoldSpan {
    static final String JOIN = " ... ";
    static final int DIGEST_HEX = 16;

    private GoldSpan() {
    }

    /** The words a gold field holds: itself when it is text, the article's words when it is a span. */
    static String words(JsonNode field, Supplier<Optional<String>> articleText, Path file) {
        if (field == null || field.isMissingNode() || field.isNull()) {
            return "";
        }
        if (!field.isObject()) {
            return field.asText();
        }
        String text = articleText.get().orElseThrow(() -> new WartaException(file
                + ": the gold points into the article's text by span, but no text of the article was read"));
        List<String> parts = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        for (JsonNode span : field.path("spans")) {
            int begin = span.path(0).asInt(-1);
            int end = span.path(1).asInt(-1);
            if (begin < 0 || end < begin || end > length) {
                throw new WartaException(file + ": span " + span + " lies outside the article's text (" + length
                        + " characters): the restored text is not the copy the gold was written on");
            }
            parts.add(text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end)));
        }
        if (parts.isEmpty()) {
            throw new WartaException(file + ": a span field without spans: " + field);
        }
        String words = String.join(JOIN, parts);
        String expected = field.path("sha256").asText("");
        if (!digest(words).equals(expected)) {
            throw new WartaException(file + ": span " + field.path("spans") + " holds other words than those annotated"
                    + " (sha256 " + digest(words) + ", gold " + expected + "): the restored text is not the copy the"
                    + " gold was written on");
        }
        return words;
    }

    static String digest(String words) {
        return Keys.sha256Hex(words).substring(0, DIGEST_HEX);
    }
}
