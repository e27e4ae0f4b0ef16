package org.warta.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.model.Article;
import org.warta.model.RemovedText;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = BoilerplateCleaner.fromResource();

    /** Each seed: how many stretches are removed, and how the first and the last begin. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000 | 0 | | ",
        "001 | 2 | “Penyelenggara amatir. | More Stories",
        "002 | 4 | 02:26 | Leave a Reply",
        "003 | 0 | | ",
        "004 | 2 | [iklan_2] | Tautan sumber"})
    void removesTheSeedsBoilerplateAndNothingElse(String seed, int count, String first, String last) {
        Article a = TestSupport.seed(seed);
        List<RemovedText> removed = cleaner.find(a.text());
        assertEquals(count, removed.size(), removed.toString());
        if (count > 0) {
            assertTrue(removed.get(0).span().of(a.text()).startsWith(first));
            assertTrue(removed.get(count - 1).span().of(a.text()).startsWith(last));
        }
    }

    @Test
    void trailerRunsToTheEndAndOffsetsStayOnTheOriginal() {
        String text = "Isi berita.\nBaca juga: Tautan lain\nLanjutan berita.\nMore Stories\nJudul lain\nJudul lain lagi";
        List<RemovedText> removed = cleaner.find(text);
        assertEquals(2, removed.size());
        assertEquals("Baca juga: Tautan lain", removed.get(0).span().of(text));
        assertEquals(text.length(), removed.get(1).span().end());
        assertTrue(removed.get(1).span().of(text).startsWith("More Stories"));
    }

    /** Share buttons above the story ("Bagikan:" before its first paragraph) are one line, not the article's end. */
    @Test
    void aTrailerAboveTheStoryIsOneLine() {
        String story = "JAKARTA - Budi bertemu Ani di Jakarta untuk membahas kerja sama kedua negara. ".repeat(4);
        String text = "Judul Berita\n\nBagikan:\n\n" + story + "\nBagikan:\nJudul lain";
        List<RemovedText> removed = cleaner.find(text);
        assertEquals(List.of("Bagikan:", "Bagikan:\nJudul lain"),
                removed.stream().map(r -> r.span().of(text)).toList());
    }

    @Test
    void anAuthorBlurbIsOnlyRemovedAfterAContributorLine() {
        String quote = "“Penulis lepas. Pecinta kopi.”";
        assertTrue(cleaner.find("Berita.\n" + quote + "\n").isEmpty());
        assertEquals(1, cleaner.find("Berita.\nBudi dari CNN berkontribusi pada laporan ini\n" + quote + "\n").size());
    }
}
