package org.warta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers, quotation marks and punctuation with their offsets. Hyphens are tokens of
 * their own ("Rusia-China" gives Rusia, -, China) with {@code spaceBefore} false, so compounds can be matched
 * both whole and in parts. Apostrophes inside a word stay in it (Jum'at). Zero-width characters and combining
 * marks stay inside the word they touch.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(text, i)) {
                boolean digitsOnly = true;
                while (i < to) {
                    char d = text.charAt(i);
                    if (isWordChar(text, i)) {
                        if (Character.isLetter(d)) {
                            digitsOnly = false;
                        }
                        i++;
                    } else if ((d == '\'' || d == '’') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                            && i > start && Character.isLetter(text.charAt(i - 1))) {
                        i++;
                    } else if ((d == ',' || d == '.' || d == '/' || d == ':') && digitsOnly && i + 1 < to
                            && Character.isDigit(text.charAt(i + 1)) && i > start) {
                        i++;
                    } else {
                        break;
                    }
                }
                Token.Kind kind = digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD;
                out.add(Token.of(start, i, text.substring(start, i), kind, space));
            } else if (isQuote(c)) {
                i++;
                // a closing double mark after a space and right before a word opens what it quotes: " ”Saya …"
                boolean opens = c == '”' && space && i < to && Character.isLetterOrDigit(text.charAt(i));
                out.add(opens ? Token.quote(start, i, text.substring(start, i), space, '“')
                        : Token.of(start, i, text.substring(start, i), Token.Kind.QUOTE, space));
            } else {
                i += Character.charCount(text.codePointAt(i));
                if (i > to) {
                    i = to;
                }
                out.add(Token.of(start, i, text.substring(start, i), Token.Kind.PUNCT, space));
            }
            space = false;
        }
        return out;
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.isSurrogate(c)) {
            return Character.isLetterOrDigit(text.codePointAt(Character.isHighSurrogate(c) ? i : Math.max(0, i - 1)));
        }
        int type = Character.getType(c);
        // combining marks and zero-width format characters belong to the word they sit in
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    public static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '‘' || c == '’' || c == '«' || c == '»'
                || c == '\'' || c == '‟' || c == '‹' || c == '›';
    }
}
