package org.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reporting verbs and their classes, matched as phrases or as one word. */
class ReportingVerbsTest {
    private static final ReportingVerbs VERBS = ReportingVerbs.fromResources();

    /** The phrase found at the first token, as "from-to CLASS", or "-". */
    private static String at(String text) {
        return VERBS.at(Texts.tokens(text), 0).map(h -> h.from() + "-" + h.to() + " " + h.value()).orElse("-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kata Budi                  | 0-1 POST",
        "Kata Budi                  | 0-1 POST",
        "mengatakan bahwa           | 0-1 VERB",
        "menegaskan kembali sikap   | 0-2 VERB",
        "memberi tahu wartawan      | 0-2 VERB",
        "memberi hadiah             | -",
        "mengecam serangan          | 0-1 ACT",
        "menurut Budi               | 0-1 SOURCE",
        "dilansir dari              | 0-1 PASSIVE"})
    void theLongestVerbPhraseAtAToken(String text, String expected) {
        assertEquals(expected, at(text));
    }

    @Test
    void aOneWordVerbHasItsClass() {
        assertEquals(Optional.of(VerbClass.SOURCE), VERBS.of(Texts.tokens("Menurut").get(0)));
    }

    @Test
    void aWordThatOnlyStartsAVerbPhraseIsNoVerb() {
        assertEquals(Optional.empty(), VERBS.of(Texts.tokens("memberi").get(0)));
    }
}
