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

    /** A photo's long caption above the story is no prose: a comment counter after it is a widget, one line. */
    @Test
    void aTrailerAfterACaptionAboveTheStoryIsOneLine() {
        String caption = "Budi dan Ani berjabat tangan di halaman istana usai pertemuan kedua negara yang berlangsung "
                + "hangat dan akrab sepanjang siang, disaksikan para menteri, duta besar, pejabat daerah, tokoh agama, "
                + "pengusaha dan wartawan dari berbagai media dalam dan luar negeri yang sejak pagi menunggu di depan "
                + "gerbang (Foto: Dok. Kantor Berita Warta)";
        String story = "JAKARTA - Budi bertemu Ani di Jakarta untuk membahas kerja sama kedua negara. ".repeat(8);
        String text = "Judul Berita\n" + caption + "\n0 Komentar\n\n" + story;
        assertEquals(List.of("0 Komentar"), cleaner.find(text).stream().map(r -> r.span().of(text)).toList());
        String prose = caption.replace(" (Foto: Dok. Kantor Berita Warta)", ", lalu bersama menuju ruang makan.");
        String after = "Judul Berita\n" + prose + "\n0 Komentar\n\n" + story;
        List<RemovedText> removed = cleaner.find(after);
        assertEquals(after.length(), removed.get(removed.size() - 1).span().end(), removed.toString());
        assertTrue(removed.get(removed.size() - 1).span().of(after).startsWith("0 Komentar"), removed.toString());
    }

    /**
     * A related article's time stamp ("5 hari lalu") ends the story with the teaser's title above it; above the
     * story it is the page's own time of publication, one line.
     */
    @Test
    void aTeaserTimeStampEndsTheStoryWithItsTitle() {
        String story = "JAKARTA - Budi bertemu Ani di Jakarta untuk membahas kerja sama kedua negara. ".repeat(4);
        String text = "Judul Berita\n3 jam lalu\n" + story + "\nAni Yakin Budi Bisa Menang Lagi\n5 hari lalu\nTeaser";
        assertEquals(List.of("3 jam lalu", "Ani Yakin Budi Bisa Menang Lagi\n5 hari lalu\nTeaser"),
                cleaner.find(text).stream().map(r -> r.span().of(text)).toList());
        String closed = story + "\nBudi pulang sore itu.\n2 pekan yang lalu\nTeaser";
        assertEquals(List.of("2 pekan yang lalu\nTeaser"),
                cleaner.find(closed).stream().map(r -> r.span().of(closed)).toList());
    }

    @Test
    void anAuthorBlurbIsOnlyRemovedAfterAContributorLine() {
        String quote = "“Penulis lepas. Pecinta kopi.”";
        assertTrue(cleaner.find("Berita.\n" + quote + "\n").isEmpty());
        assertEquals(1, cleaner.find("Berita.\nBudi dari CNN berkontribusi pada laporan ini\n" + quote + "\n").size());
    }
}
