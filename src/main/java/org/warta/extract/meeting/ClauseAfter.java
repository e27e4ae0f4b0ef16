package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;

/**
 * What the clause after the trigger's adds to its meeting when a word opens it: the persons named after
 * "termasuk" are the object a general phrase stood for ("menerima sejumlah menteri, termasuk Menlu Ani"); the person
 * named alone after "lalu"/"kemudian" was met next, apart ("bertemu Ani, lalu Citra"). Stateless.
 */
final class ClauseAfter {
    private final MeetingLexicon lexicon;
    private final ActorGroups groups;
    private final ActorLists lists;

    ClauseAfter(MeetingLexicon lexicon, ActorGroups groups) {
        this.lexicon = lexicon;
        this.groups = groups;
        this.lists = new ActorLists(lexicon);
    }

    /**
     * The group right after the "termasuk" that opens the next clause, else right after a "seperti" in the trigger's
     * own clause; empty when there is none.
     */
    List<Actor> included(TriggerSite site) {
        List<Actor> inNext = next(site, MeetingWord.INCLUDING).map(next -> groups.after(
                new TriggerSite(site.sentence(), site.clauses(), next, site.hit(), site.actors(), site.times(),
                        site.quotedIn()), next.from() + 1)).orElse(List.of());
        if (!inNext.isEmpty()) {
            return inNext;
        }
        // "bertemu dengan sejumlah menteri seperti Menlu Ani": in the trigger's own clause
        for (int i = site.hit().to(); i < site.clause().to(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.INCLUDING)) {
                return groups.after(site, i + 1);
            }
        }
        return List.of();
    }

    /** The one person the next clause holds after its "lalu"/"kemudian", with only lead words between. */
    Optional<Actor> nextInTurn(TriggerSite site) {
        return next(site, MeetingWord.NEXT_IN_TURN).flatMap(next -> site.actors().stream()
                .filter(a -> a.from() > next.from() && a.to() <= next.to()).findFirst()
                .filter(a -> a.person() && lists.onlyLeadWords(site, next.from() + 1, a) && a.to() >= next.to() - 1));
    }

    /** The clause after the trigger's, when a word of the class opens it. */
    private Optional<Clauses.Clause> next(TriggerSite site, MeetingWord opener) {
        List<Clauses.Clause> clauses = site.clauses();
        int idx = clauses.indexOf(site.clause());
        if (idx + 1 >= clauses.size() || !lexicon.is(site.token(clauses.get(idx + 1).from()), opener)) {
            return Optional.empty();
        }
        return Optional.of(clauses.get(idx + 1));
    }
}
