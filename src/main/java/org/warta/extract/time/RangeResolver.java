package org.warta.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarMonth;
import org.warta.extract.time.TimeForm.Range;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.model.Granularity;
import org.warta.model.TimeValue;

/**
 * A range. The more specific end is placed first and the other next to it: a written year beats a date or
 * month, which beats a bare weekday ("Senin (8/7) hingga Rabu"). Between equals, the end comes first for a past
 * clause (so the range lies before the anchor) and the start first otherwise.
 */
final class RangeResolver {
    private RangeResolver() {
    }

    static TimeValue range(Range r, ResolutionContext c) {
        int fromRank = rank(r.from());
        int toRank = rank(r.to());
        Tense t = ownWord(r.to()).or(() -> ownWord(r.from())).orElse(c.tense());
        ResolutionContext directed = c.withTense(t);
        TimeValue from;
        TimeValue to;
        if (fromRank > toRank || (fromRank == toRank && t != Tense.PAST)) {
            from = FormResolver.value(r.from(), directed);
            to = r.to().isAbsolute() ? FormResolver.value(r.to(), c)
                    : near(r.to(), directed, from.first(), Direction.ON_OR_AFTER);
        } else {
            to = FormResolver.value(r.to(), directed);
            from = r.from().isAbsolute() ? FormResolver.value(r.from(), c)
                    : near(r.from(), directed, to.first(), Direction.ON_OR_BEFORE);
        }
        Granularity g = from.granularity().compareTo(to.granularity()) >= 0 ? from.granularity() : to.granularity();
        if (g.unitStart(to.last()).isBefore(g.unitStart(from.first()))) {
            throw new Unresolved("range ends before it starts: " + from + " to " + to);
        }
        return new TimeValue(from.first(), to.last(), g);
    }

    /** How much a range end fixes by itself: a written year, a day or month number, or only a weekday. */
    private static int rank(TimeForm form) {
        if (form.isAbsolute()) {
            return 3;
        }
        return form instanceof CalendarDate || form instanceof CalendarMonth ? 2 : 1;
    }

    /** One end of a range placed next to the other ({@code ref}), if it names no fixed time of its own. */
    private static TimeValue near(TimeForm form, ResolutionContext c, LocalDate ref, Direction dir) {
        if (form instanceof Weekday w && w.shift() == Shift.BY_TENSE) {
            return TimeValue.day(Occurrences.dayNear(w.day(), ref, dir));
        } else if (form instanceof CalendarDate d && d.year() instanceof YearRef.Implied) {
            return DateResolver.date(d, c, ref, dir);
        } else if (form instanceof CalendarMonth m && m.year() instanceof YearRef.Implied) {
            return DateResolver.month(m, c, ref, dir);
        }
        return FormResolver.value(form, c);
    }

    /** The direction a form's own words give ("Senin lalu", "April lalu", "November mendatang"). */
    private static Optional<Tense> ownWord(TimeForm form) {
        if (form instanceof Weekday w) {
            return switch (w.shift()) {
                case BEFORE, LAST_WEEK -> Optional.of(Tense.PAST);
                case AFTER, NEXT_WEEK -> Optional.of(Tense.FUTURE);
                default -> Optional.empty();
            };
        } else if (form instanceof CalendarDate d && d.year() instanceof YearRef.Implied i) {
            return i.word();
        } else if (form instanceof CalendarMonth m && m.year() instanceof YearRef.Implied i) {
            return i.word();
        }
        return Optional.empty();
    }
}
