package org.warta.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Granularity;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.model.WartaException;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * Finds Indonesian time expressions in a sentence and normalizes them to {@link TimeValue}s: days ("Selasa
 * (23/3)", "kemarin", "Senin lalu"), weeks ("pekan depan" = Monday to Sunday), months ("akhir Mei", "bulan
 * lalu"), years ("pada 2019", "akhir tahun ini") and ranges ("Senin hingga Rabu", "6-10 Maret").
 *
 * <p>Final, stateless and thread-safe: build it once with {@link #fromResources()} and share it. The words it
 * knows are data ({@code calendar.tsv}, {@code relative.tsv} next to this class), not code.
 */
public final class TimeExtractor {
    /** How many words a range word before an expression may have ("sampai dengan"). */
    private static final int RANGE_WORDS = 2;
    /** How many words "sejak" may stand before the time it starts ("sejak resmi menjabat pada 1 Mei"). */
    private static final int SINCE_WORDS = 4;
    /** Words between an earlier event's word and its time at most ("setelah militer X menyerang kota Y (9/9)"). */
    private static final int AFTER_EVENT_WORDS = 10;

    private final TimeLexicon lexicon;
    private final TimeFinder finder;
    private final TimeResolver resolver;

    private TimeExtractor(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new TimeFinder(lexicon);
        this.resolver = new TimeResolver();
    }

    /** Loads and checks the lexicon files; throws a {@link WartaException} naming file and line if one is bad. */
    public static TimeExtractor fromResources() {
        return new TimeExtractor(TimeLexicon.fromResources());
    }

    /**
     * Every time expression among these tokens (one sentence, tokens from {@link org.warta.text.Tokenizer} over
     * {@code text}), in order, non-overlapping, longest match first. Linear in the number of tokens, deterministic,
     * and it never throws: null or inconsistent input gives fewer or no expressions.
     */
    public List<TimeExpression> find(String text, List<Token> tokens) {
        return finder.find(text, tokens);
    }

    /**
     * Whether the expression, found among these tokens, is only the end of a stretch that began before it
     * ("lawatan hingga 19 November"): a bound of what is told, not the time of one event in it.
     */
    public boolean isEndBound(TimeExpression expression, List<Token> tokens) {
        int first = Tokens.indexAt(tokens, expression.span().start());
        SentenceScan scan = new SentenceScan(lexicon, tokens);
        for (int i = Math.max(0, first - RANGE_WORDS); i < first; i++) {
            Phrases.Hit<String> range = lexicon.ranges.longest(scan.norms, i);
            if (range != null && range.end() == first) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression starts a stretch that runs on to the telling, told a few words after "sejak" in its
     * clause ("kunjungan pertamanya sejak resmi menjabat pada 1 Mei"): the date of another event, not of
     * what the sentence tells. A range is a bounded stretch, not one running on.
     */
    public boolean isSinceStart(TimeExpression expression, List<Token> tokens) {
        return !(expression.form() instanceof TimeForm.Range) && sinceBefore(expression, tokens) >= 0;
    }

    /**
     * Whether the expression starts a stretch since another event told between ("sejak dilantik 24 Agustus"), not
     * since the day itself ("berada di Osaka sejak Senin (1/4)", a day of the story).
     */
    public boolean isSinceAnotherEvent(TimeExpression expression, List<Token> tokens) {
        int since = sinceBefore(expression, tokens);
        return !(expression.form() instanceof TimeForm.Range) && since >= 0
                && since < Tokens.indexAt(tokens, expression.span().start()) - 1;
    }

    /**
     * "bertolak pada Jumat (12/9) … setelah militer X menyerang kota itu (9/9)": a time a few words after a word
     * opening an earlier event, in its clause, past another time of the sentence, is that event's day.
     */
    public boolean isOfAnEarlierEvent(TimeExpression expression, List<Token> tokens, List<TimeExpression> found) {
        SentenceScan scan = new SentenceScan(lexicon, tokens);
        int first = Tokens.indexAt(tokens, expression.span().start());
        for (int i = first - 1; i >= Math.max(0, first - AFTER_EVENT_WORDS); i--) {
            if (lexicon.afterEventWords.wordAt(scan.norms, i)) {
                int word = tokens.get(i).start();
                return found.stream().anyMatch(o -> o.span().end() <= word);
            }
            if (",".equals(scan.norms[i])) {
                return false;
            }
        }
        return false;
    }

    /** Whether the expression is a range right after "sejak" ("berkunjung sejak Kamis hingga Senin"). */
    public boolean isSinceRange(TimeExpression expression, List<Token> tokens) {
        return expression.form() instanceof TimeForm.Range
                && sinceBefore(expression, tokens) == Tokens.indexAt(tokens, expression.span().start()) - 1;
    }

    /** The token index of a since-word at most {@link #SINCE_WORDS} words before the expression, no comma between. */
    private int sinceBefore(TimeExpression expression, List<Token> tokens) {
        SentenceScan scan = new SentenceScan(lexicon, tokens);
        int first = Tokens.indexAt(tokens, expression.span().start());
        for (int i = first - 1; i >= Math.max(0, first - SINCE_WORDS); i--) {
            if (lexicon.sinceWords.wordAt(scan.norms, i)) {
                return i;
            }
            if (",".equals(scan.norms[i])) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the expression sits in a relative clause that tells something already past, in a sentence that
     * speaks of a plan only after it: no plan before the clause or inside it up to the expression ("Budi yang
     * mendarat di Osaka hari Minggu kini dijadwalkan bertemu …": the Sunday just past).
     *
     * @param speaksOfPlan whether tokens hold a cue of something planned
     */
    public boolean pastInRelativeClause(TimeExpression expression, List<Token> tokens,
                                        Predicate<List<Token>> speaksOfPlan) {
        if (relativeBefore(expression, tokens) < 0) {
            return false;
        }
        int end = Tokens.indexAt(tokens, expression.span().end() - 1) + 1;
        return !speaksOfPlan.test(tokens.subList(0, end));
    }

    /** The token index of the nearest word before the expression that opens a relative clause ("yang"), or -1. */
    private int relativeBefore(TimeExpression expression, List<Token> tokens) {
        SentenceScan scan = new SentenceScan(lexicon, tokens);
        for (int i = Tokens.indexAt(tokens, expression.span().start()) - 1; i >= 0; i--) {
            if (lexicon.relatives.wordAt(scan.norms, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Resolves an expression. {@code anchor} is the article's publication date; when empty, every relative
     * expression stays unresolved (empty value, note saying why) while absolute ones like "24 Februari 2022"
     * still resolve. {@code tense} is the direction implied by the clause (PAST: the latest matching day or month
     * on or before the anchor; FUTURE: the earliest on or after; UNKNOWN: the nearest, ties to the past); words
     * inside the expression ("lalu", "depan", "mendatang", "tahun lalu") override it. {@code previous} is the
     * last day-precision time resolved earlier in the same article, for chained expressions ("keesokan harinya",
     * "pada hari yang sama", "pada hari terakhir"). A resolved value may carry a note too, e.g. when a weekday
     * contradicts the numeric date written with it (the date wins).
     */
    public TimeMention resolve(TimeExpression expression, Optional<LocalDate> anchor, Tense tense,
            Optional<TimeValue> previous) {
        return resolve(expression, anchor, tense, previous, Set.of());
    }

    /**
     * As {@link #resolve(TimeExpression, Optional, Tense, Optional)}, knowing the days the article writes with their
     * own weekday ("Selasa, 2 April"): a weekday one day off its date elsewhere ("Selasa (1/4)") is that day.
     */
    public TimeMention resolve(TimeExpression expression, Optional<LocalDate> anchor, Tense tense,
            Optional<TimeValue> previous, Set<LocalDate> weekdaysTold) {
        if (expression == null) {
            throw new WartaException("time expression to resolve must not be null");
        }
        return resolver.resolve(expression, anchor, tense, previous, weekdaysTold);
    }

    /** Whether the expression writes a date with its weekday, and the resolved day falls on that weekday. */
    public static boolean weekdayAgrees(TimeExpression expression, TimeMention resolved) {
        return expression.form() instanceof TimeForm.CalendarDate d && d.weekday().isPresent()
                && resolved.value().filter(v -> v.granularity() == Granularity.DAY && !v.isInterval()
                && v.coverStart().getDayOfWeek() == d.weekday().get()).isPresent();
    }
}
