package org.warta.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The data lines of a shipped lexicon file, read as its loader reads them, for tests that exercise every line.
 * A line a template cannot exercise goes on a short list of exceptions, each with its reason, keyed by the line's
 * fields joined by a tab.
 */
public final class LexiconLines {
    /** One data line: its fields and where it is ("file:line"). */
    public record Line(List<String> fields, String where) {
        public String word() {
            return fields.get(0);
        }

        /** Field {@code i}, empty when the line has fewer fields. */
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        /** The line's fields joined by a tab: its key in a list of exceptions. */
        public String key() {
            return String.join("\t", fields);
        }

        @Override
        public String toString() {
            return where + " " + String.join(" | ", fields);
        }
    }

    private LexiconLines() {
    }

    public static List<Line> read(Class<?> anchor, String file) {
        List<Line> out = new ArrayList<>();
        Lexicons.readRows(anchor, file, 1, (f, where) -> out.add(new Line(List.copyOf(Arrays.asList(f)), where)));
        return out;
    }

    /** Every line as one JUnit argument, named by where it is and what it says. */
    public static Stream<Arguments> arguments(Class<?> anchor, String file) {
        return read(anchor, file).stream().map(l -> Arguments.of(Named.of(l.toString(), l)));
    }

    /** Checks that every exception names a line the file still has. */
    public static void assertExceptionsAreLines(Class<?> anchor, String file, Map<String, String> exceptions) {
        List<String> keys = read(anchor, file).stream().map(Line::key).toList();
        for (String k : exceptions.keySet()) {
            assertTrue(keys.contains(k), file + " has no line '" + k.replace("\t", " | ")
                    + "': take it off the exceptions");
        }
    }
}
