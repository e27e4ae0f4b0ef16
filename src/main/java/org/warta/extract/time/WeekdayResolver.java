package org.warta.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.model.TimeValue;

/**
 * Named weekdays without a date ("Kamis", "Senin lalu", "Rabu pekan depan") and weekends ("akhir pekan lalu"),
 * placed by their shift word or, without one, by the clause's tense.
 */
final class WeekdayResolver {
    private WeekdayResolver() {
    }

    static TimeValue weekday(Weekday w, ResolutionContext c) {
        LocalDate a = c.anchor();
        return switch (w.shift()) {
            case BY_TENSE -> TimeValue.day(Occurrences.dayNear(w.day(), a, Direction.of(c.tense())));
            case BEFORE -> TimeValue.day(Occurrences.dayNear(w.day(), a, Direction.BEFORE));
            case AFTER -> TimeValue.day(Occurrences.dayNear(w.day(), a, Direction.AFTER));
            case LAST_WEEK -> TimeValue.day(CalendarUnits.dayInWeek(w.day(), a, -1));
            case THIS_WEEK -> TimeValue.day(CalendarUnits.dayInWeek(w.day(), a, 0));
            case NEXT_WEEK -> TimeValue.day(CalendarUnits.dayInWeek(w.day(), a, 1));
        };
    }

    static TimeValue weekend(Shift shift, LocalDate a, Tense tense) {
        LocalDate saturday = CalendarUnits.monday(a).plusDays(5);
        return switch (shift) {
            case LAST_WEEK -> weekendFrom(saturday.minusWeeks(1));
            case THIS_WEEK -> weekendFrom(saturday);
            case NEXT_WEEK -> weekendFrom(saturday.plusWeeks(1));
            default -> weekendFrom(byTense(saturday, a, tense));
        };
    }

    /** The latest weekend begun by the anchor, the earliest not yet over, or the nearest. */
    private static LocalDate byTense(LocalDate saturday, LocalDate a, Tense tense) {
        List<LocalDate> saturdays = List.of(saturday.minusWeeks(1), saturday, saturday.plusWeeks(1));
        return switch (tense) {
            case PAST -> Occurrences.choose(saturdays, LocalDate::toEpochDay, a.toEpochDay(), Direction.ON_OR_BEFORE);
            case FUTURE -> Occurrences.choose(saturdays, s -> s.plusDays(1).toEpochDay(), a.toEpochDay(),
                    Direction.ON_OR_AFTER);
            case UNKNOWN -> Occurrences.choose(saturdays, s -> nearestDay(s, a), a.toEpochDay(), Direction.NEAREST);
        };
    }

    /** The day of the weekend starting on {@code saturday} nearest to {@code a}, as an epoch day. */
    private static long nearestDay(LocalDate saturday, LocalDate a) {
        long sat = saturday.toEpochDay();
        long day = a.toEpochDay();
        return day <= sat ? sat : Math.min(day, sat + 1);
    }

    private static TimeValue weekendFrom(LocalDate saturday) {
        return TimeValue.days(saturday, saturday.plusDays(1));
    }
}
