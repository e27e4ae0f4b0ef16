package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
    @ParameterizedTest
    @CsvSource({"kazakstan, kazakhstan, true", "kazakhstan, kazakhstan, false", "kazakhztan, kazakhstan, true",
        "kazakhstann, kazakhstan, true", "kazaxhztan, kazakhstan, false", "jepang, jepan, true", "jepang, jep, false"})
    void withinOneEditIsALevenshteinDistanceOfExactlyOne(String a, String b, boolean near) {
        assertEquals(near, Spelling.withinOneEdit(a, b));
    }

    /** Only a letter left out: a letter changed makes another word as often as a typo ("bertanding"). */
    @ParameterizedTest
    @CsvSource({"kujungan, kunjungan, true", "kunjunga, kunjungan, true", "kunjungan, kunjungan, false",
        "bertanding, bertandang, false", "kunjungann, kunjungan, false", "kujunga, kunjungan, false"})
    void aLetterLeftOutIsOneDeletion(String written, String word, boolean left) {
        assertEquals(left, Spelling.letterLeftOut(written, word));
    }
}
