package org.warta.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Granularity;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * The time expressions of one sentence, the last day-precision time resolved before the sentence (what
 * "keesokan harinya" in it counts from) and the last such day not after the publication date, the story's day for
 * what the sentence tells without a time, the day of speaking of the days a quotation counts from it
 * ({@link ToldDays}), and the days the article writes with their own weekday (what a weekday one day off its date
 * means: {@link TimeExtractor#resolve(TimeExpression, Optional, Tense, Optional, Set)}).
 */
public record SentenceTimes(List<TimeExpression> found, Optional<TimeMention> previousDay,
                            Optional<TimeMention> pastDay, Optional<TimeMention> storyDay,
                            Optional<TimeMention> ahead, Optional<TimeMention> lastTime,
                            Optional<TimeMention> leadDay, Map<TimeExpression, LocalDate> toldDays,
                            Set<LocalDate> weekdaysTold) {
    public SentenceTimes {
        found = List.copyOf(found);
        toldDays = Map.copyOf(toldDays);
        weekdaysTold = Set.copyOf(weekdaysTold);
    }

    public SentenceTimes(List<TimeExpression> found, Optional<TimeMention> previousDay) {
        this(found, previousDay, previousDay, previousDay, Optional.empty(), previousDay, Optional.empty(), Map.of(),
                Set.of());
    }

    SentenceTimes withLeadDay(Optional<TimeMention> day) {
        return new SentenceTimes(found, previousDay, pastDay, storyDay, ahead, lastTime, day, toldDays, weekdaysTold);
    }

    /**
     * What the expression counts from: the day a quotation was told for a day its speaker counts from today
     * ("“Besok …,” kata Ani, Selasa (3/9)"), else the publication date.
     */
    public Optional<LocalDate> anchorOf(TimeExpression e, Optional<LocalDate> published) {
        return Optional.ofNullable(toldDays.get(e)).or(() -> published);
    }

    /**
     * For a sentence told before the story gives any day: in the lead, the day the next sentences of the lead give
     * ("Budi menemui Ani di Jakarta. Ia disambut upacara di aula, Selasa (2/4/2024)."), when it is the
     * publication date or a few days before it; or the story's first day told later, or its photo's, when it is
     * the publication date or the day before.
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
     * The day a chained expression ("pada hari yang sama", "siang hari") counts from in a clause of this tense.
     * A plan counts from the last plan day told, past a day of the telling between ("… akan ke Tokyo pada Rabu
     * (27/7), kata Ani, Selasa (26/7). Pada hari yang sama, ia akan …"); what is told as done counts from the last
     * day not after the publication date, past a plan told in passing ("KTT yang akan digelar 13 Desember … Pada
     * siang hari, Budi berbicara …"); else from the last day told.
     */
    public Optional<TimeValue> dayBefore(Tense tense, Optional<LocalDate> published) {
        return chainedDay(previousDay, pastDay, ahead, tense, published);
    }

    /** {@link #dayBefore(Tense, Optional)} from the last day, the last one not ahead and the last plan time. */
    static Optional<TimeValue> chainedDay(Optional<TimeMention> lastDay, Optional<TimeMention> pastDay,
                                         Optional<TimeMention> ahead, Tense tense, Optional<LocalDate> published) {
        Optional<TimeValue> last = lastDay.flatMap(TimeMention::value);
        if (published.isEmpty() || last.isEmpty()) {
            return last;
        }
        boolean lastAhead = last.get().coverStart().isAfter(published.get());
        if (tense == Tense.FUTURE && !lastAhead) {
            return ahead.flatMap(TimeMention::value).filter(v -> v.granularity() == Granularity.DAY).or(() -> last);
        }
        if (tense == Tense.PAST && lastAhead) {
            return pastDay.flatMap(TimeMention::value).or(() -> last);
        }
        return last;
    }

    /**
     * The last day before the sentence that the story gave of its own ("Selasa (24/9/2019)", "kemarin"), not one
     * counted from another ("sehari sebelumnya"): the day of what the story goes on to tell without a time.
     */
    public Optional<TimeMention> dayMention() {
        return storyDay;
    }
}
