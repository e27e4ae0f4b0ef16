package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;

/**
 * Every degree of {@code degrees.txt} ends the name before it ({@link NameRuns}); a capitalized word of no kind in
 * its place goes on the name.
 */
class DegreeLinesTest {
    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "degrees.txt");
    }

    /** The person the meeting verb makes of the name after it. */
    private static List<String> met(String text) {
        return EntityStages.persons(EntityStages.scan(Texts.text(text))).stream()
                .filter(p -> p.endsWith("/MEETING")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyDegreeEndsTheNameBeforeIt(LexiconLines.Line line) {
        assertEquals(List.of("Ahmad Yusuf/MEETING"), met("Pada hari itu ia bertemu Ahmad Yusuf " + line.word()
                + " di kantornya."));
        assertEquals(List.of("Ahmad Yusuf Santoso/MEETING"),
                met("Pada hari itu ia bertemu Ahmad Yusuf Santoso di kantornya."));
    }

    /** "Bupati Nama Orang, S.H., M.H.": the degrees after a comma neither replace the holder nor make a person. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyDegreeAfterACommaLeavesTheHolderBeforeIt(LexiconLines.Line line) {
        assertEquals(List.of("Ahmad Yusuf/TITLE"), EntityStages.persons(EntityStages.scan(Texts.text(
                "Bupati Ahmad Yusuf, " + line.word() + " menerima rombongan itu di kantornya."))));
    }

    /** Several degrees or honours in a row after the name all stay out of it ("Nama Orang AC CVO"). */
    @Test
    void degreesInARowAllStayOutOfTheName() {
        assertEquals(List.of("Ahmad Yusuf/MEETING"), met("Pada hari itu ia bertemu Ahmad Yusuf AC CVO di kantornya."));
        assertEquals(List.of("Ahmad Yusuf/MEETING"),
                met("Pada hari itu ia bertemu Ahmad Yusuf S.H. M.Si di kantornya."));
    }

    /** "Ma" is not the degree "MA": a degree is matched with its capitals. */
    @Test
    void aNameWordSpelledLikeADegreeInOtherCapitalsStaysInTheName() {
        assertEquals(List.of("Ahmad Yusuf Ma/MEETING"), met("Pada hari itu ia bertemu Ahmad Yusuf Ma di kantornya."));
    }

    /** "Nama MS Nama": a degree with a name word after it is an initial of the name. */
    @Test
    void aDegreeWithANameAfterItIsPartOfTheName() {
        assertEquals(List.of("Ahmad MS Yusuf/MEETING"), met("Pada hari itu ia bertemu Ahmad MS Yusuf di kantornya."));
    }
}
