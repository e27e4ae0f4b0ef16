package org.warta.ingest.web;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jsoup.nodes.Entities;
import org.warta.ingest.IngestException;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: every item that carries its article's full content
 * ({@code content:encoded}, {@code atom:content}, or a description long enough to be the article) is an article,
 * read from that content like a page; the item's title, link, date, authors and category are its metadata, the
 * feed's title its publisher. An item with only a summary is reported, not built. The XML is read with DOCTYPEs
 * refused, so a feed cannot make Warta fetch or expand anything.
 */
public final class FeedReader {
    private final PageReader pages;

    public FeedReader(PageReader pages) {
        this.pages = pages;
    }

    /** @param sniff the file is {@code .xml}: if it is not a feed it is ignored with a warning, not refused */
    public void read(Path file, String name, boolean sniff, Consumer<ReadItem> sink) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > 8 * pages.maxPageBytes()) {
                throw new IngestException(origin, String.format(Locale.ROOT, "feed too large: %,d bytes, the limit "
                        + "is %,d bytes (32 × --max-article-bytes)", size, 8 * pages.maxPageBytes()));
            }
            Document xml = parse(Files.readAllBytes(file), origin);
            String root = xml.getRootElement().getName();
            if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF")) {
                String reason = "XML that is not an RSS or Atom feed (its root element is <" + root + ">)";
                sink.accept(new ReadItem.Failed(sniff ? Problem.warning(origin, "ignored: " + reason)
                        : Problem.error(origin, reason)));
                return;
            }
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(xml);
            List<String> rawDates = FeedDates.of(xml);
            List<SyndEntry> entries = feed.getEntries();
            if (entries.isEmpty()) {
                sink.accept(new ReadItem.Failed(Problem.error(origin, "a feed without items")));
            }
            for (int i = 0; i < entries.size(); i++) {
                sink.accept(item(feed, entries.get(i), i < rawDates.size() ? rawDates.get(i) : "", name,
                        origin + "#item" + (i + 1)));
            }
        } catch (IngestException e) {
            sink.accept(new ReadItem.Failed(Problem.error(e.origin(), e.reason())));
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(new ReadItem.Failed(Problem.error(origin, "not a feed Rome can read: " + e.getMessage())));
        } catch (IOException e) {
            sink.accept(new ReadItem.Failed(Problem.error(origin, "cannot read: " + e)));
        }
    }

    private static Document parse(byte[] bytes, String origin) {
        SAXBuilder builder = new SAXBuilder();
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return builder.build(new ByteArrayInputStream(bytes));
        } catch (JDOMException e) {
            throw new IngestException(origin, "broken XML: " + e.getMessage());
        } catch (IOException e) {
            throw new IngestException(origin, "cannot read: " + e);
        }
    }

    private ReadItem item(SyndFeed feed, SyndEntry entry, String rawDate, String name, String origin) {
        Optional<String> link = text(entry.getLink()).or(() -> text(entry.getUri()));
        String where = origin + link.map(l -> " (" + l + ")").orElse("");
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            html.append(asHtml(c));
        }
        if (html.length() == 0 && entry.getDescription() != null) {
            html.append(asHtml(entry.getDescription()));
        }
        byte[] page = ("<!DOCTYPE html><html><body><article>" + html + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        ArticleSource source = new ArticleSource(ArticleSource.Kind.FEED, name, OptionalLong.empty(),
                text(entry.getUri()), link, Optional.empty(), Optional.empty());
        ReadItem read = pages.read(new PageInput(page, Optional.of(StandardCharsets.UTF_8), where, Optional.empty(),
                source, metadata(feed, entry, rawDate, link), Optional.empty()));
        if (read instanceof ReadItem.Failed f && f.problem().reason().startsWith("no article body")) {
            return new ReadItem.Failed(Problem.warning(where, "ignored: the item carries only a summary, not the "
                    + "article (archive the page in a WARC, or save it as .html, to build it)"));
        }
        return read;
    }

    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        String value = c.getValue() == null ? "" : c.getValue();
        if (type.contains("html")) {
            return value;
        }
        StringBuilder b = new StringBuilder();
        for (String line : value.split("\\R+")) {
            b.append("<p>").append(Entities.escape(line)).append("</p>");
        }
        return b.toString();
    }

    private ArticleMetadata metadata(SyndFeed feed, SyndEntry entry, String rawDate, Optional<String> link) {
        List<String> authors = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            text(p.getName()).ifPresent(authors::add);
        }
        if (authors.isEmpty()) {
            text(entry.getAuthor()).ifPresent(authors::add);
        }
        Optional<PageDates.Published> published = pages.dates().feed(rawDate);
        return new ArticleMetadata(link, text(feed.getTitle()), published.map(PageDates.Published::date), false,
                text(feed.getLanguage()).map(l -> l.toLowerCase(Locale.ROOT).split("[-_]")[0]),
                text(entry.getTitle()), List.of(), published.flatMap(PageDates.Published::time), authors,
                entry.getCategories().stream().map(SyndCategory::getName).filter(c -> c != null && !c.isBlank())
                        .findFirst(),
                Optional.empty());
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(Blocks.normalize(s).strip());
    }
}
