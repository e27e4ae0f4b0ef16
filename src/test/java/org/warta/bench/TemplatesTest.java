package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.WartaException;

/**
 * The template grammar (sections, slots, file:line errors) and the bundled templates: every section the
 * generator expands exists and reaches only existing sections and slots it fills there, and each kind's lead is a
 * datelined sentence naming both participants.
 */
class TemplatesTest {
    private static Templates parse(String text) throws IOException {
        return Templates.parse(new BufferedReader(new StringReader(text)), "t.txt");
    }

    @Test
    void sectionsExpandRecursivelyAndSlotsComeFromTheCaller() throws IOException {
        Templates t = parse("""
                # a comment
                [lead]
                {A.short} bertemu {B.short} {when}.
                [when]
                {DATE.past}
                """);
        String s = t.expand("lead", new SplittableRandom(1), (slot, rng) -> switch (slot) {
            case "A.short" -> "Putin";
            case "B.short" -> "Xi";
            case "DATE.past" -> "Senin (23/3)";
            default -> throw new AssertionError(slot);
        });
        assertEquals("Putin bertemu Xi Senin (23/3).", s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [a]%n{nope}                | t.txt:2: no section [nope]
            [a]%n{Z.full}              | t.txt:2: unknown slot {Z.full}
            [a]%n{A.shoe}              | t.txt:2: unknown slot {A.shoe}
            x%n[a]%ny                  | t.txt:1: a line before the first [section]
            [a]%nx%n[a]%ny             | t.txt:3: section [a] appears twice
            [a]%n[b]%nx                | t.txt: section [a] is empty
            """)
    void mistakesNameTheFileAndLine(String text, String message) {
        WartaException e = assertThrows(WartaException.class, () -> parse(text.formatted()));
        assertEquals(message, e.getMessage());
    }

    /** The bundled templates, read as the generator reads them. */
    private static final Templates BUNDLED = Templates.fromResource("templates.txt");
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]+)}");
    private static final List<String> KINDS = List.of("visit", "talk", "call", "reception");
    /** The sections {@link CorpusGenerator} expands by name, besides title.KIND and lead.KIND. */
    private static final List<String> PLAIN_ROOTS = List.of("byline", "event", "background", "boilerplate",
            "caption", "tail");
    private static final List<String> SPEECH_ROOTS = List.of("speech", "speech.spokesperson");
    private static final Set<String> VALUES = Set.of("DATE.past", "DATE.recent", "DATE.future", "DATE.earlier",
            "YEAR.prev", "NUM", "DEC");
    private static final Set<String> ATTRS = Set.of("full", "name", "short", "title", "state", "capital", "dateline");

    private static List<String> slots(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(line);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean isSection(String slot) {
        return Character.isLowerCase(slot.charAt(0));
    }

    /** The sections a root expands, itself included, following {section} slots through every line. */
    private static Set<String> reachable(String root) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String section = todo.pop();
            if (seen.add(section)) {
                for (String line : BUNDLED.lines(section)) {
                    slots(line).stream().filter(TemplatesTest::isSection).forEach(todo::push);
                }
            }
        }
        return seen;
    }

    /** The value slots ({X.attr}, {DATE.past} …) of every line a root can expand to. */
    private static Set<String> valueSlots(String root) {
        Set<String> out = new TreeSet<>();
        for (String section : reachable(root)) {
            for (String line : BUNDLED.lines(section)) {
                slots(line).stream().filter(s -> !isSection(s)).forEach(out::add);
            }
        }
        return out;
    }

    /** What the generator fills when it expands a root: A-D always, S and O in speech, P in its own speech only. */
    private static Set<String> castIn(String root) {
        if (root.equals("speech.spokesperson")) {
            return Set.of("A", "B", "C", "D", "S", "O", "P");
        }
        return root.equals("speech") ? Set.of("A", "B", "C", "D", "S", "O") : Set.of("A", "B", "C", "D");
    }

    static List<String> kinds() {
        return KINDS;
    }

    private static List<String> roots() {
        List<String> roots = new ArrayList<>();
        for (String kind : KINDS) {
            roots.add("title." + kind);
            roots.add("lead." + kind);
        }
        roots.addAll(PLAIN_ROOTS);
        roots.addAll(SPEECH_ROOTS);
        return roots;
    }

    @Test
    void everySectionTheGeneratorExpandsExists() {
        for (String root : roots()) {
            assertTrue(BUNDLED.has(root), "no section [" + root + "]");
            assertFalse(BUNDLED.lines(root).isEmpty(), "[" + root + "] is empty");
        }
    }

    @Test
    void everySectionReferencedExistsAndEverySectionIsUsed() {
        Set<String> used = new TreeSet<>();
        for (String root : roots()) {
            for (String section : reachable(root)) {
                assertTrue(BUNDLED.has(section), root + " refers to a missing section [" + section + "]");
                used.add(section);
            }
        }
        Set<String> unused = new TreeSet<>(BUNDLED.sections());
        unused.removeAll(used);
        unused.removeIf(s -> s.startsWith("role."));
        assertEquals(Set.of(), unused, "sections no root reaches");
        assertTrue(used.containsAll(List.of("topic", "topic.short", "summit", "sector", "claim", "quote",
                "setting", "headline", "reporter")), "the shared sections are reached: " + used);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("roots")
    void everySlotIsOneTheGeneratorFillsWhereTheSectionIsExpanded(String root) {
        Set<String> cast = castIn(root);
        for (String slot : valueSlots(root)) {
            int dot = slot.indexOf('.');
            boolean person = dot > 0 && cast.contains(slot.substring(0, dot)) && ATTRS.contains(slot.substring(dot + 1));
            assertTrue(person || VALUES.contains(slot), "[" + root + "] uses {" + slot + "}, which the generator"
                    + " does not fill there (cast: " + cast + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyTitleAndLeadLineNamesBothParticipants(String kind) {
        for (String section : List.of("title." + kind, "lead." + kind)) {
            for (String line : BUNDLED.lines(section)) {
                List<String> persons = slots(line).stream().filter(s -> !isSection(s))
                        .map(s -> s.substring(0, Math.max(0, s.indexOf('.')))).toList();
                assertTrue(persons.contains("A") && persons.contains("B"),
                        "[" + section + "] '" + line + "' does not name both A and B");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachLeadExpandsToADatelinedSentenceWithBothParticipants(String kind) {
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 64; seed++) {
            String lead = BUNDLED.expand("lead." + kind, new SplittableRandom(seed), (slot, rng) -> "<" + slot + ">");
            seen.add(lead);
            assertFalse(lead.contains("{") || lead.contains("}"), "unexpanded slot in " + lead);
            assertTrue(lead.startsWith("<A.dateline> ") || lead.startsWith("<B.dateline> "), "no dateline: " + lead);
            assertTrue(lead.endsWith("."), "not a sentence: " + lead);
            assertTrue(lead.contains("<A.full>") && lead.contains("<B.full>"), "participants missing: " + lead);
            assertTrue(lead.contains("<DATE."), "no date: " + lead);
        }
        assertTrue(seen.size() > 1, "the lead of " + kind + " never varies");
    }

    @Test
    void everyRoleSectionIsARoleOfTheGazetteerWithATitle() {
        Set<String> roleKeys = new TreeSet<>();
        for (GazetteerEntry e : Gazetteer.load(List.of()).entries()) {
            e.roles().forEach(r -> roleKeys.add(r.key()));
        }
        List<String> roleSections = BUNDLED.sections().stream().filter(s -> s.startsWith("role.")).sorted().toList();
        assertTrue(roleSections.containsAll(List.of("role.president", "role.prime-minister", "role.foreign-minister",
                "role.spokesperson", "role.press-secretary")), "roles the generator casts: " + roleSections);
        for (String section : roleSections) {
            assertTrue(roleKeys.contains(section.substring("role.".length())),
                    "[" + section + "] names no role of the gazetteer");
            for (String title : BUNDLED.lines(section)) {
                assertTrue(slots(title).isEmpty() && Character.isUpperCase(title.charAt(0)),
                        "[" + section + "] '" + title + "' is not a plain capitalised title");
            }
        }
    }
}
