package org.warta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a sidecar or corpus line says about an article. {@code published} anchors relative dates; without it,
 * relative time expressions stay unresolved.
 */
public record ArticleMetadata(
        Optional<String> url,
        Optional<String> publisher,
        Optional<LocalDate> published,
        boolean publishedInferred,
        Optional<String> language,
        Optional<String> title,
        List<String> cites) {

    public ArticleMetadata {
        url = url == null ? Optional.empty() : url;
        publisher = publisher == null ? Optional.empty() : publisher;
        published = published == null ? Optional.empty() : published;
        language = language == null ? Optional.empty() : language;
        title = title == null ? Optional.empty() : title;
        cites = cites == null ? List.of() : List.copyOf(cites);
    }

    public static ArticleMetadata empty() {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of());
    }
}
