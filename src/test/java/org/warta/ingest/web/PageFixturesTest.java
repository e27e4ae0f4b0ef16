package org.warta.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.model.ArticleMetadata;

/**
 * Eight pages laid out as eight Indonesian news sites lay out theirs (src/test/resources/web/sites, written here):
 * each must give its body, headline, publication time with its zone, author and section, and nothing of the page
 * furniture may reach the text the extractors read.
 */
class PageFixturesTest {
    static final Path SITES = Path.of("src/test/resources/web/sites");

    /** Words that stand only in each page's furniture: menus, link boxes, ads, captions, bylines, tags, footers. */
    private static final List<String> FURNITURE = List.of("Baca juga", "Baca Juga", "ADVERTISEMENT", "Advertisement",
            "SCROLL TO CONTINUE", "Terpopuler", "Copyright", "Pilihan Editor", "Lihat Juga", "Bagikan", "Trending",
            "Pewarta", "Editor", "Foto", "Home", "(bms/gbr)", "(cdw/asa)", "Topik Terkait", "Berita Terkait",
            "Pembaca:", "Baca artikel", "Kompas.com -", "Mar 2024");

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("kompas", "Menlu Retno Bertemu Menlu Wang Yi di Jakarta Bahas Laut China Selatan",
                        "2024-03-05T14:30+07:00", List.of("Ani Lestari"), "Nasional", 5,
                        "JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu",
                        "energi terbarukan di Indonesia."),
                Arguments.of("detik", "Prabowo Terima Kunjungan PM Malaysia Anwar Ibrahim di Kemhan",
                        "2024-03-06T09:15+07:00", List.of("Bima Saputra"), "detikNews", 4,
                        "Jakarta - Menteri Pertahanan Prabowo Subianto menerima",
                        "pada akhir tahun ini di Kalimantan."),
                Arguments.of("cnnindonesia", "Jokowi dan Albanese Sepakat Perluas Perdagangan Ternak",
                        "2024-03-07T16:45+07:00", List.of("Citra Dewi"), "Internasional", 4,
                        "Jakarta, CNN Indonesia -- Presiden Joko Widodo bertemu",
                        "kendaraan listrik dan mineral penting."),
                Arguments.of("tempo", "Menlu Retno dan Menlu Jepang Bahas Proyek Kereta Cepat - Dunia Tempo.co",
                        "2024-03-08T10:00+07:00", List.of("Dimas Pratama"), "Dunia", 4,
                        "TEMPO.CO, Jakarta - Menteri Luar Negeri Retno Marsudi bertemu",
                        "akan digelar di Tokyo."),
                Arguments.of("antara", "Presiden Jokowi terima Sekjen PBB Antonio Guterres di Istana Bogor",
                        "2024-03-09T11:20+07:00", List.of("Eko Wahyudi"), "Politik", 4,
                        "Bogor (ANTARA) - Presiden Joko Widodo menerima",
                        "ke Gaza melalui Mesir."),
                Arguments.of("liputan6", "Menhan Prabowo Bertemu Menhan AS Lloyd Austin di Pentagon",
                        "2024-03-10T08:05:12+07:00", List.of("Gilang Ramadhan"), "News", 5,
                        "Liputan6.com, Jakarta - Menteri Pertahanan Prabowo Subianto bertemu",
                        "ke tiga negara dalam sepekan."),
                Arguments.of("republika", "Wapres Ma'ruf Amin Terima Delegasi Parlemen Arab Saudi",
                        "2024-03-11T13:40+07:00", List.of("Hana Pertiwi"), "Internasional", 4,
                        "REPUBLIKA.CO.ID, JAKARTA -- Wakil Presiden Ma'ruf Amin menerima",
                        "ke Riyadh tahun ini."),
                Arguments.of("kumparan", "Menlu Retno Terima Kunjungan Menlu Belanda, Bahas Pengembalian Artefak",
                        "2024-03-12T19:30+07:00", List.of("Intan Maharani"), null, 4,
                        "Menteri Luar Negeri Retno Marsudi menerima kunjungan",
                        "di Den Haag pada Juni mendatang."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void bodyHeadlineDateAndAuthorComeOutRight(String site, String headline, String publishedAt, List<String> authors,
                                               String section, int paragraphs, String begins, String ends) {
        List<ReadItem> items = new ArticleReader().readAll(List.of(SITES.resolve(site + ".html")));
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0) instanceof ReadItem.Loaded, items.toString());
        ReadItem.Loaded loaded = (ReadItem.Loaded) items.get(0);
        assertEquals(List.of(), loaded.warnings());
        Article a = loaded.article();
        ArticleMetadata m = a.metadata();
        assertEquals(site, a.id().value());
        assertEquals(headline, m.title().orElseThrow());
        assertEquals(publishedAt, m.publishedAt().orElseThrow().toString());
        assertEquals(publishedAt.substring(0, 10), m.published().orElseThrow().toString());
        assertFalse(m.publishedInferred());
        assertEquals(authors, m.authors());
        assertEquals(section == null ? "" : section, m.section().orElse(""));
        assertEquals("id", m.language().orElse(""), "language");
        List<String> lines = a.text().lines().toList();
        assertEquals(paragraphs, lines.size(), a.text());
        assertTrue(lines.get(0).startsWith(begins), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).endsWith(ends), lines.get(lines.size() - 1));
        for (String word : FURNITURE) {
            assertFalse(a.text().contains(word), "furniture '" + word + "' in the text of " + site + ":\n" + a.text());
        }
        assertFalse(a.text().contains(headline), "the headline is metadata, not text");
    }
}
