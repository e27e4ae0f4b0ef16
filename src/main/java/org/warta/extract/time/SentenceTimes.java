package org.warta.extract.time;

import java.util.List;
import java.util.Optional;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * The time expressions of one sentence, and the last day-precision time resolved before the sentence (what
 * "keesokan harinya" in it counts from, and the story's day for what the sentence tells without a time).
 */
public record SentenceTimes(List<TimeExpression> found, Optional<TimeMention> previousDay) {
    public SentenceTimes {
        found = List.copyOf(found);
    }

    /** The value of the last day resolved before the sentence. */
    public Optional<TimeValue> dayBefore() {
        return previousDay.flatMap(TimeMention::value);
    }

    /** Where that day is written. */
    public Optional<TimeMention> dayMention() {
        return previousDay;
    }
}
