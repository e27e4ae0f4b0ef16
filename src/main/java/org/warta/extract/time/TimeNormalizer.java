package org.warta.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.warta.model.Granularity;
import org.warta.model.TimeMention;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * The time stage of the pipeline: finds every time expression of an article and resolves it against the
 * publication date, sentence by sentence, in the direction the sentence points (forward when it speaks of a plan,
 * else back), each chained expression ("keesokan harinya") counting from the last day resolved before it.
 * Stateless; the article's chain lives in one call.
 */
public final class TimeNormalizer {
    private final TimeExtractor times;
    private final Predicate<List<Token>> speaksOfPlan;

    /** @param speaksOfPlan whether a sentence's tokens hold a cue of something planned ("akan", "dijadwalkan") */
    public TimeNormalizer(TimeExtractor times, Predicate<List<Token>> speaksOfPlan) {
        this.times = times;
        this.speaksOfPlan = speaksOfPlan;
    }

    /**
     * The direction of an expression in a sentence that speaks of a plan: forward, unless it sits in a relative
     * clause with no plan of its own and the plan is told only after it ("Jokowi yang tiba di Beijing pada Senin
     * malam dijadwalkan bertemu …": the Monday just past).
     */
    private Tense tenseOf(TimeExpression e, List<Token> tokens) {
        int relative = times.relativeBefore(e, tokens);
        if (relative < 0) {
            return Tense.FUTURE;
        }
        int end = Tokens.indexAt(tokens, e.span().end() - 1) + 1;
        boolean planBefore = speaksOfPlan.test(tokens.subList(0, relative));
        boolean planInClause = end > relative && speaksOfPlan.test(tokens.subList(relative, end));
        return planBefore || planInClause ? Tense.FUTURE : Tense.PAST;
    }

    public ArticleTimes normalize(ArticleText text) {
        Optional<LocalDate> anchor = text.article().metadata().published();
        List<SentenceTimes> sentences = new ArrayList<>();
        List<TimeMention> mentions = new ArrayList<>();
        Optional<TimeMention> previousDay = Optional.empty();
        Optional<TimeMention> storyDay = Optional.empty();
        Optional<TimeMention> ahead = Optional.empty();
        Optional<TimeMention> lastTime = Optional.empty();
        for (int s = 0; s < text.sentences().size(); s++) {
            List<Token> tokens = text.tokens(s);
            List<TimeExpression> found = times.find(text.text(), tokens);
            sentences.add(new SentenceTimes(found, previousDay, storyDay, ahead, lastTime));
            boolean plan = speaksOfPlan.test(tokens);
            for (TimeExpression e : found) {
                TimeMention m = times.resolve(e, anchor, plan ? tenseOf(e, tokens) : Tense.PAST,
                        previousDay.flatMap(TimeMention::value));
                mentions.add(m);
                if (!text.isBody(s) || m.value().isEmpty()) {
                    continue; // a caption's or headline's date is not the story's
                }
                lastTime = Optional.of(m);
                boolean counted = e.form() instanceof TimeForm.FromPrevious;
                if (m.value().get().granularity() == Granularity.DAY) {
                    previousDay = Optional.of(m);
                    storyDay = counted ? storyDay : previousDay;
                }
                // a plan told later without a time is not at the end of a stretch ("lawatan hingga 19 November")
                if (!counted && anchor.isPresent() && m.value().get().coverStart().isAfter(anchor.get())
                        && !times.isEndBound(e, tokens)) {
                    ahead = Optional.of(m);
                }
            }
        }
        return new ArticleTimes(sentences, mentions);
    }
}
