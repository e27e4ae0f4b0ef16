package org.warta.text;

import java.util.List;

/** Lookups over a sentence's tokens, which are sorted by offset. */
public final class Tokens {
    /** The index of the token containing the offset, or -1 (binary search: sentences can be long). */
    public static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The token after an ordinal written with its number at {@code k} ("ke-6": "ke", a hyphen and a number, nothing
     * between); {@code k} when none starts there.
     */
    public static int writtenOrdinalEnd(List<Token> tokens, int k) {
        boolean written = k >= 0 && k + 2 < tokens.size() && tokens.get(k).is("ke")
                && tokens.get(k + 1).text().equals("-") && !tokens.get(k + 1).spaceBefore()
                && tokens.get(k + 2).kind() == Token.Kind.NUMBER && !tokens.get(k + 2).spaceBefore();
        return written ? k + 3 : k;
    }

    private Tokens() {
    }
}
