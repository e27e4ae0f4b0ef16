package org.warta.extract.time;

import java.time.DayOfWeek;
import java.util.Optional;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.extract.time.TimeLexicon.ShiftWord;
import org.warta.extract.time.TokenView.NumericDate;

/**
 * A day name with what follows it: "Kamis", "Kamis malam", "Senin lalu", "Rabu pekan depan", "Selasa (23/3)",
 * "Rabu, 15 November 2023". A date written after the name gives the day; the name is kept to check it.
 */
final class WeekdayItems {
    private WeekdayItems() {
    }

    static Item weekday(SentenceScan s, int i) {
        Phrases.Hit<DayOfWeek> wd = s.lex.weekdays.longest(s.norms, i);
        if (wd == null) {
            return null;
        }
        DayOfWeek day = wd.value();
        Phrases.Hit<ShiftWord> shift = s.lex.shifts.longest(s.norms, wd.end());
        if (isTheWeek(s, i, wd.end(), shift)) {
            return null;
        }
        if (shift != null) {
            return new Item(shift.end(), Item.Kind.DAY, new Weekday(day, shift.value().byDay()));
        }
        int j = s.skipPartOfDay(wd.end());
        Item inWeek = inShiftedWeek(s, j, day);
        if (inWeek != null) {
            return inWeek;
        }
        Item date = attachedDate(s, j);
        if (date != null) {
            return new Item(s.skipPartOfDay(date.end()), Item.Kind.DAY, withWeekday(date.form(), day));
        }
        return new Item(j, Item.Kind.DAY, new Weekday(day, Shift.BY_TENSE));
    }

    /** "Minggu" is also the week: a day only when capitalised and not followed by "lalu", "ini", "terakhir" … */
    private static boolean isTheWeek(SentenceScan s, int i, int next, Phrases.Hit<ShiftWord> shift) {
        boolean afterHari = s.unitAt(i - 1) == Unit.DAY;
        return s.lex.units.wordAt(s.norms, i) && !afterHari
                && (!s.tokens.capitalized(i) || shift != null || s.lex.weekSigns.startsAt(s.norms, next));
    }

    /** "Rabu pekan depan": the day in the week before, of or after the publication week. */
    private static Item inShiftedWeek(SentenceScan s, int j, DayOfWeek day) {
        Phrases.Hit<Unit> week = s.lex.units.longest(s.norms, j);
        if (week == null || week.value() != Unit.WEEK) {
            return null;
        }
        Phrases.Hit<ShiftWord> shift = s.lex.shifts.longest(s.norms, week.end());
        return shift == null ? null : new Item(shift.end(), Item.Kind.DAY, new Weekday(day, shift.value().byWeek()));
    }

    /** The date after a day name: "(23/3)", " ( 18/11)", "4/9", ", 15 November 2023", "4 September 2023". */
    private static Item attachedDate(SentenceScan s, int j) {
        boolean comma = ",".equals(s.tokens.norm(j));
        int k = comma ? j + 1 : j;
        Item d = comma ? null : DateItems.parenDate(s, k);
        if (d == null) {
            NumericDate nd = s.tokens.numericDate(k);
            if (nd != null) {
                d = new Item(k + 1, Item.Kind.DAY, DateItems.form(nd));
            }
        }
        return d != null ? d : DateItems.longDate(s, k);
    }

    private static TimeForm withWeekday(TimeForm form, DayOfWeek day) {
        return form instanceof CalendarDate d ? new CalendarDate(d.day(), d.month(), d.year(), Optional.of(day)) : form;
    }
}
