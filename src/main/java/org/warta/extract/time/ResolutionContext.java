package org.warta.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.TimeValue;

/**
 * What one {@link TimeResolver#resolve} call places a form against: the publication date, the clause's tense and
 * the last day resolved before. {@code notes} belongs to that call alone and collects what the resolved value
 * should say about itself (a weekday contradicting its date, a year counted from the publication year).
 * {@code weekdaysTold}: the days the article writes with their own weekday, the two agreeing ("Selasa, 2 April").
 */
record ResolutionContext(Optional<LocalDate> anchorDate, Tense tense, Optional<TimeValue> previous,
        List<String> notes, Set<LocalDate> weekdaysTold) {
    static final String NO_ANCHOR = "relative expression, no publication date";
    static final String NO_PREVIOUS = "chained expression, no earlier time in the article";

    /** The publication date, or {@link Unresolved} when there is none. */
    LocalDate anchor() {
        return anchorDate.orElseThrow(() -> new Unresolved(NO_ANCHOR));
    }

    /** The last time resolved before, or {@link Unresolved} when there is none. */
    TimeValue previousTime() {
        return previous.orElseThrow(() -> new Unresolved(NO_PREVIOUS));
    }

    /** The same context with the direction a form's own words give. */
    ResolutionContext withTense(Tense t) {
        return new ResolutionContext(anchorDate, t, previous, notes, weekdaysTold);
    }

    void note(String note) {
        notes.add(note);
    }
}
