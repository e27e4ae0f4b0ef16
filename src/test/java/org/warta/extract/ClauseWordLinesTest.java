package org.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of {@code clause-words.tsv} changes where {@link Clauses} cuts a sentence, compared with the same
 * sentence with a word of no class ("juga") in its place.
 */
class ClauseWordLinesTest {
    private static final Clauses CLAUSES = Clauses.fromResources();
    private static final String NEUTRAL = "juga";

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(Clauses.class, "clause-words.tsv");
    }

    /** The first token of every clause after the first. */
    private static List<String> cuts(String text) {
        var tokens = Texts.tokens(text);
        return CLAUSES.split(tokens).stream().skip(1).map(c -> tokens.get(c.from()).text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineCutsTheSentenceAsItsClassSays(LexiconLines.Line line) {
        String w = line.word();
        switch (line.field(1)) {
            case "subordinator" -> {
                String template = "Budi datang ke kantor %s Ani pergi ke pasar.";
                assertEquals(List.of(w), cuts(template.formatted(w)), "a clause starts at the word");
                assertEquals(List.of(), cuts(template.formatted(NEUTRAL)));
            }
            case "after-comma" -> {
                String template = "Budi datang ke kantor, %s Ani pergi ke pasar.";
                assertEquals(List.of(w), cuts(template.formatted(w)), "a clause starts after the comma");
                assertEquals(List.of(), cuts(template.formatted(NEUTRAL)));
            }
            default -> fail("no template for the class of " + line);
        }
    }
}
