package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Texts;
import org.warta.model.Span;
import org.warta.text.Token;

/** The quotations of a sentence: pairs of double quotation marks. */
class QuoteFinderTest {
    private static List<Quote> find(String text) {
        return StatementStages.FINDER.find(Texts.tokens(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "“Kami siap,” kata Budi.              | [Quote[open=0, close=4]]",
        "`\"Kami siap,\" kata Budi.`          | [Quote[open=0, close=4]]",
        "«Kami siap,» kata Budi.              | [Quote[open=0, close=4]]",
        "“Kami siap,” kata Budi, “dan kuat.” | [Quote[open=0, close=4], Quote[open=8, close=12]]",
        "‘Kami siap,’ kata Budi.              | []"})
    void pairsOfDoubleQuotationMarks(String text, String quotes) {
        assertEquals(quotes, find(text).toString());
    }

    @Test
    void anUnclosedQuotationRunsToTheEnd() {
        assertEquals(List.of(new Quote(0, 5)), find("“Kami siap dan waspada"));
    }

    @Test
    void anUnclosedQuotationOfOneWordIsNone() {
        assertEquals(List.of(), find("Ia berkata “Ya"));
    }

    @Test
    void aQuotationsContentLiesBetweenItsMarks() {
        List<Token> tokens = Texts.tokens("“Kami siap,” kata Budi.");
        Quote q = find("“Kami siap,” kata Budi.").get(0);
        assertEquals(new Span(1, 11), q.content(tokens));
        assertTrue(q.hasContent());
        assertFalse(new Quote(0, 1).hasContent());
    }

    @Test
    void aQuotationOpeningTheSentenceAndCoveringMostOfItIsWhole() {
        Quote q = new Quote(0, 4);
        assertTrue(q.startsSentence());
        assertTrue(q.coversSentence(8));
        assertFalse(q.coversSentence(9));
        assertFalse(new Quote(2, 6).startsSentence());
    }

    @Test
    void onlyTheTokensBetweenTheMarksAreInside() {
        Quote q = new Quote(0, 4);
        assertEquals(List.of(false, true, true, true, false),
                List.of(q.contains(0), q.contains(1), q.contains(2), q.contains(3), q.contains(4)));
    }
}
