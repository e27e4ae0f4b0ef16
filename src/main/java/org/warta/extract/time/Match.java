package org.warta.extract.time;

/** A finder rule's match: the form, ending before token {@code end}. */
record Match(int end, TimeForm form) {

    /** The longer of two matches, the first when they end together; either may be null. */
    static Match longer(Match a, Match b) {
        return b != null && (a == null || b.end > a.end) ? b : a;
    }
}
