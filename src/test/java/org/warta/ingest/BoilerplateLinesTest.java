package org.warta.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.model.RemovedText;

/**
 * Every rule of {@code boilerplate.tsv} removes what its kind says, on a page written here: a trailer ends the story
 * with everything after it, a line goes alone, a stamp takes its teaser's title with it, a caption does not start
 * the story. A pattern kind is tried on a sample line of its own, listed here.
 */
class BoilerplateLinesTest {
    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.fromResource();
    private static final String STORY =
            "JAKARTA - Budi bertemu Ani di Jakarta untuk membahas kerja sama kedua negara. ".repeat(5).strip();
    /** A line each regex rule matches, keyed by the rule's line (kind, tab, pattern). */
    private static final Map<String, String> SAMPLES = Map.of(
            "trailer-regex\t(?i)komentar\\s*\\(\\d+\\)", "Komentar (3)",
            "trailer-regex\t(?i)\\d+\\s+komentar", "12 Komentar",
            "line-regex\t\\[\\s*iklan[_ ]?\\d*\\s*\\]", "[iklan_3]",
            "line-regex\t\\[\\s*ads?[_ ]?\\d*\\s*\\]", "[ads 2]",
            "line-regex\t\\d{1,2}:\\d{2}(:\\d{2})?", "02:41",
            "contributor\t(?i)\\bberkontribusi\\b", "Dewi Lestari dari Tokyo berkontribusi dalam laporan ini.",
            "contributor\t(?i)\\bcontributed to this (report|story)\\b", "Dewi Lestari contributed to this report.",
            "caption-regex\t(?i).*\\((foto|tangkapan layar|dok\\.?|dokumentasi|ilustrasi)\\b[^()]*\\)\\s*\\.?",
            "Budi dan Ani berjabat tangan di halaman istana usai pertemuan kedua negara yang berlangsung hangat "
                    + "sepanjang siang, disaksikan para menteri, duta besar, pejabat daerah, tokoh agama, pengusaha "
                    + "dan wartawan dari berbagai media dalam dan luar negeri yang sejak pagi menunggu di depan "
                    + "gerbang (Foto: Dok. Kantor Berita Warta)",
            "stamp-regex\t(?i)\\d{1,3}\\s+(detik|menit|jam|hari|minggu|pekan|bulan|tahun)\\s+(yang\\s+)?lalu",
            "5 hari lalu");

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(BoilerplateCleaner.class, "boilerplate.tsv");
    }

    private static List<String> removed(String text) {
        return CLEANER.find(text).stream().map(RemovedText::span).map(s -> s.of(text)).toList();
    }

    /** The line a rule is tried on: its pattern as written, or its sample. */
    private static String sample(LexiconLines.Line line) {
        String kind = line.field(0);
        if (kind.endsWith("-regex") || kind.equals("contributor")) {
            String s = SAMPLES.get(line.key());
            assertTrue(s != null, line + ": no sample line in BoilerplateLinesTest.SAMPLES");
            return s;
        }
        return kind.equals("line-prefix") ? line.field(1) + " Judul tautan lain" : line.field(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyRuleRemovesWhatItsKindSays(LexiconLines.Line line) {
        String s = sample(line);
        switch (line.field(0)) {
            case "trailer", "trailer-regex" -> assertEquals(List.of(s + "\nJudul lain"),
                    removed(STORY + "\n" + s + "\nJudul lain"));
            case "line", "line-prefix", "line-regex" -> assertEquals(List.of(s),
                    removed(STORY + "\n" + s + "\n" + STORY));
            case "stamp-regex" -> assertEquals(List.of("Judul Lain Yang Ditautkan\n" + s + "\nTeaser"),
                    removed(STORY + "\nJudul Lain Yang Ditautkan\n" + s + "\nTeaser"));
            case "contributor" -> assertEquals(List.of("“Penulis lepas. Pecinta kopi.”"),
                    removed(STORY + "\n" + s + "\n“Penulis lepas. Pecinta kopi.”"));
            // a comment counter after a caption above the story is a widget, not the story's end
            case "caption-regex" -> assertEquals(List.of("0 Komentar"),
                    removed("Judul Berita\n" + s + "\n0 Komentar\n\n" + STORY + "\n" + STORY));
            default -> throw new AssertionError(line + ": a kind this test does not know");
        }
    }

    @Test
    void everySampleIsOfAShippedLine() {
        LexiconLines.assertExceptionsAreLines(BoilerplateCleaner.class, "boilerplate.tsv", SAMPLES);
    }
}
