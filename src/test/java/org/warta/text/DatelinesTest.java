package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dateline opening a story: a place and an outlet (a domain, a bracketed name, or a place in capitals) before
 * a dash, or a bracketed outlet right after the place; the story starts at the capitalized word or quotation mark
 * after it.
 */
class DatelinesTest {
    private static final Datelines DATELINES = new Datelines();
    private static final String STORY = "Harga beras di pasar induk naik lagi.";

    /** The dateline cut from the line, or "none". */
    private static String dateline(String line) {
        String text = "\n" + line;
        PageLine l = PageLine.split(text).get(0);
        int start = DATELINES.storyStart(text, l);
        return start < 0 ? "none" : text.substring(l.start(), start);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "JAKARTA, KOMPAS.com - ",
        "Jakarta (ANTARA) - ",
        "tirto.id - ",
        "Hongkong (CNN) ",
        "Bisnis.com, JAKARTA – ",
        "REPUBLIKA.CO.ID, JAKARTA -- ",
        "WARTA.CO.ID, ",
        "BANDUNG, Warta.id — ",
        "Kota Batu (Warta Jatim) - ",
        "MAKASSAR - "})
    void aPlaceAndAnOutletBeforeTheStory(String dateline) {
        assertEquals(dateline, dateline(dateline + STORY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAKARTA, KOMPAS.com - \"Harga beras naik lagi,\" kata pedagang.",
        "JAKARTA, KOMPAS.com - “Harga beras naik lagi,” kata pedagang."})
    void theStoryMayOpenWithAQuotation(String line) {
        assertEquals("JAKARTA, KOMPAS.com - ", dateline(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jakarta - Harga beras di pasar induk naik lagi.",
        "Warta.id, harga beras di pasar induk naik lagi.",
        "Jakarta, Harga beras di pasar induk naik lagi.",
        "JAKARTA, KOMPAS.com - harga beras di pasar induk naik lagi.",
        "JAKARTA, KOMPAS.com -Harga beras di pasar induk naik lagi.",
        "Budi Santoso - pedagang beras - mengaku rugi.",
        "- Harga Cabai di Pasar Induk Turun",
        "Harga beras di pasar induk naik lagi.",
        "Menurut Budi (pedagang) harga beras naik lagi.",
        "Kata Gubernur Jawa Barat Budi Santoso Pekan Lalu (Senin) - Harga naik.",
        "Jakarta (antara) - Harga beras di pasar induk naik lagi.",
        // a title's short form in brackets is no outlet
        "Perdana Menteri (PM) Atlantis Budi Santoso tiba di Jakarta.",
        "Duta Besar (Dubes) Atlantis untuk Indonesia, Budi Santoso, tiba di Ternate.",
        "Menteri Pertahanan (Menhan) Atlantis Budi Santoso tiba di Jakarta."})
    void noDateline(String line) {
        assertEquals("none", dateline(line));
    }
}
