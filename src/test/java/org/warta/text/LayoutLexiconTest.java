package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.LexiconLines;
import org.warta.model.WartaException;

/** The page lexicon and its strict loader: every line in its list, bad lines named by file and line. */
class LayoutLexiconTest {
    private static LayoutLexicon parse(String... lines) throws IOException {
        return new LayoutLexicon(new BufferedReader(new StringReader(String.join("\n", lines))), "t.tsv");
    }

    private static String failure(String... lines) {
        return assertThrows(WartaException.class, () -> parse(lines)).getMessage();
    }

    @Test
    void everyShippedLineIsInTheListOfItsKind() {
        LayoutLexicon lexicon = LayoutLexicon.fromResources();
        List<LexiconLines.Line> lines = LexiconLines.read(PageLayout.class, "page-layout.tsv");
        for (LexiconLines.Line l : lines) {
            String phrase = l.field(1).toLowerCase(Locale.ROOT);
            boolean listed = switch (l.word()) {
                case "byline-label" -> lexicon.bylineLabels.contains(phrase);
                case "widget-word" -> lexicon.widgetWords.contains(phrase);
                case "caption-marker" -> lexicon.captionMarkers.contains(phrase);
                case "editor-note" -> lexicon.editorNotes.stream().anyMatch(p -> p.pattern().equals(l.field(1)));
                case "related-marker" -> lexicon.relatedMarkers.contains(phrase);
                case "title-word" -> lexicon.titleWords.contains(phrase);
                case "question-word" -> lexicon.questionWords.contains(phrase);
                default -> false;
            };
            assertTrue(listed, l.toString());
        }
        assertEquals(lines.size(), lexicon.bylineLabels.size() + lexicon.widgetWords.size()
                + lexicon.captionMarkers.size() + lexicon.editorNotes.size() + lexicon.relatedMarkers.size()
                + lexicon.titleWords.size() + lexicon.questionWords.size());
    }

    @Test
    void phrasesAreLowerCaseAndNotesMatchIgnoringCase() throws IOException {
        LayoutLexicon lexicon = parse("# a comment", "", "byline-label\tPenulis", "widget-word\tKomentar",
                "caption-marker\tFOTO:", "editor-note\t\\([a-z]{2,4}\\)", "related-marker\tBaca Juga:",
                "title-word\tDi");
        assertEquals(List.of("penulis"), lexicon.bylineLabels);
        assertTrue(lexicon.widgetWords.contains("komentar"));
        assertEquals(List.of("foto:"), lexicon.captionMarkers);
        assertEquals(List.of("baca juga:"), lexicon.relatedMarkers);
        assertTrue(lexicon.titleWords.contains("di"));
        assertTrue(lexicon.editorNotes.get(0).matcher("(DLS)").matches());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "colour\tred | t.tsv:2: unknown kind 'colour'",
        "byline-label | t.tsv:2: expected KIND<TAB>PHRASE",
        "'byline-label\t  ' | t.tsv:2: expected KIND<TAB>PHRASE",
        "byline-label\tREPORTER | t.tsv:2: 'reporter' is listed twice",
        "editor-note\t([a-z] | t.tsv:2: bad regex"})
    void aBadLineIsNamedByFileAndLine(String bad, String message) {
        String got = failure("byline-label\treporter", bad);
        assertTrue(got.startsWith(message), got);
    }

    @Test
    void theSamePhraseMayStandUnderTwoKinds() throws IOException {
        LayoutLexicon lexicon = parse("byline-label\tfoto", "widget-word\tfoto");
        assertEquals(List.of("foto"), lexicon.bylineLabels);
        assertTrue(lexicon.widgetWords.contains("foto"));
    }
}
