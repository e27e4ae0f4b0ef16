package org.warta.extract.time;

import java.util.Optional;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarMonth;
import org.warta.extract.time.TimeForm.Range;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeLexicon.ShiftWord;
import org.warta.extract.time.TokenView.NumericDate;

/**
 * Dates and months written with numbers or names: "29 Juli", "15 November 2023", "02/03/2023", "(12/7/2023)",
 * "(9-10/11)", "pada bulan Desember", "Februari tahun lalu", each with the year it names, if any.
 */
final class DateItems {
    /** A year reference and the token after it. */
    private record YearSpec(YearRef ref, int end) {
    }

    private DateItems() {
    }

    /** "29 Juli", "15 November 2023", "02/03/2023", "(12/7/2023)", "(9-10/11)". */
    static Item date(SentenceScan s, int i) {
        Item p = parenDate(s, i);
        if (p != null) {
            return p;
        }
        NumericDate nd = s.tokens.numericDate(i);
        // without a year or brackets "2/3" is as likely a fraction
        if (nd != null && nd.year() > 0) {
            return new Item(i + 1, Item.Kind.DAY, form(nd));
        }
        return longDate(s, i);
    }

    /** A day number, a month name or abbreviation and an optional year ("24 Februari tahun lalu"). */
    static Item longDate(SentenceScan s, int i) {
        int d = s.tokens.digits(i, 2);
        if (d < 1 || d > 31) {
            return null;
        }
        Phrases.Hit<Integer> m = s.lex.months.longest(s.norms, i + 1);
        if (m == null) {
            m = s.lex.monthAbbreviations.longest(s.norms, i + 1);
        }
        if (m == null) {
            return null;
        }
        YearSpec y = yearSpec(s, m.end());
        return new Item(y.end, Item.Kind.DAY, new CalendarDate(d, m.value(), y.ref, Optional.empty()));
    }

    /** "(d/m)", "(d/m/yy)", "(d/m/yyyy)" or a range "(d-d/m)" with its brackets. */
    static Item parenDate(SentenceScan s, int i) {
        if (!"(".equals(s.tokens.norm(i))) {
            return null;
        }
        NumericDate nd = s.tokens.numericDate(i + 1);
        if (nd != null && ")".equals(s.tokens.norm(i + 2))) {
            return new Item(i + 3, Item.Kind.DAY, form(nd));
        }
        int first = s.tokens.digits(i + 1, 2);
        Phrases.Hit<String> joiner = first < 1 ? null : s.lex.ranges.longest(s.norms, i + 2);
        if (joiner == null) {
            return null;
        }
        NumericDate last = s.tokens.numericDate(joiner.end());
        if (last == null || first >= last.day() || !")".equals(s.tokens.norm(joiner.end() + 1))) {
            return null;
        }
        CalendarDate to = form(last);
        return new Item(joiner.end() + 2, Item.Kind.DAY,
                new Range(new CalendarDate(first, to.month(), to.year(), Optional.empty()), to));
    }

    /**
     * "Mei", "pada bulan Desember", "Februari 2022", "Februari tahun lalu", "November mendatang". {@code loose}
     * takes a lower-case month name, as after "awal" or a range word.
     */
    static Item month(SentenceScan s, int i, boolean loose) {
        int j = i;
        boolean named = loose;
        if (s.unitAt(j) == Unit.MONTH) {
            j++;
            named = true;
        }
        Phrases.Hit<Integer> m = s.lex.months.longest(s.norms, j);
        if (m == null && s.tokens.year(j + 1) > 0) {
            // an abbreviation needs a number next to it: "Des 2022", never "Jan" alone
            m = s.lex.monthAbbreviations.longest(s.norms, j);
        }
        // alone, a month name counts only capitalised, as news writes it
        if (m == null || !(named || s.tokens.capitalized(j))) {
            return null;
        }
        YearSpec y = yearSpec(s, m.end());
        return new Item(y.end, Item.Kind.MONTH, new CalendarMonth(m.value(), y.ref));
    }

    /** A numeric date as a form; a year not written is implied. */
    static CalendarDate form(NumericDate nd) {
        YearRef y = nd.year() > 0 ? new YearRef.Given(nd.year()) : new YearRef.Implied(Optional.empty());
        return new CalendarDate(nd.day(), nd.month(), y, Optional.empty());
    }

    /** The year after a day and month or a month: "2022", "tahun lalu", "tahun 2021", "lalu", "mendatang". */
    private static YearSpec yearSpec(SentenceScan s, int j) {
        if (s.tokens.year(j) > 0) {
            return new YearSpec(new YearRef.Given(s.tokens.year(j)), j + 1);
        }
        if (s.unitAt(j) == Unit.YEAR) {
            if (s.tokens.year(j + 1) > 0) {
                return new YearSpec(new YearRef.Given(s.tokens.year(j + 1)), j + 2);
            }
            Phrases.Hit<ShiftWord> shift = s.lex.shifts.longest(s.norms, j + 1);
            if (shift != null) {
                return new YearSpec(new YearRef.Relative(shift.value().offset), shift.end());
            }
        }
        Phrases.Hit<ShiftWord> shift = s.lex.shifts.longest(s.norms, j);
        if (shift == null) {
            return new YearSpec(new YearRef.Implied(Optional.empty()), j);
        }
        YearRef ref = switch (shift.value()) {
            case LAST -> new YearRef.Implied(Optional.of(Tense.PAST));
            case THIS -> new YearRef.Relative(0);
            case NEXT -> new YearRef.Implied(Optional.of(Tense.FUTURE));
        };
        return new YearSpec(ref, shift.end());
    }
}
