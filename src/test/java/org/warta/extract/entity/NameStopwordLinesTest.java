package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.text.Token;

/**
 * Every word of {@code name-stopwords.txt} ends a name run ({@link NameRuns}) and starts none, compared with a
 * capitalized word of no list ("Hartono") in its place.
 */
class NameStopwordLinesTest {
    private static final NameRuns RUNS = new NameRuns(EntityStages.gazetteer(), EntityStages.LEXICON, EntityStages.WORDS);

    /** Lines no name run reads, with the reason; keyed by the line. */
    private static final Map<String, String> NOT_READ = Map.of(
            "Sementara itu", "two words: stopwords are matched one token at a time, so this line is never read "
                    + "(\"Sementara\" is listed on its own)");

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "name-stopwords.txt");
    }

    /** The name run starting at "Hiroshi" before the word. */
    private static String run(String word) {
        List<Token> tokens = Texts.tokens("Hiroshi " + word + " Tanaka tiba.");
        return NameRuns.name(tokens, 0, RUNS.end(tokens, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyStopwordEndsANameAndStartsNone(LexiconLines.Line line) {
        String w = line.word();
        assertEquals("Hiroshi Hartono Tanaka", run("Hartono"));
        if (NOT_READ.containsKey(line.key())) {
            assertTrue(Texts.tokens(w).size() > 1, line + ": " + NOT_READ.get(line.key())
                    + " — it is one token now: take it off the list");
            return;
        }
        if (EntityStages.WORDS.is(Texts.tokens(w).get(0), EntityWord.MONTH_IN_NAME)) {
            // also a given name (entity-words.tsv, month-in-name): it ends a name only before a number, as a date's
            List<Token> tokens = Texts.tokens("Hiroshi " + w + " 2024 tiba.");
            assertEquals("Hiroshi", NameRuns.name(tokens, 0, RUNS.end(tokens, 0)));
        } else {
            assertEquals("Hiroshi", run(w));
        }
        assertFalse(RUNS.startsName(Texts.tokens(w), 0), w + " starts a name");
    }

    @Test
    void everyLineNotReadIsAShippedLine() {
        LexiconLines.assertExceptionsAreLines(EntityLexicon.class, "name-stopwords.txt", NOT_READ);
    }
}
