package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * A line for a kind ({@code %s} is the phrase), the phrase of no kind put in its place, what is observed of the
     * line, and what each gives.
     */
    private record Case(String template, String neutral, Function<String, String> observe, String with,
                        String without) {
        Case(String template, String neutral, String with, String without) {
            this(template, neutral, PageLayoutLinesTest::middle, with, without);
        }
    }

    /** A sentence of the story and the next, with another article's title set between them after its marker. */
    private static final String STORY_BEFORE = "Harga cabai juga naik tajam.";
    private static final String STORY_AFTER = "Para pedagang menyebut pasokan dari daerah berkurang.";
    /** The story's line with the related article's title left out, as the story goes on after it. */
    private static final String STORY_KEPT = STORY_BEFORE + " " + STORY_AFTER;

    /**
     * A Title-Case title of a related article for each title word, the word second (%s) and every other word
     * capitalized: with the word the title runs on to the story's next sentence ("Para pedagang …", its first
     * lower-case word being "pedagang"); with a lower-case word of no kind there, the title seems to end at once
     * after its first word, and as that is the title's first word, all the rest of the line is taken for it.
     */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("di", "Beras %s Pasar Induk Kembali Naik"),
            Map.entry("ke", "Kiriman %s Pasar Induk Tersendat"),
            Map.entry("dan", "Beras %s Cabai Kembali Naik"),
            Map.entry("dari", "Pasokan %s Sentra Produksi Menurun"),
            Map.entry("yang", "Pedagang %s Bertahan Saat Harga Naik"),
            Map.entry("untuk", "Bantuan %s Pedagang Kecil Cair Pekan Depan"),
            Map.entry("dengan", "Berdialog %s Pedagang Beras Pasar Induk"),
            Map.entry("ini", "Pasar %s Selalu Ramai Jelang Lebaran"),
            Map.entry("itu", "Pasar %s Kini Sepi Pembeli"),
            Map.entry("pada", "Inflasi %s Maret Terkendali"),
            Map.entry("atau", "Beli %s Tunggu Harga Turun?"),
            Map.entry("soal", "Keluhan %s Harga Beras Menumpuk"),
            Map.entry("vs", "Persija %s Persib Berakhir Imbang"),
            Map.entry("usai", "Harga %s Panen Raya Turun"),
            Map.entry("jelang", "Belanja %s Lebaran Makin Ramai"),
            Map.entry("hingga", "Antre %s Subuh Demi Beras Murah"));

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(PageLayout.class, "page-layout.tsv");
    }

    /** The middle line of the story: its part, or "-" and the reason it is left out. */
    private static String middle(String line) {
        return after(BEFORE, line);
    }

    /** The middle line of the story, set off from the line before by a lone dash, as {@link #middle} tells it. */
    private static String afterDash(String line) {
        return after(BEFORE + "-\n", line);
    }

    private static String after(String before, String line) {
        String text = before + line + AFTER;
        Span span = new Span(before.length(), before.length() + line.length());
        PageLayout.Layout l = LAYOUT.read(text, List.of());
        return l.parts().stream().filter(p -> p.span().equals(span)).map(p -> p.part().label()).findFirst()
                .orElseGet(() -> l.removed().stream().filter(r -> r.span().equals(span)).map(RemovedText::reason)
                        .map(r -> "-" + r).findFirst().orElse("?"));
    }

    /** The middle line as the story keeps it: without the spans left out of it inside the line ("related article"). */
    private static String kept(String line) {
        String text = BEFORE + line + AFTER;
        int from = BEFORE.length();
        int to = from + line.length();
        StringBuilder b = new StringBuilder();
        int at = from;
        for (RemovedText r : LAYOUT.read(text, List.of()).removed().stream()
                .filter(r -> r.span().start() >= from && r.span().end() <= to && r.reason().equals("related article"))
                .sorted(Comparator.comparingInt(r -> r.span().start())).toList()) {
            b.append(text, at, r.span().start());
            at = r.span().end();
        }
        b.append(text, at, to);
        return b.toString().strip().replaceAll("\\s+", " ");
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
            // another article's title inside the story's line is left out, up to where the story goes on
            case "related-marker" -> new Case(STORY_BEFORE + " %s " + TITLES.get("di").formatted("di") + " "
                    + STORY_AFTER, "Kabar lain:", PageLayoutLinesTest::kept, STORY_KEPT,
                    STORY_BEFORE + " Kabar lain: Beras di Pasar Induk Kembali Naik " + STORY_AFTER);
            // a lower-case word of a Title-Case title does not end the title (a new title word needs a title in
            // TITLES)
            case "title-word" -> TITLES.containsKey(phrase)
                    ? new Case(STORY_BEFORE + " Baca juga: " + TITLES.get(phrase) + " " + STORY_AFTER, "kian",
                    PageLayoutLinesTest::kept, STORY_KEPT, STORY_BEFORE)
                    : null;
            // a question answered on its line after a lone dash: another story's teaser
            case "question-word" -> new Case("%s rombongan pedagang itu berangkat? Mereka berangkat pada Senin pagi.",
                    "Kabar", PageLayoutLinesTest::afterDash, "-question teaser", "body");
            default -> null;
        };
    }

    /** The line's phrase as a line writes it: a label capitalized, a credit with a name, a note as an example. */
    private static String written(String kind, String phrase) {
        return switch (kind) {
            case "byline-label", "widget-word" -> capitalized(phrase);
            case "caption-marker" -> phrase.startsWith("(") && phrase.endsWith(")") ? phrase : credit(phrase);
            case "editor-note" -> "(dls/bs)";
            case "related-marker", "question-word" -> capitalized(phrase);
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
        assertEquals(c.with(), c.observe().apply(with), with);
        assertEquals(c.without(), c.observe().apply(without), without);
    }
}
