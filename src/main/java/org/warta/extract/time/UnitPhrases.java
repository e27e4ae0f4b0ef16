package org.warta.extract.time;

import org.warta.extract.time.TimeForm.CalendarYear;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeLexicon.ShiftWord;

/**
 * A unit word with a direction or a year ("pekan lalu", "bulan depan", "tahun 2023"), and a part of a period
 * before a month, unit or year ("awal Desember", "akhir tahun ini", "penghujung 2023").
 */
final class UnitPhrases {
    private UnitPhrases() {
    }

    /** "pekan lalu", "bulan depan", "tahun ini", "tahun 2023". */
    static Match unitShift(SentenceScan s, int i) {
        Phrases.Hit<Unit> u = s.lex.units.longest(s.norms, i);
        if (u == null || s.quantityBefore(i)
                || (s.lex.weekdays.wordAt(s.norms, i) && s.unitAt(i - 1) == Unit.DAY)) {
            return null;
        }
        int j = u.end();
        if (u.value() == Unit.YEAR && s.tokens.year(j) > 0) {
            return new Match(j + 1, new CalendarYear(s.tokens.year(j)));
        }
        if (u.value() == Unit.DAY) {
            return null;
        }
        Phrases.Hit<ShiftWord> shift = s.lex.shifts.longest(s.norms, j);
        return shift == null ? null : new Match(shift.end(), new FromAnchor(u.value(), shift.value().offset));
    }

    /** "awal Desember", "akhir April lalu", "akhir tahun ini", "awal bulan", "penghujung 2023". */
    static Match periodPart(SentenceScan s, int i) {
        Phrases.Hit<String> p = s.lex.periodParts.longest(s.norms, i);
        if (p == null || s.lex.weekends.startsAt(s.norms, i)) {
            return null;
        }
        int j = p.end();
        Item month = DateItems.month(s, j, true);
        if (month != null) {
            return new Match(month.end(), month.form());
        }
        Match unit = unitShift(s, j);
        if (unit != null) {
            return unit;
        }
        Phrases.Hit<Unit> u = s.lex.units.longest(s.norms, j);
        if (u != null && u.value() != Unit.DAY) {
            return new Match(u.end(), new FromAnchor(u.value(), 0));
        }
        return s.tokens.year(j) > 0 ? new Match(j + 1, new CalendarYear(s.tokens.year(j))) : null;
    }
}
