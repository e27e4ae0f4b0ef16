package org.warta.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.warta.model.Span;

/**
 * A token with its offsets in the original text. {@code norm} is the form names are matched on: lower case,
 * accents and zero-width characters removed ("Erdoğan" and "Erdogan" both give "erdogan").
 *
 * @param spaceBefore whether whitespace (or the start of a line) separates it from the previous token
 */
public record Token(int start, int end, String text, Kind kind, boolean spaceBefore, String norm) {
    public enum Kind { WORD, NUMBER, QUOTE, PUNCT }

    /**
     * The clitic "-nya" (its, his, her; the one meant): "pertemuannya", "katanya", "keduanya". It points back to
     * someone or something already told.
     */
    public static final String NYA = "nya";

    private static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    public static Token of(int start, int end, String text, Kind kind, boolean spaceBefore) {
        return new Token(start, end, text, kind, spaceBefore, normalize(text));
    }

    /**
     * A quotation mark read as {@code mark}: pages set a closing mark where one opens (" ”Saya senang …,” ujar X"),
     * and it is read by where it stands. The text stays the page's own.
     */
    static Token quote(int start, int end, String text, boolean spaceBefore, char mark) {
        return new Token(start, end, text, Kind.QUOTE, spaceBefore, String.valueOf(mark));
    }

    /**
     * The quotation mark as it works here: its own first character, or the opening mark a misset closing one stands
     * for (its {@code norm}, set by {@link #quote}).
     */
    public char quoteMark() {
        return kind == Kind.QUOTE && text.equals("”") && norm.equals("“") ? '“' : text.charAt(0);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** A word whose first letter is upper case. */
    public boolean isCapitalized() {
        if (kind != Kind.WORD) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
        }
        return false;
    }

    /** A word written entirely in capitals, at least two letters (AS, NATO, MOSKOW). */
    public boolean isAllCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A number in Roman numerals, I to XXXIX ("Komisi XI", "Paus Leo XIV"). */
    public boolean isRomanNumeral() {
        return kind == Kind.WORD && !text.isEmpty() && ROMAN.matcher(text).matches();
    }

    /** A word ending in {@link #NYA}, by its letters alone ("lawatannya"; "hanya" too). */
    public boolean endsWithNya() {
        return kind == Kind.WORD && norm.endsWith(NYA);
    }

    /** The normalized word without its final {@link #NYA} ("lawatannya" → "lawatan"); the word when it has none. */
    public String withoutNya() {
        return endsWithNya() ? norm.substring(0, norm.length() - NYA.length()) : norm;
    }

    public boolean is(String lowerCaseWord) {
        return norm.equals(lowerCaseWord);
    }

    /** Lower case, no accents, no zero-width or bidi control characters, curly apostrophes made straight. */
    public static String normalize(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || Character.isUpperCase(c)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (c == '’' || c == '‘' || c == 'ʼ') {
                c = '\'';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
