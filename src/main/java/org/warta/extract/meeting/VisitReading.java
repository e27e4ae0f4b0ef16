package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.meeting.Participants.Outcome;
import org.warta.extract.meeting.Participants.Reading;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.text.Tokens;

/**
 * Who takes part in a visit: the visitor (before the word, after a visit noun, or told after the verb), the
 * states visited (one meeting each) or the host named after them, and the place. The entourage, a short form in
 * brackets and a stopover are passed over; a trip to a named summit, a visit home or to nowhere named is none.
 * Stateless.
 */
final class VisitReading {
    private final MeetingLexicon lexicon;
    private final ActorGroups groups;
    private final Subjects subjects;
    private final Places places;

    VisitReading(MeetingLexicon lexicon, ActorGroups groups, Subjects subjects, Places places) {
        this.lexicon = lexicon;
        this.groups = groups;
        this.subjects = subjects;
        this.places = places;
    }

    /**
     * "Negara yang akan dikunjungi (Paus) adalah A, B dan C": a passive visit word with no actor before it, then a
     * list of states: each is visited by the agent named after the word, else by the subject the story carries over.
     */
    Optional<Outcome> listedVisited(TriggerSite site, List<Actor> before, List<Actor> after) {
        if (site.trigger().pattern() != MeetingLexicon.Pattern.GUEST || !site.trigger().moves()
                || before.stream().anyMatch(a -> a.from() >= site.clause().from())) {
            return Optional.empty();
        }
        Clauses.Clause list = new Clauses.Clause(site.clause().from(), groups.listEnd(site));
        List<EntityRef> visited = places.visitedStates(site.sentence(), list, site.hit().to());
        if (visited.size() < 2) {
            return Optional.empty();
        }
        List<Actor> agent = after.stream().limit(1).filter(a -> a.person() && titledRightAfter(site, a)).toList();
        List<Actor> visitor = agent.isEmpty() ? subjects.carriedOver(site).map(List::of).orElse(List.of()) : agent;
        if (visitor.isEmpty()) {
            return Optional.empty();
        }
        Reading reading = new Reading(new ArrayList<>(Participants.entities(visitor)), visited, Optional.empty());
        return Optional.of(new Outcome(Optional.of(reading), visitor));
    }

    /**
     * Whether the persons after a visit noun are followed by a relative clause telling the visit with a trigger of
     * its own: "kunjungan Presiden X yang akan menyambangi …".
     */
    private boolean toldInRelative(TriggerSite site, List<Actor> after) {
        // persons named in another sentence (a list revealed after the trigger's) have no place in this one
        int at = after.isEmpty() || Actor.last(after).outside() ? site.tokens().size() : Actor.last(after).to();
        if (!after.stream().allMatch(Actor::person) || at >= site.tokens().size()
                || !lexicon.is(site.token(at), MeetingWord.RELATIVE)) {
            return false;
        }
        int to = Math.min(site.tokens().size(), at + 1 + Subjects.RELATIVE_REACH);
        return lexicon.triggers().findAll(site.tokens(), at + 1, to).stream()
                .anyMatch(h -> h.value().pattern() == MeetingLexicon.Pattern.VISIT);
    }

    /**
     * "kunjungan kehormatan dilakukan Budi dengan Menlu X": a call Budi paid on X, to be read as "pertemuan …
     * dengan", unless {@link #read} tells no one's visit first.
     */
    boolean paidCall(TriggerSite site, List<Actor> after) {
        return !toldInRelative(site, after) && !subjects.nationalsBeforeRelative(site)
                && groups.objectFrom(site) > site.hit().to() && after.size() == 1
                && !groups.afterMarkerPast(site, after.get(0)).isEmpty();
    }

    /**
     * "X mengunjungi Moskow": X and the visited state, or the host when a person is named after ("kunjungan ke
     * Beijing untuk bertemu Xi" is read at "bertemu"); "kunjungan Wang ke Moskow" names the visitor after the noun.
     */
    Outcome read(TriggerSite site, List<Actor> before, List<Actor> after, SentenceState state) {
        if (toldInRelative(site, after)) {
            return Outcome.none(List.of()); // "kunjungan Presiden X yang akan menyambangi Jepang": read at the verb
        }
        if (subjects.nationalsBeforeRelative(site)) {
            return Outcome.none(List.of()); // "X menuturkan, dua juta warga Y yang berkunjung ke Z …": no one's visit
        }
        List<Actor> visitor = before;
        List<Actor> subject = List.of();
        int targetFrom = site.hit().to();
        int afterVisitor = after.isEmpty() ? -1
                : pastEntourage(site, pastCountAndPointer(site, pastShortForm(site, Actor.last(after).to())));
        List<Actor> named = after;
        if (postposedVisitor(site, after)) {
            visitor = after.subList(0, 1); // "pekan depan akan berkunjung Presiden X ke Jakarta": X visits
            subject = visitor;
            targetFrom = visitor.get(0).to();
            named = after.subList(1, after.size());
        } else if (site.noun() && !after.isEmpty() && after.stream().allMatch(Actor::person)
                && destinationAt(site, afterVisitor) && !destinationBefore(site, after.get(0))) {
            // "Kedatangan Budi ke Jepang …, disambut oleh …": the visitor is the sentence's subject
            visitor = after;
            subject = after;
            targetFrom = afterVisitor;
        } else if (site.noun() && (!before.isEmpty() || afterTimeWord(site)) && !after.isEmpty()
                && after.get(0).person() && titledRightAfter(site, after.get(0))
                && !destinationInClause(site, after.get(0).to()) && !pointsBack(site, after.get(0))) {
            // "X mengatakan, … dalam kunjungan Presiden Y": the person right after the noun is its visitor, not the
            // one X visited; with no destination the visit is to no state named (a visit pointed back to, "kunjungan
            // Y ini", is the one told before; "X menyambut baik kunjungan Y dan delegasi ke Z": X is Y's host)
            return Outcome.none(subject);
        } else if (visitor.isEmpty()) {
            Optional<Actor> possessor = groups.possessor(site);
            subject = possessor.isPresent() ? List.of() : subjects.of(site, List.of(), state);
            visitor = possessor.map(List::of).orElse(subject);
            if (visitor.isEmpty() && site.actors().stream().noneMatch(Actor::person)) {
                // "Penundaan kedatangan ke Indonesia …": the visitor is the subject the story carries over
                visitor = subjects.carriedOver(site).map(List::of).orElse(List.of());
            }
        }
        if (visitor.isEmpty() || toSummit(site)) {
            return Outcome.none(subject); // a trip to a country for a named summit is the summit, not a state visit
        }
        if (site.trigger().moves() && visitor.stream().noneMatch(Actor::person)) {
            return Outcome.none(subject); // "rudal negara A menuju negara B": only persons go and come
        }
        if (site.trigger().moves() && toStopover(site)) {
            return Outcome.none(subject); // "kembali menuju hotel di Manila": a movement inside the visit
        }
        Set<EntityRef> p = Participants.entities(visitor);
        List<Actor> target = hostsListed(groups.after(site, targetFrom), site, named);
        if (target.stream().anyMatch(Actor::person)) {
            p.addAll(Participants.entities(target.stream().filter(Actor::person).toList()));
            return Outcome.of(p, subject);
        }
        List<EntityRef> bodies = target.stream().filter(a -> visitedBody(site, a)).map(Actor::entity).toList();
        if (!bodies.isEmpty() && visitor.stream().anyMatch(Actor::person)) {
            p.addAll(bodies); // "mengunjungi Sekretariat ASEAN": a body visited where no one of it is named
            return Outcome.of(p, subject);
        }
        // "… ke Prancis, Jerman, dan Belanda": the list may go on past the clause the comma before "dan" ends
        Clauses.Clause list = new Clauses.Clause(site.clause().from(), groups.listEnd(site));
        List<EntityRef> visited = new ArrayList<>(site.noun() && !locativeAfter(site, targetFrom, list.to())
                ? List.of() : places.visitedStates(site.sentence(), list, targetFrom));
        target.stream().map(Actor::entity).filter(e -> e.type() == EntityType.STATE).forEach(visited::add);
        List<Actor> v = visitor;
        visited.removeIf(st -> v.stream().anyMatch(a -> site.sentence().entities().stateOf(a.entity())
                .map(st::equals).orElse(false)));
        if (visited.isEmpty()) {
            return Outcome.none(subject); // a visit home, or to nowhere named
        }
        Optional<EntityRef> place = places.after(site.sentence(), site.clause(), targetFrom);
        return new Outcome(Optional.of(new Reading(new ArrayList<>(p), visited, place)), subject);
    }

    /**
     * A person right after a visit verb that reaches its destination only past a locative: the visitor, told after
     * the verb ("akan berkunjung Presiden X"), not the one visited.
     */
    private boolean postposedVisitor(TriggerSite site, List<Actor> after) {
        return !site.noun() && !after.isEmpty() && after.get(0).person() && titledRightAfter(site, after.get(0))
                && lexicon.is(site.token(site.hit().to() - 1), MeetingWord.VIA_LOCATIVE);
    }

    /**
     * "DPR menilai lawatan Partai Buruh Inggris …": after a visit noun, a state reached with no locative word
     * ("ke", "di") is of the visitor, not where the visit goes.
     */
    private boolean locativeAfter(TriggerSite site, int from, int to) {
        return lexicon.hasWord(site.tokens(), from, to, MeetingWord.LOCATIVE);
    }

    /**
     * "X mengatakan … sebelum perjalanan Y …": a visit noun right after a word that opens an earlier or later event
     * dates what the main clause tells; the main clause's subject is no side of it.
     */
    private boolean afterTimeWord(TriggerSite site) {
        int at = site.hit().from() - 1;
        return at >= 0 && (lexicon.is(site.token(at), MeetingWord.EARLIER) || lexicon.is(site.token(at),
                MeetingWord.FOLLOWS));
    }

    /** A lodging or a room right after a verb of going, or after its "ke": "menuju hotel", "menuju Ruang Oval". */
    private boolean toStopover(TriggerSite site) {
        int at = site.hit().to();
        if (at < site.tokens().size() && lexicon.is(site.token(at), MeetingWord.LOCATIVE)) {
            at++;
        }
        return at < site.tokens().size() && lexicon.is(site.token(at), MeetingWord.STOPOVER);
    }

    /** The actor right after the trigger, or past capitalized title words only ("kunjungan Presiden X Budi"). */
    private static boolean titledRightAfter(TriggerSite site, Actor a) {
        return a.from() >= site.hit().to() && site.capitalizedOnly(site.hit().to(), a.from());
    }

    /** A destination word before a name ("ke Jepang") from token {@code from} to the end of the trigger's clause. */
    private boolean destinationInClause(TriggerSite site, int from) {
        for (int i = from; i + 1 < site.clause().to(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.DESTINATION) && site.token(i + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A demonstrative right after the actor: "kunjungan Budi ini". */
    private boolean pointsBack(TriggerSite site, Actor a) {
        return a.to() < site.tokens().size() && lexicon.is(site.token(a.to()), MeetingWord.DEMONSTRATIVE);
    }

    /**
     * A body as the place a visit goes to, right after a visit verb ("mengunjungi Sekretariat ASEAN"); a body right
     * after a visit noun is its visitor ("kunjungan Pemprov X ke …").
     */
    private static boolean visitedBody(TriggerSite site, Actor a) {
        return a.entity().type() == EntityType.ORGANIZATION && !site.noun() && a.from() == site.hit().to();
    }

    /** After a visit verb, the hosts listed where none follows it ("mengunjungi beberapa pejabat, seperti A, B"). */
    private static List<Actor> hostsListed(List<Actor> target, TriggerSite site, List<Actor> after) {
        boolean listed = target.isEmpty() && !site.noun() && !after.isEmpty()
                && after.stream().allMatch(a -> a.person() && !a.outside());
        return listed ? after : target;
    }

    /** "lawatan Ratu Ani Lestari (RAL) ke Jepang": past a short form in brackets right after a name; else {@code i}. */
    private static int pastShortForm(TriggerSite site, int i) {
        boolean bracketed = i >= 0 && i + 2 < site.tokens().size() && site.token(i).text().equals("(")
                && site.token(i + 1).isWord() && site.token(i + 2).text().equals(")");
        return bracketed ? i + 3 : i;
    }

    /**
     * "kunjungan Presiden Peru ke-60 tersebut ke Bogor": past a count after the visitor's office and a
     * demonstrative pointing back to the holder told of before; {@code i} when neither stands there.
     */
    private int pastCountAndPointer(TriggerSite site, int i) {
        int at = Tokens.writtenOrdinalEnd(site.tokens(), i);
        return at >= 0 && at < site.tokens().size() && lexicon.is(site.token(at), MeetingWord.DEMONSTRATIVE) ? at + 1
                : at;
    }

    /**
     * "kedatangan Presiden X dan rombongan (terbatas) di Kabul": past an entourage told of by a word, joined to the
     * visitor just named; {@code i} when none is.
     */
    private int pastEntourage(TriggerSite site, int i) {
        int n = site.tokens().size();
        if (i < 0 || i + 1 >= n || !(lexicon.is(site.token(i), MeetingWord.CONNECTOR)
                || lexicon.is(site.token(i), MeetingWord.COMPANION_LINK))
                || !lexicon.is(site.token(i + 1), MeetingWord.ENTOURAGE)) {
            return i;
        }
        int next = i + 2;
        boolean modifier = next < n && site.token(next).isWord() && !site.token(next).isCapitalized()
                && !lexicon.is(site.token(next), MeetingWord.DESTINATION) && !lexicon.is(site.token(next),
                MeetingWord.LOCATIVE);
        return modifier ? next + 1 : next;
    }

    /**
     * "melakukan kunjungan ke Menteri X Nama di Tokyo": a destination word between the visit noun and the person
     * makes the person the one visited, not the visitor.
     */
    private boolean destinationBefore(TriggerSite site, Actor a) {
        return lexicon.hasWord(site.tokens(), site.hit().to(), a.from(), MeetingWord.DESTINATION);
    }

    private boolean destinationAt(TriggerSite site, int i) {
        return i >= 0 && i < site.tokens().size() && lexicon.is(site.token(i), MeetingWord.DESTINATION);
    }

    /**
     * An attendance trigger with a named summit later in the clause: "ke Jakarta untuk menghadiri KTT ASEAN". The
     * summit's organization is looked up among the sentence's mentions: at the visit it is no actor.
     */
    private boolean toSummit(TriggerSite site) {
        for (PhraseTable.Hit<MeetingLexicon.Trigger> h
                : lexicon.triggers().findAll(site.tokens(), site.hit().to(), site.clause().to())) {
            if (h.value().pattern() == MeetingLexicon.Pattern.ATTEND
                    && groups.summitNamedAfter(site, site.clause(), h.to())) {
                return true;
            }
        }
        // "lawatan ke Jepang dalam rangka pertemuan tiga negara …": the trip is for that meeting, read at its noun
        for (int i = site.hit().to(); i + 1 < site.tokens().size(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.FOR_MEETING) && lexicon.triggers().longestAt(site.tokens(), i + 1)
                    .filter(h -> h.value().pattern() == MeetingLexicon.Pattern.NOUN).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
