package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.time.TimeExpression;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.text.Tokens;

/**
 * "Kunjungan X ke Jepang ini yang ketiga, setelah A pada 1970 dan B pada tahun 1989": the persons a visit is told to
 * come after, each with a time of its own, visited the same state then. Stateless.
 */
final class EarlierVisits {
    private final MeetingLexicon lexicon;
    private final Places places;
    private final MeetingTimes times;
    private final ActorLists lists;

    EarlierVisits(MeetingLexicon lexicon, Places places, MeetingTimes times) {
        this.lexicon = lexicon;
        this.lists = new ActorLists(lexicon);
        this.places = places;
        this.times = times;
    }

    /** The earlier visits told after the visit trigger of the site; empty for any other trigger. */
    List<MeetingCandidate> of(TriggerSite site) {
        if (site.trigger().pattern() != MeetingLexicon.Pattern.VISIT) {
            return List.of();
        }
        int to = site.hit().to();
        while (to < site.clause().to() && !lexicon.is(site.token(to), MeetingWord.DESTINATION)) {
            to++; // past the visitor of a visit noun: "kunjungan Budi ke Jepang"
        }
        List<EntityRef> visited = places.visitedStates(site.sentence(), site.clause(), site.noun() ? to
                : site.hit().to());
        int word = lexicon.firstWord(site.tokens(), site.hit().to(), site.tokens().size(), MeetingWord.COMES_AFTER);
        if (visited.size() != 1 || word < 0) {
            return List.of();
        }
        Optional<LocalDate> anchor = site.sentence().text().article().metadata().published();
        List<MeetingCandidate> out = new ArrayList<>();
        int lead = pastVisitNoun(site, word + 1);
        for (Actor a : site.actors()) {
            if (a.from() < lead) {
                continue;
            }
            Optional<TimeExpression> when = a.person() && lists.onlyLeadWords(site, lead, a)
                    ? ClauseAfter.timeAt(site, a.to()) : Optional.empty();
            if (when.isEmpty()) {
                break; // the list of earlier visitors, each with its time, ends here
            }
            TimeMention time = times.resolved(site, when.get(), MeetingStatus.OCCURRED, anchor);
            Span evidence = new Span(site.token(site.hit().from()).start(), when.get().span().end());
            out.add(new MeetingCandidate(List.of(a.entity(), visited.get(0)), MeetingStatus.OCCURRED, false,
                    Optional.of(time), Optional.of(visited.get(0)), evidence, site.sentence().index(),
                    site.sentence().textOf(site.hit().from(), site.hit().to()), Optional.empty(), true, false, true));
            int next = Tokens.indexAt(site.tokens(), when.get().span().end() - 1) + 1;
            next = next < site.tokens().size() && site.token(next).text().equals(",") ? next + 1 : next;
            lead = next < site.tokens().size() && site.token(next).isWord()
                    && lexicon.is(site.token(next), MeetingWord.CONNECTOR) ? next + 1 : next;
            lead = pastVisitNoun(site, lead); // "… pada 1970 dan kunjungan B pada 1989"
        }
        return out;
    }

    /** Past the visit noun at token {@code i}, if one stands there. */
    private int pastVisitNoun(TriggerSite site, int i) {
        return lexicon.triggers().longestAt(site.tokens(), i)
                .filter(h -> h.value().pattern() == MeetingLexicon.Pattern.VISIT && h.value().noun())
                .map(h -> h.to()).orElse(i);
    }
}
