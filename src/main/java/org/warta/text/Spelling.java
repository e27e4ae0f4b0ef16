package org.warta.text;

/** How far apart two written words are: the misspellings real pages hold are one letter off. */
public final class Spelling {
    private Spelling() {
    }

    /** Levenshtein distance exactly one, without building the matrix. */
    public static boolean withinOneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            i += a.length() >= b.length() ? 1 : 0;
            j += b.length() >= a.length() ? 1 : 0;
        }
        return true;
    }

    /** Whether {@code written} is {@code word} with one of its letters left out ("kujungan" of "kunjungan"). */
    public static boolean letterLeftOut(String written, String word) {
        return written.length() + 1 == word.length() && withinOneEdit(written, word);
    }
}
