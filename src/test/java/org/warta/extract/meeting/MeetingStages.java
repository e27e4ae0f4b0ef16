package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.extract.entity.ArticleEntities;
import org.warta.extract.time.SentenceTimes;
import org.warta.extract.time.TimeExtractor;
import org.warta.extract.time.TimeNormalizer;
import org.warta.model.EntityMention;
import org.warta.text.ArticleText;

/**
 * The shipped meeting lexicon, loaded once, the meeting stages over it, and the sites of triggers in test
 * sentences: a trigger given by the test (its words and pattern), the sentence's clauses, its actors (every
 * person, state and organization the hand-built entities give it) and its times.
 */
final class MeetingStages {
    static final MeetingLexicon LEXICON = MeetingLexicon.fromResources();
    static final Clauses CLAUSES = Clauses.fromResources();
    static final TimeExtractor TIMES = TimeExtractor.fromResources();
    static final TriggerFinder FINDER = new TriggerFinder(LEXICON);
    static final SentenceActors SENTENCE_ACTORS = new SentenceActors(LEXICON);
    static final ActorGroups GROUPS = new ActorGroups(LEXICON);
    static final Places PLACES = new Places(LEXICON);
    static final StatusReader STATUS = new StatusReader(LEXICON);
    static final Subjects SUBJECTS = new Subjects(LEXICON);
    static final Participants PARTICIPANTS = new Participants(LEXICON, GROUPS, SUBJECTS, PLACES);
    static final MeetingTimes MEETING_TIMES = new MeetingTimes(TIMES, STATUS, LEXICON);
    static final RuleOut RULE_OUT = new RuleOut(LEXICON);
    static final TriggerReader READER = new TriggerReader(LEXICON, GROUPS, PARTICIPANTS, STATUS, MEETING_TIMES,
            PLACES, FINDER);
    static final EarlierVisits EARLIER_VISITS = new EarlierVisits(LEXICON, PLACES, MEETING_TIMES);
    /** The time stage as the pipeline builds it: the story's days resolved sentence by sentence. */
    static final TimeNormalizer NORMALIZER = new TimeNormalizer(TIMES, LEXICON::speaksOfPlan);

    private MeetingStages() {
    }

    static MeetingLexicon.Trigger trigger(String phrase, MeetingLexicon.Pattern pattern) {
        return new MeetingLexicon.Trigger(phrase, pattern, false, false);
    }

    /** The site of a trigger of the pattern at the first occurrence of {@code written} in sentence {@code s}. */
    static TriggerSite site(ArticleText text, ArticleEntities entities, int s, String written,
                            MeetingLexicon.Pattern pattern) {
        return site(text, entities, s, written, trigger(written, pattern));
    }

    static TriggerSite site(ArticleText text, ArticleEntities entities, int s, String written,
                            MeetingLexicon.Trigger trigger) {
        SentenceContext sc = SentenceContext.of(text, entities, s);
        int from = Texts.indexOf(sc.tokens(), written);
        int to = from + Texts.tokens(written).size();
        return site(sc, new PhraseTable.Hit<>(from, to, trigger), actors(sc));
    }

    static TriggerSite site(SentenceContext sc, PhraseTable.Hit<MeetingLexicon.Trigger> hit, List<Actor> actors) {
        return site(sc, hit, actors, times(sc));
    }

    private static TriggerSite site(SentenceContext sc, PhraseTable.Hit<MeetingLexicon.Trigger> hit,
                                    List<Actor> actors, SentenceTimes times) {
        List<Clauses.Clause> clauses = CLAUSES.split(sc.tokens(), true);
        return new TriggerSite(sc, clauses, Clauses.of(clauses, hit.from()), hit, actors, times,
                Optional.empty(), List.of());
    }

    /**
     * The site as the extractor makes it: the lexicon's longest trigger at the first occurrence of {@code word} in
     * sentence {@code s}, and the actors {@link SentenceActors} gives (summit names only for attendance).
     */
    static TriggerSite lexiconSite(ArticleText text, ArticleEntities entities, int s, String word) {
        return lexiconSite(text, entities, s, word, false);
    }

    /**
     * {@link #lexiconSite(ArticleText, ArticleEntities, int, String)} with the sentence's times as the time stage
     * gives them in the article: the last day resolved in the sentences before it (the story's day) included.
     */
    static TriggerSite storySite(ArticleText text, ArticleEntities entities, int s, String word) {
        return lexiconSite(text, entities, s, word, true);
    }

    private static TriggerSite lexiconSite(ArticleText text, ArticleEntities entities, int s, String word,
                                           boolean story) {
        SentenceContext sc = SentenceContext.of(text, entities, s);
        int at = Texts.indexOf(sc.tokens(), word);
        PhraseTable.Hit<MeetingLexicon.Trigger> hit = LEXICON.triggers().longestAt(sc.tokens(), at)
                .orElseThrow(() -> new IllegalArgumentException("no trigger at '" + word + "'"));
        List<Actor> actors = SENTENCE_ACTORS.of(sc);
        if (hit.value().pattern() != MeetingLexicon.Pattern.ATTEND) {
            actors = actors.stream().filter(a -> !SENTENCE_ACTORS.isEventName(sc.tokens(), a)).toList();
        }
        return site(sc, hit, actors, story ? NORMALIZER.normalize(text).sentences().get(s) : times(sc));
    }

    /** Every actor the entities give the sentence, with its tokens. */
    static List<Actor> actors(SentenceContext s) {
        List<Actor> out = new ArrayList<>();
        for (EntityMention m : s.actors()) {
            out.add(new Actor(m, s.tokenAt(m.span().start()), s.tokenAt(m.span().end() - 1) + 1));
        }
        return out;
    }

    /** The time expressions of the sentence, none resolved before it. */
    static SentenceTimes times(SentenceContext s) {
        return new SentenceTimes(TIMES.find(s.text().text(), s.tokens()), Optional.empty());
    }
}
