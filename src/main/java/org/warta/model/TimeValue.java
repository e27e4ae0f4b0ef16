package org.warta.model;

import java.time.LocalDate;

/**
 * A normalized time: a single unit or an interval of units at one granularity, e.g. 2024-04-08,
 * 2024-04-08/2024-04-09, 2024-05, 2024. {@code first} and {@code last} are the first days of the first and the
 * last unit.
 */
public record TimeValue(LocalDate first, LocalDate last, Granularity granularity) {
    public TimeValue {
        if (first == null || last == null || granularity == null) {
            throw new WartaException("time value fields must not be null");
        }
        first = granularity.unitStart(first);
        last = granularity.unitStart(last);
        if (last.isBefore(first)) {
            throw new WartaException("time interval ends before it starts: " + first + "/" + last);
        }
    }

    public static TimeValue day(LocalDate date) {
        return new TimeValue(date, date, Granularity.DAY);
    }

    public static TimeValue days(LocalDate from, LocalDate to) {
        return new TimeValue(from, to, Granularity.DAY);
    }

    public static TimeValue month(int year, int month) {
        LocalDate d = LocalDate.of(year, month, 1);
        return new TimeValue(d, d, Granularity.MONTH);
    }

    public static TimeValue year(int year) {
        LocalDate d = LocalDate.of(year, 1, 1);
        return new TimeValue(d, d, Granularity.YEAR);
    }

    public boolean isInterval() {
        return !first.equals(last);
    }

    public String startIso() {
        return granularity.format(first);
    }

    public String endIso() {
        return granularity.format(last);
    }

    /** ISO 8601: a single value, or start/end. */
    public String iso() {
        return isInterval() ? startIso() + "/" + endIso() : startIso();
    }

    /** The first day covered. */
    public LocalDate coverStart() {
        return first;
    }

    /** The last day covered. */
    public LocalDate coverEnd() {
        return granularity.unitEnd(last);
    }

    /** Whether the two could describe the same time: their covered days overlap. */
    public boolean compatibleWith(TimeValue other) {
        return !coverEnd().isBefore(other.coverStart()) && !other.coverEnd().isBefore(coverStart());
    }

    /** Whether this lies inside {@code other}. */
    public boolean within(TimeValue other) {
        return !coverStart().isBefore(other.coverStart()) && !coverEnd().isAfter(other.coverEnd());
    }

    /** Number of days covered: smaller is more precise. */
    public long coveredDays() {
        return coverEnd().toEpochDay() - coverStart().toEpochDay() + 1;
    }

    /** Whether this is one day told to the day, the only value covering a single day. */
    public boolean isOneDay() {
        return coveredDays() == 1;
    }

    /** Parses the form written by {@link #iso()}. */
    public static TimeValue parse(String iso) {
        String[] parts = iso.split("/", -1);
        if (parts.length > 2) {
            throw new WartaException("not an ISO date or interval: '" + iso + "'");
        }
        Granularity g = granularityOf(parts[0]);
        LocalDate a = dateOf(parts[0], g);
        LocalDate b = parts.length == 2 ? dateOf(parts[1], g) : a;
        if (parts.length == 2 && granularityOf(parts[1]) != g) {
            throw new WartaException("interval ends differ in precision: '" + iso + "'");
        }
        return new TimeValue(a, b, g);
    }

    private static Granularity granularityOf(String s) {
        return switch (s.length()) {
            case 4 -> Granularity.YEAR;
            case 7 -> Granularity.MONTH;
            case 10 -> Granularity.DAY;
            default -> throw new WartaException("not an ISO date: '" + s + "'");
        };
    }

    private static LocalDate dateOf(String s, Granularity g) {
        try {
            return switch (g) {
                case YEAR -> LocalDate.of(Integer.parseInt(s), 1, 1);
                case MONTH -> LocalDate.parse(s + "-01");
                case DAY -> LocalDate.parse(s);
            };
        } catch (RuntimeException e) {
            throw new WartaException("not an ISO date: '" + s + "'", e);
        }
    }

    @Override
    public String toString() {
        return iso();
    }
}
