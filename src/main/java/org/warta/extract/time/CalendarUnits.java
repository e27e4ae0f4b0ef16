package org.warta.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.warta.model.TimeValue;

/** Weeks (Monday to Sunday) and months as values, and days within a week. */
final class CalendarUnits {
    private CalendarUnits() {
    }

    /** The Monday of the week of {@code a}. */
    static LocalDate monday(LocalDate a) {
        return a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The weekday {@code day} in the week {@code weeks} weeks from the week of {@code a}. */
    static LocalDate dayInWeek(DayOfWeek day, LocalDate a, int weeks) {
        return monday(a).plusWeeks(weeks).plusDays(day.getValue() - 1L);
    }

    /** The week {@code weeks} weeks from the week of {@code a}, Monday to Sunday. */
    static TimeValue week(LocalDate a, int weeks) {
        LocalDate m = monday(a).plusWeeks(weeks);
        return TimeValue.days(m, m.plusDays(6));
    }

    static TimeValue month(YearMonth ym) {
        return TimeValue.month(ym.getYear(), ym.getMonthValue());
    }

    /** Months counted from year 0, so that months compare as numbers. */
    static long monthIndex(YearMonth ym) {
        return ym.getYear() * 12L + ym.getMonthValue() - 1;
    }
}
