package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.model.EntityRef;
import org.warta.model.Statement;

/**
 * A meeting a speaker recalls with "kita" to the one the speaker is meeting: "“Kita pernah bertemu di Bali,” kata
 * X" and "“… sejak pertemuan kita di Osaka,” kata X" are between X and the other side of the meeting the story has
 * just told X at. Only where the quotation names no one else and that meeting has exactly two sides. Stateless.
 */
final class SpeakerAndAddressee {
    /** "kita" stands at most this many words before a verb trigger. */
    private static final int WE_REACH = 4;

    private final MeetingLexicon lexicon;

    SpeakerAndAddressee(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param after  the actors after the trigger: none may be named
     * @param latest the meeting the story told last
     */
    Optional<List<EntityRef>> of(TriggerSite site, List<Actor> after, Optional<MeetingCandidate> latest) {
        Optional<EntityRef> speaker = site.quotedIn().map(Statement::speaker);
        if (speaker.isEmpty() || !after.isEmpty() || latest.isEmpty() || !saidWe(site)) {
            return Optional.empty();
        }
        List<EntityRef> sides = latest.get().participants();
        if (sides.size() != 2 || !sides.contains(speaker.get())) {
            return Optional.empty();
        }
        EntityRef other = sides.get(0).equals(speaker.get()) ? sides.get(1) : sides.get(0);
        return Optional.of(List.of(speaker.get(), other));
    }

    /** "kita" right after a noun trigger ("pertemuan kita"), or shortly before a verb one with no actor between. */
    private boolean saidWe(TriggerSite site) {
        int from = site.hit().from();
        int to = site.hit().to();
        if (site.trigger().pattern() == MeetingLexicon.Pattern.NOUN) {
            return to < site.tokens().size() && lexicon.is(site.token(to), MeetingWord.WE_BOTH);
        }
        if (site.trigger().pattern() != MeetingLexicon.Pattern.SYMMETRIC) {
            return false;
        }
        for (int i = from - 1; i >= Math.max(site.clause().from(), from - WE_REACH); i--) {
            int at = i;
            if (site.actors().stream().anyMatch(a -> a.from() <= at && at < a.to())) {
                return false;
            }
            if (lexicon.is(site.token(i), MeetingWord.WE_BOTH)) {
                int we = i;
                return site.actors().stream().noneMatch(a -> a.from() > we && a.to() <= from);
            }
        }
        return false;
    }
}
