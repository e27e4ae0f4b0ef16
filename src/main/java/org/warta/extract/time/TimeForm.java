package org.warta.extract.time;

import java.time.DayOfWeek;
import java.util.Optional;
import org.warta.model.WartaException;

/**
 * What a time expression says, before it is placed on the calendar. Parts of a period ("awal", "akhir") and of
 * a day ("malam") do not change the form: "awal Desember" is the month, "Kamis malam" the day.
 */
public sealed interface TimeForm {

    /** A calendar unit. A week runs Monday to Sunday. */
    enum Unit { DAY, WEEK, MONTH, YEAR }

    /** Which occurrence of a named weekday or weekend is meant. */
    enum Shift {
        /** No word says: the clause's tense decides. */
        BY_TENSE,
        /** The latest strictly before the publication date ("Senin lalu"). */
        BEFORE,
        /** The earliest strictly after it ("Senin depan", "Kamis mendatang"). */
        AFTER,
        /** In the week before the publication week ("Senin pekan lalu", "akhir pekan lalu"). */
        LAST_WEEK,
        /** In the publication week ("Senin ini", "akhir pekan ini"). */
        THIS_WEEK,
        /** In the week after it ("Rabu pekan depan", "akhir pekan depan"). */
        NEXT_WEEK
    }

    /** Whether the form resolves without a publication date or an earlier time in the article. */
    boolean isAbsolute();

    /** A unit counted from the publication date: "kemarin" (DAY, -1), "pekan depan" (WEEK, 1), "tahun ini". */
    record FromAnchor(Unit unit, int offset) implements TimeForm {
        public FromAnchor {
            if (unit == null) {
                throw new WartaException("unit must not be null");
            }
        }

        @Override
        public boolean isAbsolute() {
            return false;
        }
    }

    /**
     * A unit counted from the last time stated before in the article: "keesokan harinya" (DAY, 1), "pada hari
     * yang sama" (DAY, 0), "tahun sebelumnya" (YEAR, -1).
     */
    record FromPrevious(Unit unit, int offset) implements TimeForm {
        public FromPrevious {
            if (unit == null) {
                throw new WartaException("unit must not be null");
            }
        }

        @Override
        public boolean isAbsolute() {
            return false;
        }
    }

    /** The last day of the range stated before ("Pada hari terakhir"). */
    record LastDayOfPrevious() implements TimeForm {
        @Override
        public boolean isAbsolute() {
            return false;
        }
    }

    /** A Saturday-Sunday weekend ("akhir pekan", "akhir pekan lalu"). */
    record Weekend(Shift shift) implements TimeForm {
        public Weekend {
            if (shift == null || shift == Shift.BEFORE || shift == Shift.AFTER) {
                throw new WartaException("a weekend is shifted by whole weeks, not " + shift);
            }
        }

        @Override
        public boolean isAbsolute() {
            return false;
        }
    }

    /** A named weekday without a date ("Kamis", "Senin lalu", "Rabu pekan depan"). */
    record Weekday(DayOfWeek day, Shift shift) implements TimeForm {
        public Weekday {
            if (day == null || shift == null) {
                throw new WartaException("weekday fields must not be null");
            }
        }

        @Override
        public boolean isAbsolute() {
            return false;
        }
    }

    /**
     * A day of a month ("29 Juli", "Selasa (23/3)", "15 November 2023"). {@code weekday} is the day name written
     * with it, if any; the numbers win when the two disagree.
     */
    record CalendarDate(int day, int month, YearRef year, Optional<DayOfWeek> weekday) implements TimeForm {
        public CalendarDate {
            if (day < 1 || day > 31 || month < 1 || month > 12 || year == null) {
                throw new WartaException("invalid date form: day " + day + ", month " + month + ", year " + year);
            }
            weekday = weekday == null ? Optional.empty() : weekday;
        }

        @Override
        public boolean isAbsolute() {
            return year instanceof YearRef.Given;
        }
    }

    /** A month ("Februari 2022", "pada bulan Desember", "akhir April lalu"). */
    record CalendarMonth(int month, YearRef year) implements TimeForm {
        public CalendarMonth {
            if (month < 1 || month > 12 || year == null) {
                throw new WartaException("invalid month form: month " + month + ", year " + year);
            }
        }

        @Override
        public boolean isAbsolute() {
            return year instanceof YearRef.Given;
        }
    }

    /** A written year ("pada 2019", "tahun 2023", "akhir 2022"). */
    record CalendarYear(int year) implements TimeForm {
        @Override
        public boolean isAbsolute() {
            return true;
        }
    }

    /**
     * One range from {@code from} to {@code to} ("Senin hingga Rabu", "6-10 Maret", "Maret hingga Mei"). The ends
     * are not placed independently: the more specific one is resolved first and the other next to it, so "6-10
     * Maret" never spans a year.
     */
    record Range(TimeForm from, TimeForm to) implements TimeForm {
        public Range {
            if (from == null || to == null || from instanceof Range || to instanceof Range) {
                throw new WartaException("a range joins two single forms");
            }
        }

        @Override
        public boolean isAbsolute() {
            return from.isAbsolute() && to.isAbsolute();
        }
    }
}
