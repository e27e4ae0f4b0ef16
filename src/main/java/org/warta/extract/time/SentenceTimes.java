package org.warta.extract.time;

import java.util.List;
import java.util.Optional;
import org.warta.model.TimeValue;

/**
 * The time expressions of one sentence, and the last day-precision time resolved before the sentence (what
 * "keesokan harinya" in it counts from).
 */
public record SentenceTimes(List<TimeExpression> found, Optional<TimeValue> dayBefore) {
    public SentenceTimes {
        found = List.copyOf(found);
    }
}
