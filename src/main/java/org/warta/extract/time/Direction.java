package org.warta.extract.time;

/** How a day or month is chosen among its occurrences around a reference date. */
enum Direction {
    ON_OR_BEFORE, BEFORE, ON_OR_AFTER, AFTER, NEAREST;

    /** The direction a tense points: the past on or before the reference, the future on or after it. */
    static Direction of(Tense t) {
        return switch (t) {
            case PAST -> ON_OR_BEFORE;
            case FUTURE -> ON_OR_AFTER;
            case UNKNOWN -> NEAREST;
        };
    }
}
