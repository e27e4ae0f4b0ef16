package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.WartaException;

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

    @Test
    void theBundledTemplatesLoad() {
        Templates t = Templates.fromResource("templates.txt");
        for (String kind : new String[] {"visit", "talk", "call", "reception"}) {
            t.lines("title." + kind);
            t.lines("lead." + kind);
        }
    }
}
