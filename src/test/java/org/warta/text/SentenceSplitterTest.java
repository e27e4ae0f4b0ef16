package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.TestSupport;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.fromResources();

    private List<String> sentences(String text) {
        ArticleText t = splitter.analyze(TestSupport.article(text, null));
        return t.sentences().stream().map(s -> s.span().of(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Perdagangan mencapai $240,1 miliar, naik 26,3%. Ekspor turun. | 2",
        "Presiden Joseph R. Biden tiba. Ia disambut. | 2",
        "Putin di St. Petersburg pada 29 Juli. Foto: AFP | 2",
        "Dr. Budi dan Prof. Ani hadir. Acara selesai. | 2",
        "Pdt. Budi dan Mgr. Ani hadir. Acara selesai. | 2",
        "Pada 02/03/2023 ia datang. Esoknya pergi. | 2",
        "“Kami siap. Kami menunggu,” kata Wang. Lalu ia pergi. | 2",
        // sentences the page glued together, after a lower-case word or a name; not a site's name nor initials
        "Rapat itu selesai.Presiden lalu pergi. | 2",
        "Rapat digelar di Jawa Timur.Presiden lalu pergi. | 2",
        "Menurut TEMPO.CO rapat itu selesai. | 1",
        "Menurut Kompas.com rapat itu selesai. | 1",
        "Penulis Dewi Lestari Kabarwarta.Com | 1",
        "Utusan H.E Budi Santoso tiba. | 1"})
    void countsSentences(String text, int expected) {
        assertEquals(expected, sentences(text).size(), sentences(text).toString());
    }

    @Test
    void aLineBreakEndsASentence() {
        assertEquals(List.of("Baris pertama tanpa titik", "Baris kedua."), sentences("Baris pertama tanpa titik\nBaris kedua."));
    }

    /** A story wrapped by width: its lines go on into the next; a story of one paragraph a line does not. */
    @Test
    void aPageWrappedByWidthJoinsItsLinesIntoSentences() {
        String wrapped = "BANDUNG - Gubernur Budi Santoso meninjau pasar induk yang baru\ndibuka bersama Wali Kota "
                + "Hiroshi Tanaka dan para pedagang pada\nSabtu siang. Rombongan lalu mampir ke kantor Kepala "
                + "Dinas\nPasar Ani Lestari di ujung jalan. Keduanya berbincang tentang\nharga cabai yang naik sejak "
                + "awal bulan\nini.";
        assertEquals(List.of("Gubernur Budi Santoso meninjau pasar induk yang baru\ndibuka bersama Wali Kota Hiroshi "
                + "Tanaka dan para pedagang pada\nSabtu siang.", "Rombongan lalu mampir ke kantor Kepala Dinas\nPasar "
                + "Ani Lestari di ujung jalan.", "Keduanya berbincang tentang\nharga cabai yang naik sejak awal "
                + "bulan\nini."), sentences(wrapped));
        String lines = "BANDUNG - Gubernur Budi Santoso meninjau pasar induk yang baru dibuka.\n"
                + "Kerja Sama Maritim\nKeduanya membahas kerja sama maritim\nIa lalu pulang.";
        assertEquals(List.of("Gubernur Budi Santoso meninjau pasar induk yang baru dibuka.",
                "Kerja Sama Maritim", "Keduanya membahas kerja sama maritim", "Ia lalu pulang."), sentences(lines));
    }

    /** In a page wrapped by width, a line ending with an abbreviation ("Mr.") goes on: the name is on the next. */
    @Test
    void aWrappedLineEndingWithAnAbbreviationGoesOn() {
        String wrapped = "BANDUNG - Gubernur Budi Santoso meninjau pasar induk yang baru\ndibuka bersama tamunya, Mr.\n"
                + "Hiroshi Tanaka, dan para pedagang pada\nSabtu siang. Keduanya berbincang tentang\nharga cabai yang "
                + "naik sejak awal bulan\nini.";
        assertEquals(List.of("Gubernur Budi Santoso meninjau pasar induk yang baru\ndibuka bersama tamunya, Mr.\n"
                + "Hiroshi Tanaka, dan para pedagang pada\nSabtu siang.", "Keduanya berbincang tentang\nharga cabai "
                + "yang naik sejak awal bulan\nini."), sentences(wrapped));
    }

    @Test
    void aQuotationOfSeveralSentencesStaysWithItsAttribution() {
        List<String> s = sentences("“Kami siap. Kami menunggu,” kata Wang. Lalu ia pergi.");
        assertEquals("“Kami siap. Kami menunggu,” kata Wang.", s.get(0));
    }

    @Test
    void spansAreInsideTheTextAndCoverTheirTokens() {
        String text = "Satu dua.\r\nTiga, empat!  Lima\u200Benam?";
        ArticleText t = splitter.analyze(TestSupport.article(text, null));
        for (int i = 0; i < t.sentences().size(); i++) {
            var span = t.sentence(i).span();
            for (Token tok : t.tokens(i)) {
                assertEquals(tok.text(), text.substring(tok.start(), tok.end()));
                assertEquals(true, span.contains(tok.span()));
            }
        }
    }
}
