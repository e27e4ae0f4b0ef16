package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a sentence ends inside a run of tokens: not past an abbreviation, an initial, or before a lower case. */
class SentenceEndsTest {
    private static final SentenceEnds ENDS = SentenceEnds.fromResources();

    private static int ends(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        return (int) IntStream.range(0, tokens.size()).filter(i -> ENDS.endsAt(tokens, i)).count();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“Ani sudah tiba. Besok ia pergi,” kata Budi.  | 1",
        "“Ani tiba! Besok ia pergi?” Budi bertanya.    | 1",
        "“Dr. Ani dan Prof. Citra tiba,” kata Budi.    | 0",
        "“Joseph R. Biden tiba,” kata Budi.            | 0",
        "“Ani tiba di Jl. Merdeka,” kata Budi.         | 0",
        "“Ani tiba pukul 10. lalu pergi,” kata Budi.   | 0",
        "“Ani tiba.Besok pergi,” kata Budi.            | 0"})
    void aSentenceEndsAtATerminalMarkBeforeACapital(String text, int count) {
        assertEquals(count, ends(text));
    }
}
