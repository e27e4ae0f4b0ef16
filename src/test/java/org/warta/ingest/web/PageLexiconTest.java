package org.warta.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.WartaException;

class PageLexiconTest {
    private final PageLexicon lexicon = PageLexicon.standard();
    private final PageDates dates = new PageDates(lexicon);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "box-baca-juga | FURNITURE", "read__tag | FURNITURE", "komentar-iframe-min | FURNITURE",
        "photo__caption | CAPTION", "read__credit | BYLINE", "detail__date | DATELINE",
        "loads | ", "detail__body-text | ", "update-info | ", "headshot | "})
    void classesAndIdsMarkPartsByWholeRuns(String classes, PageLexicon.Part part) {
        assertEquals(Optional.ofNullable(part), lexicon.partOf(classes));
    }

    @Test
    void furnitureByWordsAndBylines() {
        assertTrue(lexicon.isFurnitureText("Baca juga: Menlu bertemu Dubes"));
        assertTrue(lexicon.isFurnitureText("SCROLL TO CONTINUE WITH CONTENT"));
        assertTrue(lexicon.isFurnitureText("(bms/gbr)"));
        assertFalse(lexicon.isFurnitureText("Bacalah pernyataan itu dengan saksama, kata Retno."));
        assertTrue(lexicon.isBylineText("Pewarta: Eko Wahyudi"));
        assertEquals("Ani Lestari", lexicon.withoutCredit("Penulis: Ani Lestari"));
        assertEquals("Ani Lestari", lexicon.withoutCredit("Penulis Ani Lestari"));
        assertEquals("Penulisan baru", lexicon.withoutCredit("Penulisan baru"));
    }

    @Test
    void theLoaderNamesTheLineOfABadRule() {
        WartaException unknown = assertThrows(WartaException.class,
                () -> PageLexicon.parse(List.of("# c", "colour\tred"), "t.tsv"));
        assertTrue(unknown.getMessage().startsWith("t.tsv:2: unknown kind 'colour'"), unknown.getMessage());
        WartaException repeated = assertThrows(WartaException.class,
                () -> PageLexicon.parse(List.of("line\tiklan", "line\tIKLAN"), "t.tsv"));
        assertTrue(repeated.getMessage().startsWith("t.tsv:2: repeated rule"), repeated.getMessage());
        WartaException month = assertThrows(WartaException.class,
                () -> PageLexicon.parse(List.of("month\tmaret\t13"), "t.tsv"));
        assertTrue(month.getMessage().contains("out of range"), month.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-05T14:30:00+07:00 | 2024-03-05 | 2024-03-05T14:30+07:00",
        "2024-03-05T14:30:00.000+0700 | 2024-03-05 | 2024-03-05T14:30+07:00",
        "2024-03-04T23:30:00Z | 2024-03-04 | 2024-03-04T23:30Z",
        "2024/03/06 09:15:00 | 2024-03-06 | ",
        "Rabu, 06 Mar 2024 09:15 WIB | 2024-03-06 | 2024-03-06T09:15+07:00",
        "Jumat, 8 Maret 2024 10:00 WITA | 2024-03-08 | 2024-03-08T10:00+08:00",
        "Kompas.com - 05/03/2024, 14:30 WIB | 2024-03-05 | 2024-03-05T14:30+07:00",
        "Senin 11 Mar 2024 | 2024-03-11 | ",
        "2024-02-30 | | "})
    void visibleAndMachineDates(String text, String date, String time) {
        Optional<PageDates.Published> p = dates.visible(text);
        assertEquals(Optional.ofNullable(date), p.map(x -> x.date().toString()), text);
        assertEquals(Optional.ofNullable(time), p.flatMap(PageDates.Published::time).map(Object::toString), text);
    }

    @Test
    void feedDatesKeepTheirZoneAndUrlsGiveOnlyAGuessedDate() {
        assertEquals("2024-03-06T06:30+07:00",
                dates.feed("Wed, 06 Mar 2024 06:30:00 +0700").orElseThrow().time().orElseThrow().toString());
        assertEquals("2024-03-05", dates.inUrl("https://a.example/read/2024/03/05/123/x").orElseThrow().toString());
        assertEquals("2024-03-07", dates.inUrl("https://b.example/int/20240307164500-106-1/x").orElseThrow().toString());
        assertTrue(dates.inUrl("https://c.example/berita/4000001/x").isEmpty());
    }
}
