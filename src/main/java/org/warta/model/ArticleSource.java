package org.warta.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where an article was read from, as the graph records it: the kind of input, the file (its path from the folder
 * or file given to the build, so that moving the folder changes nothing), and for web inputs the WARC record or
 * feed item and the URL it was retrieved from. {@code originalId} keeps a file name or sidecar id that could not be
 * an id as it was, when the article's id was minted from it.
 *
 * @param recordOffset the WARC record's byte offset in its file
 * @param recordId     the WARC-Record-ID, or a feed item's guid
 * @param retrievedFrom the URL the page was fetched from (WARC-Target-URI, a feed item's link)
 * @param capturedAt   when it was fetched (WARC-Date)
 */
public record ArticleSource(
        Kind kind,
        String file,
        OptionalLong recordOffset,
        Optional<String> recordId,
        Optional<String> retrievedFrom,
        Optional<Instant> capturedAt,
        Optional<String> originalId) {

    /** The kinds of input Warta reads. */
    public enum Kind {
        TEXT("text"), JSON_LINES("jsonl"), HTML("html"), WARC("warc"), FEED("feed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name written into the graph. */
        public String label() {
            return label;
        }

        /** Whether the article came from a web page (a saved page, an archived response, a feed item). */
        public boolean isWeb() {
            return this == HTML || this == WARC || this == FEED;
        }
    }

    public ArticleSource {
        if (kind == null || file == null) {
            throw new WartaException("an article source needs a kind and a file (file " + file + ")");
        }
        recordOffset = recordOffset == null ? OptionalLong.empty() : recordOffset;
        recordId = recordId == null ? Optional.empty() : recordId;
        retrievedFrom = retrievedFrom == null ? Optional.empty() : retrievedFrom;
        capturedAt = capturedAt == null ? Optional.empty() : capturedAt;
        originalId = originalId == null ? Optional.empty() : originalId;
    }

    public static ArticleSource of(Kind kind, String file) {
        return new ArticleSource(kind, file, OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public ArticleSource withOriginalId(String original) {
        return new ArticleSource(kind, file, recordOffset, recordId, retrievedFrom, capturedAt, Optional.of(original));
    }
}
