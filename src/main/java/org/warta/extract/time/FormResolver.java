package org.warta.extract.time;

import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarMonth;
import org.warta.extract.time.TimeForm.CalendarYear;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.FromPrevious;
import org.warta.extract.time.TimeForm.LastDayOfPrevious;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.extract.time.TimeForm.Weekend;
import org.warta.model.TimeValue;

/** Places one form that is not a range, each kind by its resolver. */
final class FormResolver {
    private FormResolver() {
    }

    static TimeValue value(TimeForm form, ResolutionContext c) {
        if (form instanceof FromAnchor f) {
            return OffsetResolver.fromAnchor(f, c.anchor());
        } else if (form instanceof FromPrevious p) {
            return OffsetResolver.fromPrevious(p, c);
        } else if (form instanceof LastDayOfPrevious) {
            return OffsetResolver.lastDayOfPrevious(c);
        } else if (form instanceof Weekend w) {
            return WeekdayResolver.weekend(w.shift(), c.anchor(), c.tense());
        } else if (form instanceof Weekday w) {
            return WeekdayResolver.weekday(w, c);
        } else if (form instanceof CalendarDate d) {
            return DateResolver.date(d, c, null, null);
        } else if (form instanceof CalendarMonth m) {
            return DateResolver.month(m, c, null, null);
        } else if (form instanceof CalendarYear y) {
            return TimeValue.year(y.year());
        }
        throw new IllegalStateException("unhandled time form " + form);
    }
}
