package org.warta.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

class FeedReaderTest {
    static final Path FEEDS = Path.of("src/test/resources/web/feeds");

    @TempDir
    Path tmp;

    @Test
    void anRssItemWithFullContentIsAnArticleAndASummaryOnlyItemIsReported() {
        List<ReadItem> items = new ArticleReader().readAll(List.of(FEEDS.resolve("antara-dunia.rss")));
        assertEquals(2, items.size(), items.toString());
        Article a = ((ReadItem.Loaded) items.get(0)).article();
        ArticleMetadata m = a.metadata();
        assertEquals("Menlu Retno bertemu Menlu Singapura Vivian Balakrishnan di Singapura", m.title().orElseThrow());
        // the zone the feed wrote is kept: 06:30 in Jakarta is still the 6th there (the 5th in UTC)
        assertEquals("2024-03-06T06:30+07:00", m.publishedAt().orElseThrow().toString());
        assertEquals("2024-03-06", m.published().orElseThrow().toString());
        assertEquals(List.of("Rina Kusuma"), m.authors());
        assertEquals("Dunia", m.section().orElseThrow());
        assertEquals("id", m.language().orElseThrow());
        assertEquals("Kantor Berita Contoh - Dunia", m.publisher().orElseThrow());
        assertEquals(ArticleSource.Kind.FEED, m.source().orElseThrow().kind());
        assertEquals("feeds-example-1", m.source().orElseThrow().recordId().orElseThrow());
        assertEquals(3, a.text().lines().count(), a.text());
        assertTrue(a.text().startsWith("Singapura (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu"), a.text());
        assertFalse(a.text().contains("Baca juga"), a.text());
        ReadItem.Failed summary = (ReadItem.Failed) items.get(1);
        assertFalse(summary.problem().isError());
        assertTrue(summary.origin().contains("#item2 (https://feeds.example/berita/2/harga-minyak)"), summary.origin());
        assertTrue(summary.problem().reason().contains("only a summary"), summary.toString());
    }

    @Test
    void anAtomEntryIsAnArticle() {
        List<ReadItem> items = new ArticleReader().readAll(List.of(FEEDS.resolve("kabar.atom")));
        assertEquals(1, items.size(), items.toString());
        Article a = ((ReadItem.Loaded) items.get(0)).article();
        assertEquals("2024-03-07T10:15+07:00", a.metadata().publishedAt().orElseThrow().toString());
        assertEquals(List.of("Sari Wulandari"), a.metadata().authors());
        assertEquals("Politik", a.metadata().section().orElseThrow());
        assertEquals("https://kabar.example/2024/03/07/jokowi-terima-pm-vietnam", a.metadata().url().orElseThrow());
        assertTrue(a.id().value().startsWith("kabar-example-2024-03-07-jokowi-terima-pm-vietnam-"), a.id().value());
        assertEquals(3, a.text().lines().count(), a.text());
    }

    @Test
    void xmlThatIsNotAFeedIsIgnoredWithAReasonAndADoctypeIsRefused() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>");
        Files.writeString(dir.resolve("evil.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        List<ReadItem> items = new ArticleReader().readAll(List.of(dir));
        assertEquals(2, items.size(), items.toString());
        ReadItem.Failed evil = (ReadItem.Failed) items.get(0);
        assertTrue(evil.problem().isError() && evil.problem().reason().startsWith("broken XML"), evil.toString());
        ReadItem.Failed sitemap = (ReadItem.Failed) items.get(1);
        assertFalse(sitemap.problem().isError());
        assertTrue(sitemap.problem().reason().contains("not an RSS or Atom feed (its root element is <urlset>)"),
                sitemap.toString());
    }
}
