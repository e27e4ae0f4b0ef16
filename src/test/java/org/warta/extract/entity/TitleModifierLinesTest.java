package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;

/**
 * Every word of {@code title-modifiers.txt} after a lower-case title makes it a title that continues to the name
 * ({@link TitleChains}), compared with the same sentence with "juga" in its place.
 */
class TitleModifierLinesTest {
    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "title-modifiers.txt");
    }

    /** Persons with a title, as "name title-key: role as written". */
    private static List<String> titled(String text) {
        ArticleText t = Texts.text(text);
        return EntityStages.scan(t).persons().stream().filter(p -> p.title().isPresent())
                .map(p -> p.name() + " " + p.title().get().roleKey() + ": " + p.roleSpan().map(t::of).orElse("-"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyModifierContinuesTheTitle(LexiconLines.Line line) {
        String m = line.word();
        assertEquals(List.of("Hiroshi Tanaka minister: menteri " + m + " Hiroshi Tanaka"),
                titled("Ia bertemu menteri " + m + " Hiroshi Tanaka kemarin."));
        assertEquals(List.of(), titled("Ia bertemu menteri juga Hiroshi Tanaka kemarin."));
    }
}
