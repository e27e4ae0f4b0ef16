package org.warta.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** How precise a time value is. A week is a DAY interval (Monday to Sunday). */
public enum Granularity {
    DAY, MONTH, YEAR;

    /** The first day of the unit containing {@code date}. */
    public LocalDate unitStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day of the unit containing {@code date}. */
    public LocalDate unitEnd(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** ISO 8601 at this precision: 2024-04-08, 2024-05 or 2024. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.format("%04d", date.getYear());
        };
    }
}
