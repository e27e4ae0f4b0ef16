package org.warta.extract.time;

import java.util.List;
import org.warta.model.Span;
import org.warta.text.Token;

/**
 * A sentence's tokens as arrays, with the number tests of date expressions. Built once per
 * {@link TimeFinder#find} call (in its {@link SentenceScan}); tolerant of null tokens and null fields, which read as empty punctuation.
 */
final class TokenView {
    /** A numeric date "23/3", "12/7/2023" or "9/8/23"; {@code year} is -1 when not written. */
    record NumericDate(int day, int month, int year) {
    }

    private final String[] norms;
    private final String[] texts;
    private final Token.Kind[] kinds;
    private final boolean[] capitalized;
    private final int[] starts;
    private final int[] ends;

    TokenView(List<Token> tokens) {
        int n = tokens.size();
        norms = new String[n];
        texts = new String[n];
        kinds = new Token.Kind[n];
        capitalized = new boolean[n];
        starts = new int[n];
        ends = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String text = t == null || t.text() == null ? "" : t.text();
            texts[i] = text;
            norms[i] = t == null ? "" : t.norm() != null ? t.norm() : Token.normalize(text);
            kinds[i] = t == null || t.kind() == null ? Token.Kind.PUNCT : t.kind();
            capitalized[i] = t != null && t.kind() != null && t.text() != null && t.isCapitalized();
            starts[i] = t == null ? -1 : t.start();
            ends[i] = t == null ? -1 : t.end();
        }
    }

    int size() {
        return norms.length;
    }

    /** The norms, shared with the phrase tables; not to be modified. */
    String[] norms() {
        return norms;
    }

    /** The norm of token {@code i}, or "" outside the sentence. */
    String norm(int i) {
        return i >= 0 && i < norms.length ? norms[i] : "";
    }

    boolean capitalized(int i) {
        return i >= 0 && i < norms.length && capitalized[i];
    }

    /** The span from token {@code from} to token {@code to} (exclusive), or null if the offsets do not fit. */
    Span span(int from, int to, int textLength) {
        int start = starts[from];
        int end = ends[to - 1];
        if (start < 0 || end < start || end > textLength) {
            return null;
        }
        return new Span(start, end);
    }

    /** The value of a number token of at most {@code maxDigits} ASCII digits, or -1. */
    int digits(int i, int maxDigits) {
        if (!isNumber(i)) {
            return -1;
        }
        return number(texts[i], 0, texts[i].length(), maxDigits);
    }

    /** A four-digit year 1900-2100, or -1. */
    int year(int i) {
        int y = isNumber(i) && texts[i].length() == 4 ? digits(i, 4) : -1;
        return y >= 1900 && y <= 2100 ? y : -1;
    }

    /** Token {@code i} as a day/month[/year] date, Indonesian order, or null. */
    NumericDate numericDate(int i) {
        if (!isNumber(i)) {
            return null;
        }
        String t = texts[i];
        int a = t.indexOf('/');
        int b = a < 0 ? -1 : t.indexOf('/', a + 1);
        if (a < 0 || (b >= 0 && t.indexOf('/', b + 1) >= 0)) {
            return null;
        }
        int day = number(t, 0, a, 2);
        int month = number(t, a + 1, b < 0 ? t.length() : b, 2);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        if (b < 0) {
            return new NumericDate(day, month, -1);
        }
        int yearLength = t.length() - b - 1;
        int y = number(t, b + 1, t.length(), 4);
        if (yearLength == 2 && y >= 0) {
            // two-digit years: 00-69 are this century, 70-99 the last
            return new NumericDate(day, month, y < 70 ? 2000 + y : 1900 + y);
        }
        return yearLength == 4 && y >= 1900 && y <= 2100 ? new NumericDate(day, month, y) : null;
    }

    private boolean isNumber(int i) {
        return i >= 0 && i < kinds.length && kinds[i] == Token.Kind.NUMBER;
    }

    private static int number(String t, int from, int to, int maxDigits) {
        if (to <= from || to - from > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
