package org.warta.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.time.TimeForm.Range;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * Places a {@link TimeForm} on the calendar from the publication date, the clause's tense and the last day
 * resolved before: a range by {@link RangeResolver}, any other form by {@link FormResolver}. Stateless. Never
 * guesses: what needs a missing anchor or earlier time stays unresolved with a note saying why.
 */
final class TimeResolver {

    TimeMention resolve(TimeExpression e, Optional<LocalDate> anchor, Tense tense, Optional<TimeValue> previous) {
        return resolve(e, anchor, tense, previous, Set.of());
    }

    /** As {@link #resolve(TimeExpression, Optional, Tense, Optional)}, knowing the days the article writes with
     * their own weekday. */
    TimeMention resolve(TimeExpression e, Optional<LocalDate> anchor, Tense tense, Optional<TimeValue> previous,
                        Set<LocalDate> weekdaysTold) {
        ResolutionContext c = new ResolutionContext(anchor == null ? Optional.empty() : anchor,
                tense == null ? Tense.UNKNOWN : tense, previous == null ? Optional.empty() : previous,
                new ArrayList<>(), Set.copyOf(weekdaysTold));
        try {
            TimeValue v = e.form() instanceof Range r ? RangeResolver.range(r, c) : FormResolver.value(e.form(), c);
            return new TimeMention(e.span(), e.text(), Optional.of(v), String.join("; ", c.notes()));
        } catch (Unresolved u) {
            return new TimeMention(e.span(), e.text(), Optional.empty(), u.getMessage());
        } catch (DateTimeException | ArithmeticException x) {
            return new TimeMention(e.span(), e.text(), Optional.empty(), "outside the calendar: " + x.getMessage());
        }
    }
}
