package org.warta.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.model.ArticleSource;

class WarcArchiveReaderTest {
    @TempDir
    Path tmp;

    static byte[] page(String site) throws IOException {
        return Files.readAllBytes(PageFixturesTest.SITES.resolve(site + ".html"));
    }

    private record Written(Path file, long kompas, long detik) {
    }

    private Written write(String name, boolean gzip) throws IOException {
        Path file = tmp.resolve(name);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file));
             TestWarc w = new TestWarc(os, gzip)) {
            w.record("warcinfo", "", "2024-03-12T00:00:00Z", "application/warc-fields",
                    "software: test\r\n".getBytes(StandardCharsets.UTF_8));
            w.request("https://nasional.kompas.example/read/2024/03/05/14300011/x", "2024-03-12T01:00:00Z");
            long kompas = w.response("https://nasional.kompas.example/read/2024/03/05/14300011/x",
                    "2024-03-12T01:00:01Z", 200, "text/html; charset=utf-8", page("kompas"));
            w.response("https://nasional.kompas.example/img/a.png", "2024-03-12T01:00:02Z", 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.response("https://news.detik.example/old", "2024-03-12T01:00:03Z", 301, "text/html", new byte[0]);
            long detik = w.response("https://news.detik.example/berita/d-7200001/x", "2024-03-12T01:00:04Z", 200,
                    "text/html", page("detik"));
            return new Written(file, kompas, detik);
        }
    }

    @Test
    void everyHtmlResponseIsAnArticleWithItsRecordAsProvenance() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Written w = write(gzip ? "crawl.warc.gz" : "crawl.warc", gzip);
            List<ReadItem> items = new ArticleReader().readAll(List.of(w.file()));
            List<Article> articles = items.stream().filter(i -> i instanceof ReadItem.Loaded)
                    .map(i -> ((ReadItem.Loaded) i).article()).toList();
            assertEquals(2, articles.size(), items.toString());
            Article kompas = articles.get(0);
            ArticleSource s = kompas.metadata().source().orElseThrow();
            assertEquals(ArticleSource.Kind.WARC, s.kind());
            assertEquals(w.file().getFileName().toString(), s.file());
            assertEquals(w.kompas(), s.recordOffset().getAsLong(), "offset of the kompas record");
            assertEquals(w.detik(), articles.get(1).metadata().source().orElseThrow().recordOffset().getAsLong());
            assertEquals("https://nasional.kompas.example/read/2024/03/05/14300011/x", s.retrievedFrom().orElseThrow());
            assertEquals(Instant.parse("2024-03-12T01:00:01Z"), s.capturedAt().orElseThrow());
            assertTrue(s.recordId().orElseThrow().startsWith("urn:uuid:"), s.recordId().toString());
            assertTrue(kompas.id().value().startsWith("nasional-kompas-example-read-2024-03-05"), kompas.id().value());
            assertEquals("2024-03-05T14:30+07:00", kompas.metadata().publishedAt().orElseThrow().toString());
            assertTrue(kompas.origin().contains("@" + w.kompas()), kompas.origin());
            ReadItem last = items.get(items.size() - 1);
            assertTrue(last instanceof ReadItem.Failed f && !f.problem().isError()
                    && f.problem().reason().contains("2 HTML page(s) read; 4 other record(s) skipped")
                    && f.problem().reason().contains("1 responses with HTTP status 301")
                    && f.problem().reason().contains("1 responses image/png"), last.toString());
        }
    }

    @Test
    void theSameArchiveGivesTheSameArticles() throws IOException {
        Written w = write("a.warc.gz", true);
        List<ReadItem> first = new ArticleReader().readAll(List.of(w.file()));
        List<ReadItem> second = new ArticleReader().readAll(List.of(w.file()));
        assertEquals(first, second);
    }

    @Test
    void aBrokenRecordIsNamedWithItsOffsetAndTheRecordsBeforeItAreKept() throws IOException {
        Written w = write("broken.warc", false);
        long end;
        try (OutputStream os = Files.newOutputStream(w.file(), java.nio.file.StandardOpenOption.APPEND)) {
            end = Files.size(w.file());
            os.write("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        }
        List<ReadItem> items = new ArticleReader().readAll(List.of(w.file()));
        assertEquals(2, items.stream().filter(i -> i instanceof ReadItem.Loaded).count(), items.toString());
        ReadItem.Failed f = (ReadItem.Failed) items.get(items.size() - 1);
        assertTrue(f.problem().isError() && f.origin().endsWith("broken.warc@" + w.detik()), f.toString());
        assertTrue(f.problem().reason().contains("the records before it were read"), f.toString());
        assertTrue(end > w.detik());
    }

    @Test
    void notAnArchiveAndAnEmptyArchiveAreRefusedByName() throws IOException {
        Path junk = tmp.resolve("junk.warc");
        Files.writeString(junk, "<html><body>not a warc</body></html>");
        Path empty = tmp.resolve("empty.warc.gz");
        Files.write(empty, new byte[0]);
        List<ReadItem> items = new ArticleReader().readAll(List.of(junk, empty));
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0) instanceof ReadItem.Failed f && f.problem().reason().startsWith("not a readable WARC"),
                items.get(0).toString());
        assertTrue(items.get(1) instanceof ReadItem.Failed f && f.problem().reason().equals("an empty archive"),
                items.get(1).toString());
    }
}
