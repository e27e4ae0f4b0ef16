package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;

/**
 * "Budi menelepon Ani pada 5 Mei. … Dua hari kemudian, mereka berbincang lagi lewat sambungan video":
 * a plural pronoun shortly before a trigger of two sides, with no one named between it and the trigger nor after
 * the trigger, stands for the sides of the meeting the story told last, when that meeting was told in this
 * sentence or the {@value #SENTENCES_BACK} before and its sides are persons. Outside a quotation only: there the
 * speaker's "mereka" is others the story has not named ({@link SpeakerAndAddressee} reads "kita"). Stateless.
 */
final class TheyAsSides {
    /** "mereka" stands at most this many words before the trigger. */
    private static final int THEY_REACH = 4;
    /** The meeting told last may lie at most this many sentences back. */
    private static final int SENTENCES_BACK = 2;

    private final MeetingLexicon lexicon;

    TheyAsSides(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param after  the actors after the trigger: none may be named
     * @param latest the meeting the story told last
     */
    Optional<List<EntityRef>> of(TriggerSite site, List<Actor> after, Optional<MeetingCandidate> latest) {
        MeetingLexicon.Pattern pattern = site.trigger().pattern();
        if (!after.isEmpty() || latest.isEmpty() || site.quotedIn().isPresent()
                || pattern != MeetingLexicon.Pattern.SYMMETRIC && pattern != MeetingLexicon.Pattern.NOUN) {
            return Optional.empty();
        }
        MeetingCandidate told = latest.get();
        boolean persons = told.participants().size() >= 2
                && told.participants().stream().allMatch(e -> e.type() == EntityType.PERSON);
        if (!persons || told.sentence() < site.sentence().index() - SENTENCES_BACK || !saidThey(site)) {
            return Optional.empty();
        }
        return Optional.of(told.participants());
    }

    /** The plural pronoun shortly before the trigger in its clause, no actor between them. */
    private boolean saidThey(TriggerSite site) {
        int from = site.hit().from();
        for (int i = from - 1; i >= Math.max(site.clause().from(), from - THEY_REACH); i--) {
            int at = i;
            if (site.actors().stream().anyMatch(a -> a.to() > at && a.from() < from)) {
                return false;
            }
            if (lexicon.is(site.token(i), MeetingWord.THEY)) {
                return true;
            }
        }
        return false;
    }
}
