package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.Texts;

/**
 * How {@link NameScanner} reads every line of {@code reporting-verbs.tsv}: a post or source verb (without -nya)
 * makes the name after it a person; a full verb makes the full name before it one; act and passive verbs and the
 * -nya forms cue nothing.
 */
class ReportingVerbCueLinesTest {
    /** Lines this stage does not read, keyed by the line's fields joined by a tab, with the reason. */
    private static final Map<String, String> NOT_READ_HERE = Map.of(
            "memberi tahu\tverb", "a phrase: names are cued by one-word verbs only (ReportingVerbs.of), and "
                    + "'memberi' alone is no verb; the statement stages read the phrase (ReportingVerbLinesTest)");

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(ReportingVerbs.class, "reporting-verbs.tsv");
    }

    /** The person references of a sentence, as "name/cue". */
    private static List<String> persons(String text) {
        return EntityStages.persons(EntityStages.scan(Texts.text(text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyVerbCuesANameAsItsClassSays(LexiconLines.Line line) {
        String v = line.word();
        String after = "Pada hari itu, " + v + " Hartono, harga beras naik.";
        String before = "Pada hari itu Dewi Lestari " + v + " bahwa harga beras naik.";
        if (NOT_READ_HERE.containsKey(line.key())) {
            assertEquals(List.of("Lestari/BARE"), persons(before), line + ": " + NOT_READ_HERE.get(line.key())
                    + " — if it now cues a name, take it off the list");
            return;
        }
        switch (line.field(1)) {
            case "post", "source" -> {
                if (v.endsWith("nya")) {
                    assertEquals(List.of("Hartono/BARE"), persons(after), "a -nya form names no one after it");
                } else {
                    assertEquals(List.of("Hartono/REPORTING"), persons(after));
                }
            }
            case "verb" -> assertEquals(List.of("Dewi Lestari/REPORTING"), persons(before).subList(0, 1));
            case "act", "passive", "agent" -> assertEquals(List.of("Hartono/BARE"), persons(after));
            default -> fail("no template for the class of " + line);
        }
    }

    @Test
    void everyLineNotReadHereIsAShippedLine() {
        LexiconLines.assertExceptionsAreLines(ReportingVerbs.class, "reporting-verbs.tsv", NOT_READ_HERE);
    }
}
