package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {
    private static Token word(String text) {
        return Token.of(0, text.length(), text, Token.Kind.WORD, true);
    }

    @Test
    void aWordWithTheCliticNyaIsReadWithAndWithoutIt() {
        Token possessed = word("Kunjungannya");
        assertTrue(possessed.endsWithNya());
        assertEquals("kunjungan", possessed.withoutNya());
        Token plain = word("kunjungan");
        assertFalse(plain.endsWithNya());
        assertEquals("kunjungan", plain.withoutNya());
        assertFalse(Token.of(0, 3, "nya", Token.Kind.PUNCT, true).endsWithNya(), "only a word has a clitic");
    }

    /** A closing double mark after a space and right before a word opens; elsewhere each mark is its own. */
    @Test
    void aClosingMarkBeforeAWordReadsAsOpening() {
        String text = "Ia berkata ”Kami siap,” lalu pergi. Lalu “Ya” katanya.";
        List<Token> quotes = new Tokenizer().tokenize(text, 0, text.length()).stream()
                .filter(t -> t.kind() == Token.Kind.QUOTE).toList();
        assertEquals("”,”,“,”", String.join(",", quotes.stream().map(Token::text).toList()));
        assertEquals("“”“”", quotes.stream().map(t -> String.valueOf(t.quoteMark()))
                .reduce("", String::concat));
    }
}
