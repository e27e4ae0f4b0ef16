package org.warta.ingest.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.model.ArticleMetadata;

/**
 * What a page says about itself, from the most to the least explicit source: schema.org JSON-LD, Open Graph and
 * {@code article:} meta tags, other common meta tags, {@code <link rel="canonical">}, {@code <html lang>},
 * {@code <time datetime>}, then what the page shows (the headline, the byline, a visible date). Read before the body
 * is taken apart, from the head; the shown parts come from the {@link PageContent}.
 */
final class PageMetadataReader {
    private static final String[] DATE_METAS = {"article:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "content_PublishedDate", "dtk:publishdate", "og:published_time", "parsely-pub-date",
            "dc.date", "DC.date.issued", "date"};
    private static final String[] AUTHOR_METAS = {"author", "content_author", "dtk:author", "article:author",
            "parsely-author", "dc.creator"};
    private static final String[] SECTION_METAS = {"article:section", "content_category", "dtk:kanal", "section",
            "parsely-section"};

    private final PageDates dates;
    private final PageLexicon lexicon;

    PageMetadataReader(PageDates dates, PageLexicon lexicon) {
        this.dates = dates;
        this.lexicon = lexicon;
    }

    /**
     * The page's machine-readable metadata (JSON-LD, meta tags, canonical link, language, title), read from the page
     * as parsed, before its body is taken apart (JSON-LD and {@code <meta itemprop>} often sit in the body).
     */
    Head head(Document doc, List<String> warnings) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = Blocks.normalize(m.attr("content")).strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                if (!m.attr(key).isEmpty()) {
                    metas.putIfAbsent(m.attr(key).toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return new Head(JsonLdArticle.of(doc, warnings), metas, nonEmpty(doc.select("link[rel=canonical]").attr("href")),
                nonEmpty(doc.select("html").attr("lang")), nonEmpty(doc.title()));
    }

    /** The page's machine-readable metadata. */
    record Head(Optional<JsonLdArticle> jsonLd, Map<String, String> metas, Optional<String> canonical,
                Optional<String> lang, Optional<String> title) {
        Optional<String> meta(String name) {
            return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    ArticleMetadata read(Head head, PageContent content) {
        Optional<JsonLdArticle> ld = head.jsonLd();
        Optional<String> title = ld.flatMap(JsonLdArticle::headline)
                .or(() -> head.meta("og:title")).or(() -> head.meta("twitter:title"))
                .or(content::headline).or(head::title);
        Optional<PageDates.Published> published = ld.flatMap(JsonLdArticle::datePublished).flatMap(dates::machine);
        for (String name : DATE_METAS) {
            if (published.isPresent()) {
                break;
            }
            published = head.meta(name).flatMap(dates::machine);
        }
        if (published.isEmpty()) {
            published = content.timeDatetime().flatMap(dates::machine);
        }
        for (String shown : content.visibleDates()) {
            if (published.isPresent()) {
                break;
            }
            published = dates.visible(shown);
        }
        if (published.isPresent() && published.get().time().isEmpty()) {
            published = Optional.of(withTime(published.get(), head, content));
        }
        List<String> authors = new ArrayList<>(ld.map(JsonLdArticle::authors).orElse(List.of()));
        for (String name : AUTHOR_METAS) {
            if (authors.isEmpty()) {
                head.meta(name).filter(a -> !a.startsWith("http")).map(lexicon::withoutCredit)
                        .filter(a -> !a.isEmpty()).ifPresent(authors::add);
            }
        }
        if (authors.isEmpty()) {
            for (String byline : content.bylines()) {
                String name = byline(byline);
                if (!name.isEmpty() && !authors.contains(name)) {
                    authors.add(name);
                }
            }
        }
        Optional<String> section = ld.flatMap(JsonLdArticle::section);
        for (String name : SECTION_METAS) {
            section = section.or(() -> head.meta(name));
        }
        Optional<String> url = head.canonical()
                .or(() -> head.meta("og:url")).or(() -> ld.flatMap(JsonLdArticle::url));
        Optional<String> publisher = head.meta("og:site_name").or(() -> ld.flatMap(JsonLdArticle::publisher));
        Optional<String> language = head.lang()
                .or(() -> head.meta("content-language")).or(() -> head.meta("og:locale"))
                .or(() -> ld.flatMap(JsonLdArticle::language)).map(PageMetadataReader::primaryLanguage);
        return new ArticleMetadata(url, publisher, published.map(PageDates.Published::date), false, language,
                title, List.of(), published.flatMap(PageDates.Published::time), authors, section, Optional.empty());
    }

    /**
     * A date found without a time, with the time of a weaker source that gives the same date with its zone: a meta
     * tag says "2024/03/06 09:15:00" and the page shows "Rabu, 06 Mar 2024 09:15 WIB".
     */
    private PageDates.Published withTime(PageDates.Published date, Head head, PageContent content) {
        List<Optional<PageDates.Published>> weaker = new ArrayList<>();
        for (String name : DATE_METAS) {
            weaker.add(head.meta(name).flatMap(dates::machine));
        }
        weaker.add(content.timeDatetime().flatMap(dates::machine));
        content.visibleDates().forEach(v -> weaker.add(dates.visible(v)));
        return weaker.stream().flatMap(Optional::stream)
                .filter(p -> p.date().equals(date.date()) && p.time().isPresent())
                .findFirst().orElse(date);
    }

    /** A name from a byline: its credit word and the site's sign-off dropped ("Penulis: Ana | Kompas" → "Ana"). */
    private String byline(String text) {
        String t = lexicon.withoutCredit(text);
        for (String sep : new String[] {" | ", " - ", " — ", ","}) {
            int i = t.indexOf(sep);
            if (i > 0) {
                t = t.substring(0, i);
            }
        }
        t = lexicon.withoutCredit(t.strip());
        return t.length() > 80 ? "" : t;
    }

    private static Optional<String> nonEmpty(String s) {
        String t = s == null ? "" : Blocks.normalize(s).strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** "id-ID", "id_ID", "ID" → "id": the language, as sidecars write it. */
    private static String primaryLanguage(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }
}
