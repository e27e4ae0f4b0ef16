package org.warta.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.warta.model.Granularity;
import org.warta.model.TextPart;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * The time stage of the pipeline: finds every time expression of an article and resolves it against the
 * publication date, sentence by sentence, in the direction the sentence points (forward when it speaks of a plan,
 * else back), each chained expression ("keesokan harinya") counting from the last day resolved before it.
 * Stateless; the article's chain lives in one call.
 */
public final class TimeNormalizer {
    /** The story's lead: its first body sentences. */
    private static final int LEAD_SENTENCES = 3;
    /** How many sentences after a lead sentence its day may be told. */
    private static final int LEAD_REACH = 2;
    /** A lead's day lies at most this many days before the publication date. */
    private static final int LEAD_DAYS = 7;
    /**
     * Told anywhere later in the story, the first day it gives is the lead's when it is the publication date or
     * the day before: news of the day.
     */
    private static final int NEWS_DAYS = 1;

    private final TimeExtractor times;
    private final Predicate<List<Token>> speaksOfPlan;

    /** @param speaksOfPlan whether a sentence's tokens hold a cue of something planned ("akan", "dijadwalkan") */
    public TimeNormalizer(TimeExtractor times, Predicate<List<Token>> speaksOfPlan) {
        this.times = times;
        this.speaksOfPlan = speaksOfPlan;
    }

    public ArticleTimes normalize(ArticleText text) {
        Optional<LocalDate> anchor = text.article().metadata().published();
        List<SentenceTimes> sentences = new ArrayList<>();
        List<TimeMention> mentions = new ArrayList<>();
        Optional<TimeMention> previousDay = Optional.empty();
        Optional<TimeMention> pastDay = Optional.empty();
        Optional<TimeMention> storyDay = Optional.empty();
        Optional<TimeMention> ahead = Optional.empty();
        Optional<TimeMention> lastTime = Optional.empty();
        TreeMap<Integer, TimeMention> ownDays = new TreeMap<>();
        Optional<TimeMention> captionDay = Optional.empty();
        List<List<TimeExpression>> all = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            all.add(times.find(text.text(), text.tokens(s)));
        }
        Set<LocalDate> weekdaysTold = weekdaysTold(all, anchor);
        for (int s = 0; s < text.sentences().size(); s++) {
            List<Token> tokens = text.tokens(s);
            List<TimeExpression> found = all.get(s);
            SentenceTimes here = new SentenceTimes(found, previousDay, pastDay, storyDay, ahead, lastTime,
                    Optional.empty(), ToldDays.of(times, tokens, found, anchor, storyDay.flatMap(TimeMention::value)),
                    weekdaysTold);
            sentences.add(here);
            boolean plan = speaksOfPlan.test(tokens);
            for (TimeExpression e : found) {
                boolean forward = plan && !times.pastInRelativeClause(e, tokens, speaksOfPlan);
                Tense tense = forward ? Tense.FUTURE : Tense.PAST;
                TimeMention m = times.resolve(e, here.anchorOf(e, anchor), tense,
                        SentenceTimes.chainedDay(previousDay, pastDay, ahead, tense, anchor), weekdaysTold);
                mentions.add(m);
                captionDay = captionDay.isPresent() ? captionDay : captionDay(text, s, m);
                if (!text.isBody(s) || m.value().isEmpty() || ToldDays.quoted(tokens, e)
                        || times.isSinceAnotherEvent(e, tokens) || times.isOfAnEarlierEvent(e, tokens, found)) {
                    // a caption's or headline's date is not the story's, nor one a speaker quotes, nor the day of
                    // another event a stretch runs on from ("sejak dilantik 24 Agustus") or told after the story's
                    // own ("… pada Jumat (12/9) setelah X menyerang Y (9/9)")
                    continue;
                }
                lastTime = Optional.of(m);
                boolean counted = e.form() instanceof TimeForm.FromPrevious;
                if (m.value().get().granularity() == Granularity.DAY) {
                    if (!counted) {
                        ownDays.putIfAbsent(s, m);
                    }
                    previousDay = Optional.of(m);
                    boolean past = anchor.isEmpty() || !m.value().get().coverStart().isAfter(anchor.get());
                    pastDay = past ? previousDay : pastDay;
                    // a span of days around the story's day ("Selasa (20/10). Pada pekan ini, …") leaves that day the
                    // day of what the story goes on to tell
                    storyDay = counted || around(m, storyDay) ? storyDay : previousDay;
                }
                // a plan told later without a time is not at the end of a stretch ("lawatan hingga 19 November");
                // with no time ahead told before, it is within the stretch from now to that end ("jadwal Presiden
                // padat hingga akhir Mei … akan menerima …")
                boolean endBound = times.isEndBound(e, tokens);
                if (!counted && anchor.isPresent() && m.value().get().coverStart().isAfter(anchor.get())
                        && !endBound) {
                    ahead = Optional.of(m);
                } else if (!counted && endBound && ahead.isEmpty() && anchor.isPresent()
                        && m.value().get().coverEnd().isAfter(anchor.get())) {
                    ahead = Optional.of(new TimeMention(m.span(), m.text(),
                            Optional.of(TimeValue.days(anchor.get(), m.value().get().coverEnd())),
                            "from the publication date to the end of the stretch"));
                }
            }
        }
        return new ArticleTimes(withLeadDays(text, sentences, ownDays, captionDay, anchor), mentions);
    }

    /**
     * The days the article writes with their own weekday, the two agreeing ("Selasa, 2 April 2024"), each read
     * against the publication date: where another date's weekday is one day off ("Selasa (1/4)"), they tell which
     * day is meant.
     */
    private Set<LocalDate> weekdaysTold(List<List<TimeExpression>> all, Optional<LocalDate> anchor) {
        Set<LocalDate> out = new HashSet<>();
        for (List<TimeExpression> found : all) {
            for (TimeExpression e : found) {
                if (e.form() instanceof TimeForm.CalendarDate) {
                    TimeMention m = times.resolve(e, anchor, Tense.PAST, Optional.empty());
                    if (TimeExtractor.weekdayAgrees(e, m)) {
                        out.add(m.value().get().coverStart());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The story's day for its sentences told before any day: in the lead, the first day a story gives of its own in
     * the next {@link #LEAD_REACH} sentences of the lead, when it is not after the publication date and at most
     * {@link #LEAD_DAYS} days before it (news tells what happened first and when in the sentence after); else, for
     * any such sentence, the first day the story gives later, when it is the publication date or the day before
     * (news of the day); else, on the same terms, the day of the story's photo its caption gives ("… di Istana
     * Bogor, 7 Mei 2018. FOTO/…").
     */
    private static List<SentenceTimes> withLeadDays(ArticleText text, List<SentenceTimes> sentences,
                                                    TreeMap<Integer, TimeMention> ownDays,
                                                    Optional<TimeMention> captionDay, Optional<LocalDate> anchor) {
        if (anchor.isEmpty()) {
            return sentences;
        }
        List<SentenceTimes> out = new ArrayList<>(sentences);
        List<Integer> body = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            if (text.isBody(s)) {
                body.add(s);
            }
        }
        List<Integer> lead = body.subList(0, Math.min(body.size(), LEAD_SENTENCES));
        for (int k = 0; k < body.size(); k++) {
            int s = body.get(k);
            if (sentences.get(s).previousDay().isPresent() || ownDays.containsKey(s)) {
                break; // the story has given its day by now
            }
            Optional<TimeMention> day = Optional.empty();
            for (int j = k + 1; j < Math.min(lead.size(), k + 1 + LEAD_REACH) && day.isEmpty(); j++) {
                day = Optional.ofNullable(ownDays.get(lead.get(j)));
            }
            LocalDate published = anchor.get();
            day = day.filter(d -> within(d, published, LEAD_DAYS))
                    .or(() -> ownDays.tailMap(s, false).values().stream().findFirst()
                            .filter(d -> within(d, published, NEWS_DAYS)))
                    .or(() -> captionDay.filter(d -> within(d, published, NEWS_DAYS)));
            out.set(s, sentences.get(s).withLeadDay(day));
        }
        return out;
    }

    /** Whether the time is a span of several days holding the story's day. */
    private static boolean around(TimeMention m, Optional<TimeMention> storyDay) {
        TimeValue v = m.value().orElseThrow();
        return !v.isOneDay() && storyDay.flatMap(TimeMention::value).filter(d -> d.isOneDay() && d.within(v))
                .isPresent();
    }

    /** A day a photo caption gives: the day of the story's photo. */
    private static Optional<TimeMention> captionDay(ArticleText text, int s, TimeMention m) {
        boolean oneDay = m.value().filter(TimeValue::isOneDay).isPresent();
        return oneDay && text.sentences().get(s).part() == TextPart.CAPTION ? Optional.of(m) : Optional.empty();
    }

    /** Whether the day lies on the publication date or at most {@code days} days before it. */
    private static boolean within(TimeMention day, LocalDate published, int days) {
        LocalDate d = day.value().get().coverStart();
        return !d.isAfter(published) && !d.isBefore(published.minusDays(days));
    }
}
