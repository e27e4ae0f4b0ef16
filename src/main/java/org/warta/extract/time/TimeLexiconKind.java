package org.warta.extract.time;

/**
 * The KIND column of the time lexicon files: whether its words must be one word and whether it takes a VALUE
 * column. The files' header comments say what each kind means.
 */
enum TimeLexiconKind {
    WEEKDAY("weekday", true, true), MONTH("month", true, true), MONTH_ABBR("month-abbr", true, true),
    PART_OF_DAY("part-of-day", false, false), ANCHOR_DAY("anchor-day", false, true),
    PREVIOUS_DAY("previous-day", false, true), PREVIOUS_YEAR("previous-year", false, true),
    PREVIOUS_LAST("previous-last", false, false), UNIT("unit", true, true), SHIFT("shift", false, true),
    COUNT("count", false, true), COUNT_UNIT("count-unit", true, true), COUNT_END("count-end", false, true),
    QUANTITY("quantity", true, false), PERIOD_PART("period-part", true, false),
    WEEKEND("weekend", false, false), PREFIX("prefix", true, false),
    RANGE_PREFIX("range-prefix", true, false), YEAR_CONTEXT("year-context", true, false),
    RANGE("range", false, false), PAIR("pair", true, false), WEEK_SIGN("week-sign", true, false),
    RELATIVE("relative", true, false), SINCE("since", true, false),
    AFTER_EVENT("after-event", true, false);

    final String key;
    final boolean oneWord;
    final boolean hasValue;

    TimeLexiconKind(String key, boolean oneWord, boolean hasValue) {
        this.key = key;
        this.oneWord = oneWord;
        this.hasValue = hasValue;
    }

    /** The kind written as {@code key} in a file, or null. */
    static TimeLexiconKind of(String key) {
        for (TimeLexiconKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The table the kind's words go to: the fixed phrases share one, so duplicates are checked across them. */
    String table() {
        return switch (this) {
            case ANCHOR_DAY, PREVIOUS_DAY, PREVIOUS_YEAR, PREVIOUS_LAST -> "fixed";
            default -> key;
        };
    }
}
