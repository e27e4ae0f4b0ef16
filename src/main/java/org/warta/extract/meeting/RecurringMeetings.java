package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;

/**
 * "Kami akan menggelar pertemuan tahunan pada Mei": a recurring meeting ({@link MeetingWord#PERIODIC} right after
 * its trigger) whose sides its clause does not name is held between the states of those read for it, not by the
 * persons who hold office now. Sides named in the clause keep their meeting ("Modi dan Putin menggelar KTT
 * tahunan …"). Stateless.
 */
final class RecurringMeetings {
    /** How far past the trigger the periodic word may stand: "pertemuan bilateral tahunan". */
    private static final int PERIODIC_REACH = 2;

    private final MeetingLexicon lexicon;

    RecurringMeetings(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Participants.Reading of(TriggerSite site, Participants.Reading reading) {
        int to = Math.min(site.clause().to(), site.hit().to() + PERIODIC_REACH);
        if (!lexicon.hasWord(site.tokens(), site.hit().to(), to, MeetingWord.PERIODIC)
                || reading.participants().stream().anyMatch(e -> namedInClause(site, e))) {
            return reading;
        }
        ArticleEntities entities = site.sentence().entities();
        List<Optional<EntityRef>> states = reading.participants().stream().map(entities::stateOf).toList();
        List<EntityRef> distinct = states.stream().flatMap(Optional::stream).distinct().toList();
        if (states.stream().anyMatch(Optional::isEmpty) || distinct.size() < 2) {
            return reading;
        }
        return new Participants.Reading(distinct, reading.visited(), reading.place());
    }

    private static boolean namedInClause(TriggerSite site, EntityRef e) {
        return site.actors().stream().anyMatch(a -> a.entity().equals(e) && site.clause().contains(a.from()));
    }
}
