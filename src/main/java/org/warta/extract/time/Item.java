package org.warta.extract.time;

/**
 * One end of a possible range, ending before token {@code end}; {@code form} is null for a bare day number ("6"
 * in "6-10 Maret"), whose {@code dayNumber} is then set.
 */
record Item(int end, Kind kind, TimeForm form, int dayNumber) {

    /** What an item of a range can be joined with. */
    enum Kind { DAY, DAY_NUMBER, MONTH, YEAR }

    Item(int end, Kind kind, TimeForm form) {
        this(end, kind, form, 0);
    }
}
