package org.warta.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * The time expressions of one sentence, the last day-precision time resolved before the sentence (what
 * "keesokan harinya" in it counts from), the story's day for what the sentence tells without a time, and the day
 * of speaking of the days a quotation counts from it ({@link ToldDays}).
 */
public record SentenceTimes(List<TimeExpression> found, Optional<TimeMention> previousDay,
                            Optional<TimeMention> storyDay, Optional<TimeMention> ahead,
                            Optional<TimeMention> lastTime, Optional<TimeMention> leadDay,
                            Map<TimeExpression, LocalDate> toldDays) {
    public SentenceTimes {
        found = List.copyOf(found);
        toldDays = Map.copyOf(toldDays);
    }

    public SentenceTimes(List<TimeExpression> found, Optional<TimeMention> previousDay) {
        this(found, previousDay, previousDay, Optional.empty(), previousDay, Optional.empty(), Map.of());
    }

    SentenceTimes withLeadDay(Optional<TimeMention> day) {
        return new SentenceTimes(found, previousDay, storyDay, ahead, lastTime, day, toldDays);
    }

    /**
     * What the expression counts from: the day a quotation was told for a day its speaker counts from today
     * ("“Besok …,” kata Ani, Selasa (3/9)"), else the publication date.
     */
    public Optional<LocalDate> anchorOf(TimeExpression e, Optional<LocalDate> published) {
        return Optional.ofNullable(toldDays.get(e)).or(() -> published);
    }

    /**
     * For a sentence of the story's lead told before any day: the day the next sentences of the lead give
     * ("Budi menemui Ani di Jakarta. Ia disambut upacara di aula, Selasa (2/4/2024)."), when it is the
     * publication date or a few days before it; or the story's first day told later, when it is the publication
     * date or the day before.
     */
    public Optional<TimeMention> leadDayAfter() {
        return leadDay;
    }

    /** The last time of the story before the sentence that lies after the publication date (a plan's). */
    public Optional<TimeMention> planTime() {
        return ahead;
    }

    /** The last time of the story before the sentence ("Saat itu, …" refers to it). */
    public Optional<TimeMention> previousTime() {
        return lastTime;
    }

    /** The value of the last day resolved before the sentence. */
    public Optional<TimeValue> dayBefore() {
        return previousDay.flatMap(TimeMention::value);
    }

    /**
     * The last day before the sentence that the story gave of its own ("Selasa (24/9/2019)", "kemarin"), not one
     * counted from another ("sehari sebelumnya"): the day of what the story goes on to tell without a time.
     */
    public Optional<TimeMention> dayMention() {
        return storyDay;
    }
}
