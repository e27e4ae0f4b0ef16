package org.warta.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What is known about an article besides its text: from a sidecar or corpus line, from the page it was read from,
 * or guessed (from its URL, from when it was captured). {@code published} anchors relative dates; without it,
 * relative time expressions stay unresolved. {@code publishedAt} is the publication time with the zone the source
 * gave; when present, {@code published} is its date in that zone.
 *
 * @param publishedInferred the date is a guess (the source says so, or it came from the URL or the capture time)
 * @param authors           the article's authors as the byline names them, in order
 * @param section           the section (rubric) the publisher filed it under
 * @param source            where the article was read from, for the graph; empty where that is only a file name
 */
public record ArticleMetadata(
        Optional<String> url,
        Optional<String> publisher,
        Optional<LocalDate> published,
        boolean publishedInferred,
        Optional<String> language,
        Optional<String> title,
        List<String> cites,
        Optional<OffsetDateTime> publishedAt,
        List<String> authors,
        Optional<String> section,
        Optional<ArticleSource> source) {

    public ArticleMetadata {
        url = url == null ? Optional.empty() : url;
        publisher = publisher == null ? Optional.empty() : publisher;
        published = published == null ? Optional.empty() : published;
        language = language == null ? Optional.empty() : language;
        title = title == null ? Optional.empty() : title;
        cites = cites == null ? List.of() : List.copyOf(cites);
        publishedAt = publishedAt == null ? Optional.empty() : publishedAt;
        authors = authors == null ? List.of() : List.copyOf(authors);
        section = section == null ? Optional.empty() : section;
        source = source == null ? Optional.empty() : source;
        if (publishedAt.isPresent()) {
            published = Optional.of(publishedAt.get().toLocalDate());
        }
    }

    /** The fields a sidecar or corpus line has always had. */
    public ArticleMetadata(Optional<String> url, Optional<String> publisher, Optional<LocalDate> published,
                           boolean publishedInferred, Optional<String> language, Optional<String> title,
                           List<String> cites) {
        this(url, publisher, published, publishedInferred, language, title, cites, Optional.empty(), List.of(),
                Optional.empty(), Optional.empty());
    }

    public static ArticleMetadata empty() {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * This metadata, with each field it lacks taken from {@code weaker}: a sidecar over the page, the page over
     * guesses. The publication date, its time and whether it is inferred go together, from the first that has a
     * date; lists are taken whole from the first that has any.
     */
    public ArticleMetadata orElse(ArticleMetadata weaker) {
        boolean ownDate = published.isPresent();
        return new ArticleMetadata(
                url.or(weaker::url),
                publisher.or(weaker::publisher),
                ownDate ? published : weaker.published,
                ownDate ? publishedInferred : weaker.publishedInferred,
                language.or(weaker::language),
                title.or(weaker::title),
                cites.isEmpty() ? weaker.cites : cites,
                ownDate ? publishedAt : weaker.publishedAt,
                authors.isEmpty() ? weaker.authors : authors,
                section.or(weaker::section),
                source.or(weaker::source));
    }

    public ArticleMetadata withSource(ArticleSource s) {
        return new ArticleMetadata(url, publisher, published, publishedInferred, language, title, cites, publishedAt,
                authors, section, Optional.of(s));
    }
}
