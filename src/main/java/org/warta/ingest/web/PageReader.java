package org.warta.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.warta.ingest.ArticleIds;
import org.warta.ingest.IngestException;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.ingest.TextDecoder;
import org.warta.model.Article;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/**
 * Turns one HTML page (a saved file, a WARC response, a feed item's content) into an article: its body's text is
 * the article text, and its metadata is the sidecar's, else the page's own, else guesses (the date in the URL, the
 * capture date; the host as publisher). A page with no recognizable body is refused by name; so is a page larger
 * than {@link #maxPageBytes()} (four times {@code --max-article-bytes}: markup is most of a page).
 */
public final class PageReader {
    private final TextDecoder decoder;
    private final ContentExtractor extractor;
    private final PageMetadataReader metadata;
    private final PageDates dates;

    PageReader(TextDecoder decoder, PageLexicon lexicon) {
        this.decoder = decoder;
        this.dates = new PageDates(lexicon);
        this.extractor = new ContentExtractor(lexicon, dates);
        this.metadata = new PageMetadataReader(dates, lexicon);
    }

    public static PageReader standard(TextDecoder decoder) {
        return new PageReader(decoder, PageLexicon.standard());
    }

    PageDates dates() {
        return dates;
    }

    /** The largest page read, in bytes. */
    public long maxPageBytes() {
        return 4L * decoder.maxBytes();
    }

    /** Refuses a page by its size before it is read. */
    void checkSize(long bytes, String origin) {
        if (bytes > maxPageBytes()) {
            throw new IngestException(origin, String.format(Locale.ROOT,
                    "page too large: %,d bytes, the limit is %,d bytes (4 × --max-article-bytes)", bytes, maxPageBytes()));
        }
    }

    ReadItem read(PageInput in) {
        try {
            checkSize(in.bytes().length, in.origin());
            List<String> warnings = new ArrayList<>();
            Document doc = parse(in);
            PageMetadataReader.Head head = metadata.head(doc, warnings);
            PageContent content = extractor.extract(doc);
            List<String> paragraphs = content.paragraphs();
            if (content.bodyChars() < ContentExtractor.MIN_BODY_CHARS) {
                Optional<String> body = head.jsonLd().flatMap(JsonLdArticle::articleBody)
                        .filter(b -> b.length() >= ContentExtractor.MIN_BODY_CHARS);
                if (body.isEmpty()) {
                    throw new IngestException(in.origin(), String.format(Locale.ROOT, "no article body recognized "
                            + "(%,d characters of body text in %d block(s)): an index, gallery or video page?",
                            content.bodyChars(), paragraphs.size()));
                }
                warnings.add("no article body in the page's markup: its JSON-LD articleBody is the text");
                paragraphs = Arrays.stream(body.get().split("\\R+")).map(Blocks::normalize).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
            }
            String text = String.join("\n", paragraphs) + "\n";
            TextDecoder.Decoded decoded = decoder.checkText(text, in.origin());
            warnings.addAll(decoded.warnings());
            long replaced = text.chars().filter(c -> c == 0xFFFD).count();
            if (replaced > 0) {
                warnings.add(replaced + " character(s) could not be decoded and read as U+FFFD: is the page's "
                        + "charset declared wrong?");
            }
            ArticleMetadata page = metadata.read(head, content);
            ArticleMetadata known = in.given().orElse(page).orElse(guesses(in, page));
            ArticleIds.Minted id = ArticleIds.of(id(in, known));
            ArticleSource source = id.original().map(in.source()::withOriginalId).orElse(in.source());
            List<Problem> problems = warnings.stream().map(w -> Problem.warning(in.origin(), w)).toList();
            return new ReadItem.Loaded(new Article(id.id(), text, known.withSource(source), in.origin()), problems);
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        }
    }

    private static Document parse(PageInput in) {
        byte[] b = in.bytes();
        for (int i = 0; i < Math.min(b.length, 1024); i++) {
            if (b[i] == 0 && !(i < 4 && (b[0] == (byte) 0xFF || b[0] == (byte) 0xFE))) {
                throw new IngestException(in.origin(), "binary data, not an HTML page (NUL byte at offset " + i + ")");
            }
        }
        String base = in.source().retrievedFrom().orElse("");
        try {
            return Jsoup.parse(new ByteArrayInputStream(b), in.charset().map(c -> c.name()).orElse(null), base);
        } catch (IOException e) {
            throw new IngestException(in.origin(), "cannot read the page: " + e.getMessage());
        }
    }

    /** The sidecar's id, else the page's own name (a saved file), else the URL it was fetched from or names. */
    private static String id(PageInput in, ArticleMetadata known) {
        return in.givenId()
                .or(in::name)
                .or(() -> in.source().retrievedFrom())
                .or(known::url)
                .orElseThrow(() -> new IngestException(in.origin(), "no name, sidecar id or URL to make an id from"));
    }

    /** What the fetch tells: the date in the URL's path, else the capture date; the host as the publisher. */
    private ArticleMetadata guesses(PageInput in, ArticleMetadata page) {
        Optional<String> url = in.source().retrievedFrom().or(page::url);
        var date = url.flatMap(dates::inUrl)
                .or(() -> in.source().capturedAt().map(t -> t.atOffset(java.time.ZoneOffset.UTC).toLocalDate()));
        Optional<String> host = url.flatMap(PageReader::host);
        return new ArticleMetadata(url, host, date, date.isPresent(), Optional.empty(), Optional.empty(), List.of());
    }

    private static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return Optional.ofNullable(h).map(x -> x.startsWith("www.") ? x.substring(4) : x);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a URL that does not parse names no host
        }
    }
}
