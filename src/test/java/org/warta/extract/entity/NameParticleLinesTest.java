package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.text.ArticleText;

/**
 * Every particle of {@code name-particles.txt} keeps a name run going across it ({@link NameRuns}); compared with
 * the same sentence with "dan" in its place.
 */
class NameParticleLinesTest {
    /** Lines no name run reads, with the reason; keyed by the line. */
    private static final Map<String, String> NOT_IN_RUNS = Map.of(
            "jr.", "a token never ends with a period (\"Jr.\" is the tokens \"Jr\" and \".\"), so no name run reads "
                    + "it; it is read where written names are split on spaces, see "
                    + "aNameEndingInJrDotIsShortenedToTheWordBeforeIt");

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "name-particles.txt");
    }

    /** The person the meeting verb makes of the name after it. */
    private static List<String> persons(String text) {
        return EntityStages.persons(EntityStages.scan(Texts.text(text))).stream()
                .filter(p -> p.endsWith("/MEETING")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyParticleKeepsANameGoing(LexiconLines.Line line) {
        String p = line.word();
        List<String> with = persons("Pada hari itu ia bertemu Ahmad " + p + " Yusuf.");
        List<String> without = persons("Pada hari itu ia bertemu Ahmad dan Yusuf.");
        assertEquals(List.of("Ahmad/MEETING"), without);
        if (NOT_IN_RUNS.containsKey(line.key())) {
            assertEquals(without, with, line + ": " + NOT_IN_RUNS.get(line.key())
                    + " — if a run now reads it, take it off the list");
            return;
        }
        assertEquals(List.of("Ahmad " + p + " Yusuf/MEETING"), with);
    }

    @Test
    void everyLineNotInRunsIsAShippedLine() {
        LexiconLines.assertExceptionsAreLines(EntityLexicon.class, "name-particles.txt", NOT_IN_RUNS);
    }

    /** "Santoso" is the last real word of "Budi Santoso Jr.": a short form of the person. */
    @Test
    void aNameEndingInJrDotIsShortenedToTheWordBeforeIt() {
        GazetteerEntry budi = person("Budi Santoso Jr.", INDONESIA, List.of(), "Budi Santoso Jr.");
        ArticleText t = Texts.text("Budi Santoso Jr. hadir. Santoso lalu pulang.");
        PersonRef full = EntityStages.ref(t, "Budi Santoso Jr.", 0, NameCue.GAZETTEER, Optional.of(budi),
                Optional.empty(), Optional.empty(), null);
        PersonRef shortForm = EntityStages.ref(t, "Santoso", 20, NameCue.BARE);
        PersonResolver.Resolved r = EntityStages.resolver(EntityStages.gazetteer(INDONESIA, budi))
                .resolve(t, List.of(full, shortForm), new KnownPersons(List.of()));
        assertEquals(List.of("gazetteer", "short-form"), r.mentions().stream().map(m -> m.rule()).toList());
    }
}
