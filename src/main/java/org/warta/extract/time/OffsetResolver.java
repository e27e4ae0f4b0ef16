package org.warta.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.FromPrevious;
import org.warta.model.Granularity;
import org.warta.model.TimeValue;

/**
 * Units counted from the publication date ("kemarin", "pekan depan", "tiga hari lalu") or from the time stated
 * before ("keesokan harinya", "tahun sebelumnya", "pada hari terakhir").
 */
final class OffsetResolver {
    private OffsetResolver() {
    }

    static TimeValue fromAnchor(FromAnchor f, LocalDate a) {
        return switch (f.unit()) {
            case DAY -> TimeValue.day(a.plusDays(f.offset()));
            case WEEK -> CalendarUnits.week(a, f.offset());
            case MONTH -> CalendarUnits.month(YearMonth.from(a).plusMonths(f.offset()));
            case YEAR -> TimeValue.year(a.getYear() + f.offset());
        };
    }

    static TimeValue fromPrevious(FromPrevious f, ResolutionContext c) {
        if (f.unit() == TimeForm.Unit.YEAR && c.previous().isEmpty()) {
            // "tahun sebelumnya" with nothing dated before: the year before the publication year
            int year = c.anchor().getYear();
            c.note("no earlier time; counted from the publication year");
            return TimeValue.year(year + f.offset());
        }
        TimeValue p = c.previousTime();
        if (f.offset() == 0) {
            return p;
        }
        // forwards from the end of an earlier range, backwards from its start
        LocalDate base = f.offset() > 0 ? p.coverEnd() : p.coverStart();
        return switch (f.unit()) {
            case DAY -> {
                if (p.granularity() != Granularity.DAY) {
                    throw new Unresolved("the earlier time " + p + " is not a day");
                }
                yield TimeValue.day(base.plusDays(f.offset()));
            }
            case WEEK -> CalendarUnits.week(base, f.offset());
            case MONTH -> CalendarUnits.month(YearMonth.from(base).plusMonths(f.offset()));
            case YEAR -> TimeValue.year(base.getYear() + f.offset());
        };
    }

    /** The last day of the range of days stated before ("Pada hari terakhir" after "6-10 Maret"). */
    static TimeValue lastDayOfPrevious(ResolutionContext c) {
        TimeValue p = c.previousTime();
        if (p.granularity() != Granularity.DAY || !p.isInterval()) {
            throw new Unresolved("the earlier time " + p + " is not a range of days");
        }
        return TimeValue.day(p.last());
    }
}
