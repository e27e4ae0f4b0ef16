package org.warta.extract.time;

import java.util.Arrays;
import java.util.List;
import org.warta.extract.time.TimeLexicon.CountUnit;
import org.warta.model.WartaException;
import org.warta.text.Token;

/**
 * One entry line of a time lexicon file, its columns checked: a known kind, words in {@link Token#normalize} form,
 * one word where the kind takes one, and a VALUE column exactly when the kind has one. The value is read by the
 * typed accessors, which name {@code where} (file:line) when it is bad.
 */
record TimeLexiconRow(TimeLexiconKind kind, String words, List<String> wordList, String value, String where) {

    /** The row of {@code line}, read at {@code where}; throws naming it when a column is wrong. */
    static TimeLexiconRow parse(String line, String where) {
        String[] f = line.split("\t", -1);
        TimeLexiconKind kind = f.length >= 2 ? TimeLexiconKind.of(f[0]) : null;
        if (f.length < 2) {
            throw new WartaException(where + ": expected KIND<TAB>WORDS[<TAB>VALUE], got '" + line + "'");
        }
        if (kind == null) {
            throw new WartaException(where + ": unknown kind '" + f[0] + "'");
        }
        if (f.length != (kind.hasValue ? 3 : 2)) {
            throw new WartaException(where + ": kind " + kind.key + (kind.hasValue ? " needs" : " takes no")
                    + " VALUE column");
        }
        String words = f[1];
        if (words.isEmpty() || !words.equals(Token.normalize(words)) || !words.equals(words.strip())
                || words.contains("  ")) {
            throw new WartaException(where + ": words must be lower case, without accents and single-spaced: '"
                    + words + "'");
        }
        List<String> w = Arrays.asList(words.split(" "));
        if (kind.oneWord && w.size() != 1) {
            throw new WartaException(where + ": kind " + kind.key + " takes one word: '" + words + "'");
        }
        return new TimeLexiconRow(kind, words, List.copyOf(w), kind.hasValue ? f[2] : "", where);
    }

    /** The value as a number from {@code min} to {@code max}. */
    int number(int min, int max) {
        return number(value, min, max);
    }

    /** The value as a constant of {@code type}, written as its name. */
    <E extends Enum<E>> E constant(Class<E> type) {
        return constant(type, value);
    }

    /** The value as "&lt;number&gt; &lt;unit&gt;" ("1 DAY"). */
    CountUnit countUnit() {
        String[] cu = value.split(" ", -1);
        if (cu.length != 2) {
            throw new WartaException(where + ": expected '<number> <unit>', got '" + value + "'");
        }
        return new CountUnit(number(cu[0], 1, 99), constant(TimeForm.Unit.class, cu[1]));
    }

    private int number(String text, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw badNumber(text, min, max);
        }
        if (v < min || v > max) {
            throw badNumber(text, min, max);
        }
        return v;
    }

    private WartaException badNumber(String text, int min, int max) {
        return new WartaException(where + ": expected a number from " + min + " to " + max + ", got '" + text + "'");
    }

    private <E extends Enum<E>> E constant(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw new WartaException(where + ": expected one of " + Arrays.toString(type.getEnumConstants()) + ", got '"
                + text + "'");
    }
}
