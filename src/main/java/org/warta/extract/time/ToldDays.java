package org.warta.extract.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.Token;

/**
 * The day a sentence's quotation was told, when the attribution after it gives one ("“Besok Presiden menerima …,”
 * kata Ani, Selasa (3/9)."): the days a speaker counts from today ("besok", "kemarin", "hari ini", "Rabu") count
 * from that day, not from the publication date, which may be a day or more later; with no day there, the story's day
 * when it lies just before the publication date (quotations are gathered where the story happens). Stateless.
 */
final class ToldDays {
    /** A story's day at most this many days before publication is the day its quotations were told. */
    private static final int STORY_DAYS = 2;

    private ToldDays() {
    }

    /** Whether the expression lies inside quotation marks of its sentence (an odd number of them before it). */
    static boolean quoted(List<Token> tokens, TimeExpression e) {
        return quotesBefore(tokens, e.span().start()) % 2 == 1;
    }

    /** Whether a speaker saying it counts from the day of speaking: a day from today, or a weekday. */
    private static boolean countsFromToday(TimeExpression e) {
        return e.form() instanceof TimeForm.FromAnchor a && a.unit() == TimeForm.Unit.DAY
                || e.form() instanceof TimeForm.Weekday;
    }

    /**
     * The expressions of these tokens a speaker counts from the day of speaking, each with that day: the first
     * expression of one day outside quotation marks after the last of them, resolved back from the publication
     * date; without such a day, the story's day when it is one of the {@link #STORY_DAYS} days before publication;
     * none otherwise.
     */
    static Map<TimeExpression, LocalDate> of(TimeExtractor times, List<Token> tokens, List<TimeExpression> found,
                                             Optional<LocalDate> published, Optional<TimeValue> storyDay) {
        long marks = quotesBefore(tokens, Integer.MAX_VALUE);
        if (marks < 2 || marks % 2 == 1) {
            return Map.of();
        }
        // with no day after the quotation, a story told of a day just before its publication was said that day
        Optional<LocalDate> told = toldOn(times, tokens, found, published).or(() -> recent(storyDay, published));
        Map<TimeExpression, LocalDate> out = new HashMap<>();
        told.ifPresent(day -> found.stream().filter(e -> quoted(tokens, e) && countsFromToday(e))
                .forEach(e -> out.put(e, day)));
        return out;
    }

    /** The story's day when it is one of the {@link #STORY_DAYS} days before publication. */
    private static Optional<LocalDate> recent(Optional<TimeValue> storyDay, Optional<LocalDate> published) {
        return storyDay.filter(TimeValue::isOneDay).map(TimeValue::coverStart).filter(d -> published.isPresent()
                && d.isBefore(published.get()) && !d.isBefore(published.get().minusDays(STORY_DAYS)));
    }

    private static Optional<LocalDate> toldOn(TimeExtractor times, List<Token> tokens, List<TimeExpression> found,
                                              Optional<LocalDate> published) {
        int lastMark = tokens.stream().filter(ToldDays::isMark).mapToInt(Token::end).max().orElse(0);
        for (TimeExpression e : found) {
            if (e.span().start() >= lastMark && !(e.form() instanceof TimeForm.FromPrevious)) {
                TimeMention m = times.resolve(e, published, Tense.PAST, Optional.empty());
                return m.value().filter(TimeValue::isOneDay).map(TimeValue::coverStart);
            }
        }
        return Optional.empty();
    }

    private static long quotesBefore(List<Token> tokens, int offset) {
        return tokens.stream().filter(t -> t.end() <= offset && isMark(t)).count();
    }

    /** A double quotation mark; single ones are apostrophes as often as quotes. */
    private static boolean isMark(Token t) {
        return t.kind() == Token.Kind.QUOTE && t.text().charAt(0) != '\'' && t.text().charAt(0) != '’';
    }
}
