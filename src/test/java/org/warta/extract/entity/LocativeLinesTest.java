package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.TOKYO;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;

/**
 * Every word of {@code locatives.txt} before a seat of government makes it the place; without it the seat stands
 * for its state.
 */
class LocativeLinesTest {
    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "locatives.txt");
    }

    private static List<String> mentions(String text) {
        return EntityStages.scan(Texts.text(text), JAPAN, TOKYO).mentions().stream()
                .map(m -> m.text() + " = " + m.entity().name() + " " + m.rule()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLocativeMakesTheSeatOfGovernmentAPlace(LexiconLines.Line line) {
        assertEquals(List.of("Tokyo = Tokyo gazetteer"), mentions("Para delegasi " + line.word() + " Tokyo kemarin."));
        assertEquals(List.of("Tokyo = Japan metonym"), mentions("Para delegasi Tokyo kemarin."));
    }
}
