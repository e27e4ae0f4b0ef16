package org.warta.extract.time;

import java.util.Optional;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarYear;
import org.warta.extract.time.TimeForm.Range;
import org.warta.extract.time.TimeForm.Weekday;

/**
 * An item — a day, date, month or year — or two of the same kind joined into one range: "Senin hingga Rabu",
 * "6-10 Maret", "Maret hingga Mei", "2019-2021", "pada Senin dan Selasa".
 */
final class Ranges {
    private Ranges() {
    }

    /** The range starting at token {@code i}, or the item alone when none follows. */
    static Match rangeOrItem(SentenceScan s, int i) {
        Item a = item(s, i, false);
        if (a == null) {
            return null;
        }
        Match single = a.kind() == Item.Kind.DAY_NUMBER ? null : new Match(a.end(), a.form());
        Phrases.Hit<String> joiner = s.lex.ranges.longest(s.norms, a.end());
        if (joiner == null && (a.kind() == Item.Kind.DAY || a.kind() == Item.Kind.DAY_NUMBER)) {
            joiner = s.lex.pairs.longest(s.norms, a.end());
        }
        if (joiner == null) {
            return single;
        }
        Item b = item(s, joiner.end(), true);
        Phrases.Hit<String> prefix = s.lex.prefixes.longest(s.norms, joiner.end());
        if (b == null && prefix != null) {
            // "hari Senin hingga hari Rabu"
            b = item(s, prefix.end(), true);
        }
        TimeForm joined = b == null ? null : join(a, b);
        return joined == null ? single : new Match(b.end(), joined);
    }

    /** One range from two items, or null when they do not make one. */
    private static TimeForm join(Item a, Item b) {
        if (a.kind() == Item.Kind.DAY_NUMBER) {
            if (b.form() instanceof CalendarDate d && d.weekday().isEmpty() && a.dayNumber() < d.day()) {
                return new Range(new CalendarDate(a.dayNumber(), d.month(), d.year(), Optional.empty()), d);
            }
            return null;
        }
        if (a.kind() != b.kind() || b.kind() == Item.Kind.DAY_NUMBER) {
            return null;
        }
        // a weekday range with the dates written after it: the numbers win ("Kamis hingga Jumat (9-10/11)")
        if (b.form() instanceof Range rb) {
            return a.form() instanceof Weekday ? rb : new Range(startOf(a.form()), rb.to());
        }
        return new Range(startOf(a.form()), b.form());
    }

    /** A weekday, date, month, year or bare day number; {@code second} for the end after a range word. */
    private static Item item(SentenceScan s, int i, boolean second) {
        Item w = WeekdayItems.weekday(s, i);
        if (w != null) {
            return w;
        }
        Item d = DateItems.date(s, i);
        if (d != null) {
            return d;
        }
        Item m = DateItems.month(s, i, false);
        if (m != null) {
            return m;
        }
        int y = s.tokens.year(i);
        // a bare number is a year only where a year is expected ("sejak 2019", "2019-2021"), not "2019 orang"
        if (y > 0 && (second || s.lex.yearContexts.wordAt(s.norms, i - 1) || s.yearFollows(i + 1))) {
            return new Item(i + 1, Item.Kind.YEAR, new CalendarYear(y));
        }
        int day = s.tokens.digits(i, 2);
        return day >= 1 && day <= 31 ? new Item(i + 1, Item.Kind.DAY_NUMBER, null, day) : null;
    }

    private static TimeForm startOf(TimeForm form) {
        return form instanceof Range r ? r.from() : form;
    }
}
