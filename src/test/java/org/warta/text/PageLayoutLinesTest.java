package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.model.RemovedText;
import org.warta.model.Span;

/**
 * Every line of {@code page-layout.tsv} changes what {@link PageLayout} makes of a line written for its kind, in
 * the middle of a story, compared with the same line with a word of no kind in the phrase's place.
 */
class PageLayoutLinesTest {
    private static final PageLayout LAYOUT = PageLayout.fromResources();
    private static final String BEFORE = "Harga beras di pasar induk kota naik lagi pada pekan ini.\n";
    private static final String AFTER = "\nPara pedagang menyebut pasokan dari daerah sentra produksi berkurang.";

    /** A line for a kind ({@code %s} is the phrase), the phrase of no kind put in its place, and what each gives. */
    private record Case(String template, String neutral, String with, String without) {
    }

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(PageLayout.class, "page-layout.tsv");
    }

    /** The middle line of the story: its part, or "-" and the reason it is left out. */
    private static String middle(String line) {
        String text = BEFORE + line + AFTER;
        Span span = new Span(BEFORE.length(), BEFORE.length() + line.length());
        PageLayout.Layout l = LAYOUT.read(text, List.of());
        return l.parts().stream().filter(p -> p.span().equals(span)).map(p -> p.part().label()).findFirst()
                .orElseGet(() -> l.removed().stream().filter(r -> r.span().equals(span)).map(RemovedText::reason)
                        .map(r -> "-" + r).findFirst().orElse("?"));
    }

    private static String capitalized(String p) {
        return Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }

    /** A photo credit of the caption marker {@code m}, as pages write one after the caption's sentence. */
    private static String credit(String m) {
        String name = m.endsWith("/") ? m + "Dewi Lestari" : m.startsWith("/") ? "Dewi Lestari" + m
                : m + " Dewi Lestari";
        return capitalized(name) + (m.startsWith("(") && !m.endsWith(")") ? ")" : "");
    }

    private static Case caseOf(String kind, String phrase) {
        return switch (kind) {
            case "byline-label" -> new Case("%s: Dewi Lestari", "Catatan", "byline", "subheading");
            case "widget-word" -> new Case("%s Beras", "Harga", "-widget", "subheading");
            // a line of prose: a marker, not its shape, makes it a caption
            case "caption-marker" -> phrase.startsWith("(") && phrase.endsWith(")")
                    ? new Case("Budi Santoso %s berbincang dengan pedagang beras di pasar induk kota pada Senin pagi.",
                    "sendiri", "caption", "body")
                    : new Case("Budi Santoso berbincang dengan pedagang beras di pasar induk kota pada Senin pagi. %s",
                    "Bersama Dewi Lestari", "caption", "body");
            case "editor-note" -> new Case("%s", "(catatan)", "-editor note", "subheading");
            default -> null;
        };
    }

    /** The line's phrase as a line writes it: a label capitalized, a credit with a name, a note as an example. */
    private static String written(String kind, String phrase) {
        return switch (kind) {
            case "byline-label", "widget-word" -> capitalized(phrase);
            case "caption-marker" -> phrase.startsWith("(") && phrase.endsWith(")") ? phrase : credit(phrase);
            case "editor-note" -> "(dls/bs)";
            default -> phrase;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineChangesWhatTheLayoutMakesOfALine(LexiconLines.Line line) {
        String kind = line.word();
        String phrase = line.field(1);
        Case c = caseOf(kind, phrase);
        if (c == null) {
            fail("no line for the kind of " + line);
        }
        String with = c.template().formatted(written(kind, phrase));
        String without = c.template().formatted(c.neutral());
        assertEquals(c.with(), middle(with), with);
        assertEquals(c.without(), middle(without), without);
    }
}
