package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;

/**
 * The candidates one trigger's reading gives: one per visited state, one per guest met apart ("pertemuan terpisah
 * dengan A dan B", guests of different states, a list after a general object), one per state of a bilateral with
 * one guest, the next one met in turn ("bertemu Ani, lalu Citra"), else the one meeting. Stateless.
 */
final class CandidateSplits {
    private final MeetingLexicon lexicon;
    private final Places places;
    private final ClauseAfter clauseAfter;

    CandidateSplits(MeetingLexicon lexicon, Places places, ClauseAfter clauseAfter) {
        this.lexicon = lexicon;
        this.places = places;
        this.clauseAfter = clauseAfter;
    }

    /**
     * @param listed whether the persons after the trigger are listed after a general object ("menerima dua tamu
     *               negara, yakni A dan B", "bertemu sejumlah menteri, yaitu A, B dan C"): each was met apart, when
     *               listed in the sentence itself (a list the next sentence reveals keeps them together)
     */
    List<MeetingCandidate> of(TriggerSite site, MeetingCandidate base, Participants.Reading reading,
                              List<Actor> after, boolean listed) {
        List<MeetingCandidate> out = new ArrayList<>();
        if (!reading.visited().isEmpty()) {
            for (EntityRef st : new LinkedHashSet<>(reading.visited())) {
                List<EntityRef> p = new ArrayList<>(reading.participants());
                p.add(st);
                Optional<EntityRef> at = reading.visited().size() == 1 ? base.place() : Optional.of(st);
                out.add(new MeetingCandidate(p, base.status(), base.virtual(), base.time(), at, base.evidence(),
                        base.sentence(), base.trigger(), base.cited(), true, base.bareVisit(), base.previous()));
            }
            return out;
        }
        boolean listedHere = listed && after.stream().allMatch(a -> a.person() && !a.outside());
        if ((separate(site) || eachApart(site, after) || listedHere) && after.size() >= 2
                && reading.participants().size() > after.size()) {
            // "menggelar pertemuan terpisah dengan A dan B": the subject met each of them
            List<EntityRef> subject = reading.participants().stream()
                    .filter(e -> after.stream().noneMatch(a -> a.entity().equals(e))).toList();
            return eachMet(base, subject, after);
        }
        List<EntityRef> others = reading.participants().stream()
                .filter(e -> after.stream().noneMatch(a -> a.entity().equals(e))).toList();
        if (after.size() == 1 && others.size() >= 2 && bilateral(site) && distinctStates(site, others)) {
            // "Jepang dan Rusia akan menggelar pertemuan bilateral dengan Presiden X": one meeting each
            for (EntityRef e : others) {
                out.add(base.withParticipants(List.of(e, after.get(0).entity())));
            }
            return out;
        }
        List<EntityRef> list = places.withHostState(site.sentence(), reading.participants(), base.place());
        if (list.size() < 2) {
            return out;
        }
        out.add(base.withParticipants(list));
        metNext(site, base, reading, after).ifPresent(out::add);
        return out;
    }

    /** "Budi bertemu Ani, lalu Citra": the subject met Citra next, apart. */
    private Optional<MeetingCandidate> metNext(TriggerSite site, MeetingCandidate base, Participants.Reading reading,
                                               List<Actor> after) {
        Optional<Actor> next = clauseAfter.nextInTurn(site);
        if (next.isEmpty() || after.isEmpty() || reading.participants().size() <= after.size()) {
            return Optional.empty();
        }
        List<EntityRef> p = new ArrayList<>(reading.participants().stream()
                .filter(e -> after.stream().noneMatch(a -> a.entity().equals(e))).toList());
        p.add(next.get().entity());
        Span evidence = base.evidence().withEnd(site.token(next.get().to() - 1).end());
        return Optional.of(new MeetingCandidate(p, base.status(), base.virtual(), base.time(), base.place(), evidence,
                base.sentence(), base.trigger(), base.cited(), false, false, base.previous()));
    }

    /** Whether the trigger's clause calls the meeting bilateral. */
    private boolean bilateral(TriggerSite site) {
        return lexicon.hasWord(site.tokens(), site.clause().from(), site.clause().to(), MeetingWord.BILATERAL);
    }

    /** Whether each entity is or belongs to a state of its own, none shared. */
    private static boolean distinctStates(TriggerSite site, List<EntityRef> entities) {
        List<Optional<EntityRef>> states = entities.stream()
                .map(e -> site.sentence().entities().stateOf(e)).toList();
        return states.stream().allMatch(Optional::isPresent)
                && states.stream().map(Optional::get).distinct().count() == states.size();
    }

    /**
     * Several guests met one by one: a "bilateral" meeting with a list ("pertemuan bilateral dengan Presiden Xi, PM
     * Li dan Ketua Zhao"), or a list of guests from different states ("bertemu dengan Presiden RI … dan Presiden
     * Israel …"), or the hosts a visitor calls on ("mengunjungi Ketua A serta Ketua B") — unless the clause says
     * they met together ("trilateral", "tiga negara", "ketiganya"). Welcomers welcome together, whatever their
     * states ("disambut oleh Menlu X dan Duta Besar RI untuk X").
     */
    private boolean eachApart(TriggerSite site, List<Actor> after) {
        for (int i = site.clause().from(); i < site.clause().to(); i++) {
            // "empat pertemuan bilateral": a number right before a meeting noun counts the meetings, not the sides,
            // at the trigger or at another noun of its clause ("lima pertemuan yang meliputi tiga pertemuan …")
            boolean counting = site.noun() && i == site.hit().from() - 1
                    || i + 1 < site.clause().to() && lexicon.namesMeeting(site.token(i + 1));
            if (!counting && lexicon.is(site.token(i), MeetingWord.JOINT)) {
                return false;
            }
        }
        boolean visit = site.trigger().pattern() == MeetingLexicon.Pattern.VISIT;
        List<EntityRef> persons = after.stream().map(Actor::entity).toList();
        return bilateral(site) || after.stream().allMatch(Actor::person) && (visit
                || !welcome(site) && (distinctStates(site, persons) || hostsOfOneState(site, persons)))
                || officesOfStates(site, after) || !welcome(site) && bodyAndPerson(after);
    }

    /**
     * "akan diterima DPD RI dan Presiden X": a body and a person received the guest, each in a meeting of its own
     * (a body's reception and a leader's are told in one list, as a schedule lists them).
     */
    private static boolean bodyAndPerson(List<Actor> after) {
        return after.size() >= 2 && after.stream().anyMatch(Actor::person)
                && after.stream().anyMatch(a -> a.entity().type() == EntityType.ORGANIZATION)
                && after.stream().allMatch(a -> a.person() || a.entity().type() == EntityType.ORGANIZATION);
    }

    /**
     * "Menlu Ani bertemu dengan PM X dan Jenderal Y" of another state: the leaders of the state a visitor calls on,
     * each met in a meeting of its own (a welcome they give is given together), when every one of them is known to
     * be of that state and the subject of another, and they are no couple.
     */
    private static boolean hostsOfOneState(TriggerSite site, List<EntityRef> hosts) {
        List<Optional<EntityRef>> states = hosts.stream().map(e -> site.sentence().entities().stateOf(e)).toList();
        if (hosts.size() < 2 || !states.stream().allMatch(Optional::isPresent)
                || states.stream().map(Optional::get).distinct().count() != 1 || oneFamily(hosts)) {
            return false;
        }
        EntityRef host = states.get(0).get();
        return site.actors().stream().filter(a -> a.to() <= site.hit().from()).map(a -> site.sentence().entities()
                .stateOf(a.entity())).anyMatch(st -> st.isPresent() && !st.get().equals(host));
    }

    /** "disambut oleh Presiden X dan Menlu Y": a welcome is given together. */
    private boolean welcome(TriggerSite site) {
        return lexicon.is(site.token(site.hit().from()), MeetingWord.WELCOME);
    }

    /** "Presiden Budi Santoso dan Ibu Ani Santoso": hosts of one family name are a couple, met together. */
    private static boolean oneFamily(List<EntityRef> hosts) {
        List<String> last = hosts.stream().map(e -> e.name().substring(e.name().lastIndexOf(' ') + 1)).toList();
        return last.stream().distinct().count() < last.size();
    }

    /**
     * "menelepon menteri perdagangan A, B dan C", "Menteri Luar Negeri A, B dan C" (an office no one here holds),
     * "berbicara dengan mitra-mitranya di A, B dan C": states standing for office holders or counterparts, met apart.
     */
    private boolean officesOfStates(TriggerSite site, List<Actor> after) {
        if (after.size() < 2 || !after.stream().allMatch(a -> a.entity().type() == EntityType.STATE
                || a.mention().officeStandIn())) {
            return false; // "Sekjen OKI, Menlu A dan Menlu B": a body's office among them too
        }
        // the first of them is told with the office ("menteri perdagangan A"): a role no one named holds
        int first = after.get(0).from();
        boolean counterparts = lexicon.counterpartsBefore(site.tokens(), first);
        return !after.get(0).outside() && (site.token(first).isWord() && !site.token(first).isCapitalized()
                || counterparts || after.get(0).mention().officeStandIn());
    }

    /** "terpisah", "masing-masing" within two words before or three after the trigger. */
    private boolean separate(TriggerSite site) {
        // near the trigger ("pertemuan terpisah dengan A dan B"), or after its object in its clause ("menerima A dan
        // B secara terpisah")
        int end = Math.max(Math.min(site.tokens().size(), site.hit().to() + 3), site.clause().to());
        for (int i = Math.max(0, site.hit().from() - 2); i < end; i++) {
            if (lexicon.is(site.token(i), MeetingWord.SEPARATE)) {
                return true;
            }
        }
        return false;
    }

    /** One meeting of {@code side} with each of {@code each}, apart: the base with those participants. */
    static List<MeetingCandidate> eachMet(MeetingCandidate base, List<EntityRef> side, List<Actor> each) {
        List<MeetingCandidate> out = new ArrayList<>();
        for (Actor a : each) {
            List<EntityRef> p = new ArrayList<>(side);
            p.add(a.entity());
            out.add(base.withParticipants(p));
        }
        return out;
    }
}
