package org.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clauses of a sentence: cut at a semicolon, before a subordinator, after a comma before certain words. */
class ClausesTest {
    private static final Clauses CLAUSES = Clauses.fromResources();

    /** The clauses as their words, joined by " | ". */
    private static String split(String text, boolean atQuotes) {
        var tokens = Texts.tokens(text);
        return String.join(" | ", CLAUSES.split(tokens, atQuotes).stream()
                .map(c -> String.join(" ", tokens.subList(c.from(), c.to()).stream().map(t -> t.text()).toList()))
                .toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '/', value = {
        "Budi datang ketika Ani pergi.     / Budi datang | ketika Ani pergi .",
        "Ketika Ani pergi, Budi datang.    / Ketika Ani pergi , Budi datang .",
        "Budi datang; Ani pergi.           / Budi datang ; | Ani pergi .",
        "Budi datang, lalu Ani pergi.      / Budi datang , | lalu Ani pergi .",
        "Budi datang, Ani pergi.           / Budi datang , Ani pergi .",
        "Budi menemui Ani, yang baru tiba. / Budi menemui Ani , | yang baru tiba .",
        "Budi menemui Ani, Yang Mulia Raja. / Budi menemui Ani , Yang Mulia Raja .",
        // a quotation of two sentences is one unit; its second sentence is a clause of its own, past a period that
        // closes a sentence, not past one that closes a title or an initial
        "“Ani sudah tiba. Besok ia pergi,” kata Budi. / “ Ani sudah tiba . | Besok ia pergi , ” kata Budi .",
        "“Dr. Ani sudah tiba,” kata Budi. / “ Dr . Ani sudah tiba , ” kata Budi .",
        "“Joseph R. Biden tiba,” kata Budi. / “ Joseph R . Biden tiba , ” kata Budi ."})
    void aSentenceIsCutAtItsClauseBoundaries(String text, String clauses) {
        assertEquals(clauses, split(text, false));
    }

    @Test
    void quotationMarksCutOnlyWhenAsked() {
        assertEquals("“ Kami siap , ” kata Budi .", split("“Kami siap,” kata Budi.", false));
        assertEquals("“ | Kami siap , ” | kata Budi .", split("“Kami siap,” kata Budi.", true));
    }

    /** A straight or right single quotation mark is also an apostrophe. */
    @Test
    void quotationMarksAroundANicknameInsideANameNeverCut() {
        assertEquals("Ani bertemu Joko \" Jokowi \" Widodo .", split("Ani bertemu Joko \"Jokowi\" Widodo.", true));
        assertEquals("Ani bertemu \" | Jokowi \" | di sana .", split("Ani bertemu \"Jokowi\" di sana.", true));
    }

    @Test
    void apostrophesNeverCut() {
        assertEquals("' Kami siap , ' kata Budi .", split("'Kami siap,' kata Budi.", true));
        assertEquals("Budi ’ s kata Ani .", split("Budi ’s kata Ani.", true));
    }

    @Test
    void theClauseOfATokenIsTheOneHoldingItElseTheLast() {
        List<Clauses.Clause> clauses = List.of(new Clauses.Clause(0, 2), new Clauses.Clause(2, 6));
        assertEquals(new Clauses.Clause(0, 2), Clauses.of(clauses, 1));
        assertEquals(new Clauses.Clause(2, 6), Clauses.of(clauses, 2));
        assertEquals(new Clauses.Clause(2, 6), Clauses.of(clauses, 9));
        assertEquals(new Clauses.Clause(0, 0), Clauses.of(List.of(), 3));
    }
}
