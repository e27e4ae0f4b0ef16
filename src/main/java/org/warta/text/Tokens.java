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

    private Tokens() {
    }
}
