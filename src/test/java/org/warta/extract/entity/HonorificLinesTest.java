package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;

/** Every honorific of {@code honorifics.txt} makes the name after it a person; the name alone is not one. */
class HonorificLinesTest {
    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "honorifics.txt");
    }

    /** How "Hartono" was found. */
    private static List<String> hartono(String text) {
        return EntityStages.persons(EntityStages.scan(Texts.text(text))).stream()
                .filter(p -> p.startsWith("Hartono/")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyHonorificMakesTheNameAfterItAPerson(LexiconLines.Line line) {
        assertEquals(List.of("Hartono/HONORIFIC"), hartono("Hari itu " + line.word() + " Hartono hadir."));
        assertEquals(List.of("Hartono/BARE"), hartono("Hari itu Hartono hadir."));
    }
}
