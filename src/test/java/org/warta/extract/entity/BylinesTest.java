package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;

/** Bylines at the start of a short paragraph. Read through {@link NameScanner}. */
class BylinesTest {
    private static final GazetteerEntry BUDI = person("Budi Santoso", INDONESIA, List.of(), "Budi Santoso");

    private static List<String> bylines(String text) {
        return EntityStages.scan(Texts.text(text), INDONESIA, BUDI).persons().stream()
                .filter(p -> p.cue() == NameCue.BYLINE).map(PersonRef::name).toList();
    }

    /** The last paragraph of an article, after "Harga beras naik lagi." */
    @ParameterizedTest
    @ValueSource(strings = {
        "Editor: Dewi Lestari",
        "Laporan Dewi Lestari",
        "Dewi Lestari",
        "Dewi Lestari (Jakarta)",
        "Dewi Lestari Kabarwarta.Com",
        "Editor: Dewi Lestari Kabarwarta.co.id",
        "Dewi Lestari dari Jakarta berkontribusi dalam laporan ini."})
    void aShortParagraphNamingAWriterIsAByline(String paragraph) {
        assertEquals(List.of("Dewi Lestari"), bylines("Harga beras naik lagi.\n" + paragraph));
    }

    /** A credit closing the paragraph, a sentence of its own after the story's last. */
    @ParameterizedTest
    @ValueSource(strings = {"(Dewi Lestari/kabarwarta)", "(Dewi Lestari/kabar-warta.com).", "WARTA/Dewi Lestari"})
    void aCreditClosingAParagraphNamesItsWriter(String credit) {
        assertEquals(List.of("Dewi Lestari"), bylines("Harga beras naik lagi pekan ini. " + credit));
    }

    /** Two outlets, or a name of one word: no writer named. */
    @ParameterizedTest
    @ValueSource(strings = {"(Dewi Lestari/Kabar Warta)", "(Dewi/kabarwarta)", "(Dewi Lestari/kabarwarta"})
    void aSlashWithoutANameAndAnOutletIsNoCredit(String credit) {
        assertEquals(List.of(), bylines("Harga beras naik lagi pekan ini. " + credit));
    }

    /** A source line names an outlet or agency, no author; an author before it on the line is still named. */
    @Test
    void aSourceLabelEndsTheAuthorsOfTheLine() {
        assertEquals(List.of(), lineNames("Sumber: Kabar Warta"));
        assertEquals(List.of("Dewi Lestari"), lineNames("Penulis: Dewi Lestari / Sumber: Kabar Warta"));
    }

    /** An office credited ("Biro Humas …") or a publishing label names no author. */
    @Test
    void anOfficeOrAPublishingLabelIsNoAuthor() {
        assertEquals(List.of(), lineNames("(Biro Humas Setjen Kementerian)"));
        assertEquals(List.of(), lineNames("Oleh Humas   Dipublikasikan pada 3 Maret 2024"));
        assertEquals(List.of("Dewi Lestari"), lineNames("Oleh Dewi Lestari   Diterbitkan pada 3 Maret 2024"));
    }

    /** A city's name closing the author's name is the author's; after a comma it is the place of the byline. */
    @Test
    void aCityClosingTheNameIsTheAuthorsLastName() {
        assertEquals(List.of("Dewi Osaka"), lineNames("Pewarta: Dewi Osaka"));
        assertEquals(List.of("Dewi Lestari"), lineNames("Pewarta: Dewi Lestari, Osaka"));
    }

    /** The names a byline line holds, read as the page layout gives such a line. */
    private static List<String> lineNames(String line) {
        return EntityStages.scan(Texts.text("Harga beras naik lagi di pasar induk kota pekan ini.\n" + line),
                INDONESIA, BUDI, OSAKA).persons().stream().filter(p -> p.cue() == NameCue.BYLINE)
                .map(PersonRef::name).toList();
    }

    @Test
    void aNameInsideAParagraphIsNoByline() {
        assertEquals(List.of(), bylines("Harga beras naik lagi. Dewi Lestari"));
    }

    /** Longer than a byline line of the page layout (12 words) and than a byline paragraph (12 tokens). */
    @Test
    void aLongParagraphIsNoByline() {
        assertEquals(List.of(), bylines("Harga beras naik.\nEditor: Dewi Lestari dan kawan-kawan yang menulis di "
                + "kota ini sejak awal tahun bersama para relawan"));
    }

    @Test
    void aOneWordNameIsNoByline() {
        assertEquals(List.of(), bylines("Harga beras naik.\nEditor: Dewi"));
    }

    @Test
    void aNameAnotherRuleTookIsNoByline() {
        assertEquals(List.of(), bylines("Harga beras naik.\nEditor: Budi Santoso"));
    }
}
