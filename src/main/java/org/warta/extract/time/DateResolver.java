package org.warta.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarMonth;
import org.warta.model.TimeValue;

/**
 * Dates and months ("29 Juli", "Selasa (23/3)", "15 November 2023", "Februari tahun lalu", "pada bulan Mei"):
 * a written or relative year is taken as it is; an unstated one is chosen around the anchor, or around the other
 * end of a range, in the direction of the expression's own word or the clause's tense.
 */
final class DateResolver {
    /** How far from the anchor a written weekday may move a date against the clause's tense (one quarter). */
    static final int WEEKDAY_REACH_DAYS = 92;

    /** A date without its year this many days or fewer from the anchor is taken in the anchor's nearest year. */
    private static final int NEAR_DAYS = 7;
    /**
     * A date without its year that the clause's tense puts this many days or more back (about a year, which news
     * would write with its year or "lalu") is the one ahead instead, when that lies within {@link #AHEAD_DAYS}.
     */
    private static final int YEAR_BACK_DAYS = 300;
    private static final int AHEAD_DAYS = 31;
    /** A written year one off the anchor's is a slip only for a date this close to the anchor in its year. */
    private static final int YEAR_SLIP_DAYS = 31;
    /** A written month is a slip only for a date this close before the anchor, in its month or the one before. */
    private static final int MONTH_SLIP_DAYS = 14;
    /** A day's number is a slip only for the day its weekday falls on this close by. */
    private static final int DAY_SLIP_DAYS = 1;

    private DateResolver() {
    }

    /**
     * A date. With {@code ref} and {@code dir} set, an unstated year is chosen around {@code ref} (the other end
     * of a range); otherwise around the anchor in the direction of the expression's word or the clause.
     */
    static TimeValue date(CalendarDate d, ResolutionContext c, LocalDate ref, Direction dir) {
        LocalDate read;
        if (d.year() instanceof YearRef.Given g) {
            read = yearSlip(d, c, exactDate(g.year(), d.month(), d.day()));
        } else if (d.year() instanceof YearRef.Relative r) {
            read = exactDate(c.anchor().getYear() + r.offset(), d.month(), d.day());
        } else {
            read = impliedYear(d, c, ref, dir);
        }
        LocalDate written = monthSlip(d, c, read);
        LocalDate date = daySlip(d, c, written);
        d.weekday().filter(w -> w != date.getDayOfWeek()).ifPresent(w -> c.note("the weekday "
                + w.name().toLowerCase(Locale.ROOT) + " does not match " + date + "; the date wins"));
        return TimeValue.day(date);
    }

    /**
     * "Selasa (1/4)" in a story that also writes "Selasa, 2 April": a weekday that does not fit its date, where the
     * article gives that weekday with its own date {@value #DAY_SLIP_DAYS} day off, is a slip of the day's number;
     * the day written with its weekday elsewhere is meant.
     */
    private static LocalDate daySlip(CalendarDate d, ResolutionContext c, LocalDate written) {
        if (d.weekday().isEmpty() || d.weekday().get() == written.getDayOfWeek()) {
            return written;
        }
        List<LocalDate> told = c.weekdaysTold().stream().filter(day -> day.getDayOfWeek() == d.weekday().get()
                && Math.abs(day.toEpochDay() - written.toEpochDay()) <= DAY_SLIP_DAYS).toList();
        if (told.size() != 1) {
            return written;
        }
        c.note("the weekday " + d.weekday().get().name().toLowerCase(Locale.ROOT) + " does not match " + written
                + " but the article gives it to " + told.get(0) + ": the day is a slip");
        return told.get(0);
    }

    /**
     * "Senin (9/1/2022)" in a story of 9 January 2023, "Senin (9/1/2033)" in one of 10 January 2023: a written year
     * one before the anchor's or any after it, whose weekday does not fit, where the same day in the anchor's year
     * falls on that weekday within {@value #YEAR_SLIP_DAYS} days of it, is a slip (last year's number written out of
     * habit at the turn of the year, a mistyped digit); the anchor's year is meant.
     */
    private static LocalDate yearSlip(CalendarDate d, ResolutionContext c, LocalDate written) {
        if (d.weekday().isEmpty() || d.weekday().get() == written.getDayOfWeek() || c.anchor() == null
                || written.getYear() <= c.anchor().getYear() - 2 || written.getYear() == c.anchor().getYear()
                || d.day() > YearMonth.of(c.anchor().getYear(), d.month()).lengthOfMonth()) {
            return written;
        }
        LocalDate meant = LocalDate.of(c.anchor().getYear(), d.month(), d.day());
        if (meant.getDayOfWeek() != d.weekday().get()
                || Math.abs(meant.toEpochDay() - c.anchor().toEpochDay()) > YEAR_SLIP_DAYS) {
            return written;
        }
        return slip(d, c, written, meant, "year");
    }

    /** Notes that the weekday points to {@code meant}, not the date as written, and gives the date meant. */
    private static LocalDate slip(CalendarDate d, ResolutionContext c, LocalDate written, LocalDate meant,
                                  String part) {
        c.note("the weekday " + d.weekday().get().name().toLowerCase(Locale.ROOT) + " does not match " + written
                + " but matches " + meant + " near the anchor: the " + part + " is a slip");
        return meant;
    }

    /**
     * "Jumat 17 Februari 2024" in a story of Friday 17 May 2024: a date far from the anchor whose weekday does not
     * fit, where the same day of the anchor's month or of the month before (in the year written, if one is)
     * falls on that weekday within {@value #MONTH_SLIP_DAYS} days before the anchor, is a slip of the month (the
     * weekday and the day agree on a day the news has just passed); that day is meant.
     */
    private static LocalDate monthSlip(CalendarDate d, ResolutionContext c, LocalDate written) {
        if (d.weekday().isEmpty() || d.weekday().get() == written.getDayOfWeek() || c.anchor() == null
                || Math.abs(written.toEpochDay() - c.anchor().toEpochDay()) <= MONTH_SLIP_DAYS) {
            return written;
        }
        for (int shift = -1; shift <= 0; shift++) { // a day before the anchor: its month or the one before
            YearMonth month = YearMonth.from(c.anchor()).plusMonths(shift);
            if (d.day() > month.lengthOfMonth() || month.getMonthValue() == written.getMonthValue()) {
                continue;
            }
            LocalDate meant = month.atDay(d.day());
            if (meant.getDayOfWeek() == d.weekday().get()
                    && (!(d.year() instanceof YearRef.Given) || meant.getYear() == written.getYear())
                    && !meant.isAfter(c.anchor()) && c.anchor().toEpochDay() - meant.toEpochDay() <= MONTH_SLIP_DAYS) {
                return slip(d, c, written, meant, "month");
            }
        }
        return written;
    }

    /** The date in the year the direction picks among the eight years either side of the reference. */
    private static LocalDate impliedYear(CalendarDate d, ResolutionContext c, LocalDate ref, Direction dir) {
        LocalDate around = ref != null ? ref : c.anchor();
        Direction towards = dir != null ? dir : Direction.of(((YearRef.Implied) d.year()).word().orElse(c.tense()));
        List<LocalDate> candidates = new ArrayList<>();
        // 29 February needs up to eight years either way to find a leap year
        for (int y = around.getYear() - 8; y <= around.getYear() + 8; y++) {
            if (d.day() <= YearMonth.of(y, d.month()).lengthOfMonth()) {
                candidates.add(LocalDate.of(y, d.month(), d.day()));
            }
        }
        if (candidates.isEmpty()) {
            throw new Unresolved("no such date: day " + d.day() + " of month " + d.month());
        }
        if (ref != null) {
            return Occurrences.choose(candidates, LocalDate::toEpochDay, around.toEpochDay(), towards);
        }
        LocalDate chosen = byWeekday(d, candidates, around, towards);
        return ((YearRef.Implied) d.year()).word().isPresent() ? chosen : withinDays(candidates, around, chosen);
    }

    /**
     * A date written without its year a few days from the anchor is that date, whatever the clause's tense says:
     * "tanggal 17-18 Oktober" in a story of 16 October is two days ahead, not a year back ("… lalu" or "… depan"
     * still decide).
     */
    private static LocalDate withinDays(List<LocalDate> candidates, LocalDate anchor, LocalDate chosen) {
        LocalDate nearest = Occurrences.choose(candidates, LocalDate::toEpochDay, anchor.toEpochDay(),
                Direction.NEAREST);
        if (Math.abs(nearest.toEpochDay() - anchor.toEpochDay()) <= NEAR_DAYS) {
            return nearest;
        }
        // "… akan ke Seoul pada 5 Juli" in a story of 19 June: the coming 5 July, not a year back
        LocalDate ahead = Occurrences.choose(candidates, LocalDate::toEpochDay, anchor.toEpochDay(),
                Direction.ON_OR_AFTER);
        boolean yearBack = anchor.toEpochDay() - chosen.toEpochDay() >= YEAR_BACK_DAYS;
        return yearBack && ahead.toEpochDay() - anchor.toEpochDay() <= AHEAD_DAYS ? ahead : chosen;
    }

    /**
     * Without a direction word, a weekday written with the date may overrule the clause's tense: when the nearest
     * occurrence on the other side of the anchor falls on that weekday, lies within {@value #WEEKDAY_REACH_DAYS}
     * days of it, and the one the tense picks does not. "Senin (18/11)" published on Sunday 2024-11-17 is the
     * next day even in a clause read as past; a weekday that fits neither is a typo and changes nothing.
     */
    private static LocalDate byWeekday(CalendarDate d, List<LocalDate> candidates, LocalDate anchor, Direction dir) {
        long ref = anchor.toEpochDay();
        LocalDate chosen = Occurrences.choose(candidates, LocalDate::toEpochDay, ref, dir);
        if (d.weekday().isEmpty() || ((YearRef.Implied) d.year()).word().isPresent()
                || chosen.getDayOfWeek() == d.weekday().get()) {
            return chosen;
        }
        Direction other = chosen.isAfter(anchor) ? Direction.ON_OR_BEFORE : Direction.ON_OR_AFTER;
        LocalDate alternative = Occurrences.best(candidates, LocalDate::toEpochDay, ref, other);
        boolean fits = alternative != null && alternative.getDayOfWeek() == d.weekday().get()
                && Math.abs(alternative.toEpochDay() - ref) <= WEEKDAY_REACH_DAYS;
        return fits ? alternative : chosen;
    }

    /** A month; {@code ref} and {@code dir} as for {@link #date}, among the year before, of and after. */
    static TimeValue month(CalendarMonth m, ResolutionContext c, LocalDate ref, Direction dir) {
        if (m.year() instanceof YearRef.Given g) {
            return TimeValue.month(g.year(), m.month());
        } else if (m.year() instanceof YearRef.Relative r) {
            return TimeValue.month(c.anchor().getYear() + r.offset(), m.month());
        }
        LocalDate around = ref != null ? ref : c.anchor();
        Direction towards = dir != null ? dir : Direction.of(((YearRef.Implied) m.year()).word().orElse(c.tense()));
        List<YearMonth> candidates = new ArrayList<>();
        for (int y = around.getYear() - 1; y <= around.getYear() + 1; y++) {
            candidates.add(YearMonth.of(y, m.month()));
        }
        return CalendarUnits.month(Occurrences.choose(candidates, CalendarUnits::monthIndex,
                CalendarUnits.monthIndex(YearMonth.from(around)), towards));
    }

    private static LocalDate exactDate(int year, int month, int day) {
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new Unresolved("no such date: " + YearMonth.of(year, month) + "-" + day);
        }
        return LocalDate.of(year, month, day);
    }
}
