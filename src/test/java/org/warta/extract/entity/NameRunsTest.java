package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.JAPAN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Texts;
import org.warta.text.Token;

/** Runs of name words. */
class NameRunsTest {
    private static final NameRuns RUNS = new NameRuns(EntityStages.gazetteer(JAPAN), EntityStages.LEXICON, EntityStages.WORDS);

    /** The name run starting at the first token, as written. */
    private static String run(String text) {
        List<Token> tokens = Texts.tokens(text);
        return NameRuns.name(tokens, 0, RUNS.end(tokens, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hiroshi Tanaka tiba kemarin.   | Hiroshi Tanaka",
        "Ahmad bin Yusuf tiba kemarin.  | Ahmad bin Yusuf",
        "Ahmad bin tiba kemarin.        | Ahmad",
        "Ahmad Yusuf al-Hakim tiba.     | Ahmad Yusuf al-Hakim",
        "Ahmad Yusuf al- Hakim tiba.    | Ahmad Yusuf",
        "Ahmad Yusuf al-hakim tiba.     | Ahmad Yusuf",
        "Jean-Pierre Dupont tiba.       | Jean-Pierre Dupont",
        // a space typed after the hyphen of one name; not before a state or a title
        "Jean- Pierre Dupont tiba.      | Jean-Pierre Dupont",
        "Hiroshi- Jepang tiba.          | Hiroshi",
        "Hiroshi- Presiden tiba.        | Hiroshi",
        // a letter the page's encoding lost inside a word; a question closing a sentence is punctuation
        "Hiroshi Tana?ka tiba.          | Hiroshi Tana?ka",
        // a nickname in brackets inside the name; not a short form of the name, an acronym, or a last bracket
        "Hiroshi Kenji (Ken) Tanaka tiba. | Hiroshi Kenji (Ken) Tanaka",
        "Hiroshi Tanaka (Hiroshita) Mengenai Harga. | Hiroshi Tanaka",
        "Hiroshi Tanaka (PDIP) Budi tiba. | Hiroshi Tanaka",
        "Hiroshi Tanaka (Ken) tiba.     | Hiroshi Tanaka",
        "Hiroshi? Tanaka tiba.          | Hiroshi",
        "Hiroshi K. Tanaka tiba.        | Hiroshi K. Tanaka",
        "Hiroshi Jepang tiba.           | Hiroshi",
        "Hiroshi Pada Tanaka tiba.      | Hiroshi",
        "Aa Bb Cc Dd Ee Ff Gg.          | Aa Bb Cc Dd Ee",
        // a particle written in capitals counts no name word: long Arabic names stay whole
        "Ahmad Bin Yusuf Bin Umar Bin Ali Hakim tiba. | Ahmad Bin Yusuf Bin Umar Bin Ali Hakim",
        "Dewi Lestari Kabarwarta.com    | Dewi Lestari",
        "Dewi Lestari Kabarwarta.co.id  | Dewi Lestari",
        "Dewi Lestari Kabarwarta.Com    | Dewi Lestari"})
    void aRunOfNameWords(String text, String name) {
        assertEquals(name, run(text));
    }

    /** "Kelautan Hartono": the office a title names, never the start of a person's name. */
    @Test
    void noRunStartsAtAnOfficeWord() {
        assertEquals(0, RUNS.end(Texts.tokens("Kelautan Hartono tiba."), 0));
        assertEquals("Hartono", run("Hartono tiba."));
    }

    @ParameterizedTest
    @CsvSource({"Perdana Menteri tiba.", "Kepala Negara tiba.", "Ketua Umum tiba."})
    void aRunOfTitleAndOfficeWordsOnlyNamesNoOne(String text) {
        assertEquals(0, RUNS.end(Texts.tokens(text), 0));
    }

    @Test
    void noRunStartsAtALowerCaseWord() {
        assertEquals(0, RUNS.end(Texts.tokens("tiba kemarin"), 0));
    }

    @ParameterizedTest
    @CsvSource({"Hiroshi, true", "Pada, false", "NATO, false", "tiba, false"})
    void aNameStartsAtACapitalizedWordThatIsNeitherAStopwordNorAllCapitals(String word, boolean starts) {
        assertEquals(starts, RUNS.startsName(Texts.tokens(word), 0));
    }

    @Test
    void theNameAsWrittenLeavesZeroWidthCharactersOut() {
        List<Token> tokens = Texts.tokens("Hiro\u200Bshi Tanaka");
        assertEquals("Hiroshi Tanaka", NameRuns.name(tokens, 0, 2));
    }

    /** The period glued to the last of a run of initials is theirs; a regnal number's is the sentence's. */
    @Test
    void theNameKeepsThePeriodOfItsLastInitial() {
        List<Token> initials = Texts.tokens("Dewi A.S., kemudian");
        assertEquals("Dewi A.S.", NameRuns.name(initials, 0, 4));
        List<Token> regnal = Texts.tokens("Sultan Hamid V. Kemudian");
        assertEquals("Hamid V", NameRuns.name(regnal, 1, 3));
    }

    @Test
    void aRunMayStartAtAStateButNotContinueIntoOne() {
        assertTrue(RUNS.end(Texts.tokens("Jepang Hiroshi"), 0) == 2);
        assertFalse(RUNS.end(Texts.tokens("Hiroshi Jepang"), 0) == 2);
    }
}
