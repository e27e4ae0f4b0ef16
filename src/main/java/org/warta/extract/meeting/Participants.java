package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;

/**
 * Who takes part in the meeting a trigger reports, by the trigger's pattern: both sides of "bertemu", host and
 * guest of "menjamu", the visitor and the visited states or host of "mengunjungi", the sides of "pertemuan
 * (antara|dengan)", those brought together by "mempertemukan", and a summit's attendee, chair and organization.
 * Stateless.
 */
final class Participants {
    /** Who takes part, which states a visit goes to (one meeting each), and the visit's place if found. */
    record Reading(List<EntityRef> participants, List<EntityRef> visited, Optional<EntityRef> place) {
        Reading {
            participants = List.copyOf(participants);
            visited = List.copyOf(visited);
        }
    }

    /** The reading, or none when the trigger reports no meeting; and the subject found on the way. */
    record Outcome(Optional<Reading> reading, List<Actor> subject) {
        static Outcome of(Set<EntityRef> participants, List<Actor> subject) {
            return new Outcome(Optional.of(new Reading(new ArrayList<>(participants), List.of(), Optional.empty())),
                    subject);
        }

        static Outcome none(List<Actor> subject) {
            return new Outcome(Optional.empty(), subject);
        }
    }

    private final MeetingLexicon lexicon;
    private final ActorGroups groups;
    private final Subjects subjects;
    private final Places places;

    Participants(MeetingLexicon lexicon, ActorGroups groups, Subjects subjects, Places places) {
        this.lexicon = lexicon;
        this.groups = groups;
        this.subjects = subjects;
        this.places = places;
    }

    Outcome read(TriggerSite site, List<Actor> before, List<Actor> after, SentenceState state) {
        Optional<Outcome> visitedListed = visitedListed(site, before, after);
        if (visitedListed.isPresent()) {
            return visitedListed.get();
        }
        return switch (site.trigger().pattern()) {
            case SYMMETRIC, HOST, GUEST -> twoSides(site, subjects.of(site, before, state, after), after);
            case VISIT -> visit(site, before, after, state);
            case NOUN -> noun(site, before, after, state);
            case GATHER -> Outcome.of(entities(after), List.of());
            case ATTEND -> attend(site, before, state);
        };
    }

    /**
     * "Negara yang akan dikunjungi (Paus) adalah A, B dan C": a passive visit word with no actor before it, then a
     * list of states: each is visited by the agent named after the word, else by the subject the story carries over.
     */
    private Optional<Outcome> visitedListed(TriggerSite site, List<Actor> before, List<Actor> after) {
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
        return Optional.of(new Outcome(Optional.of(new Reading(new ArrayList<>(entities(visitor)), visited,
                Optional.empty())), visitor));
    }

    private Outcome twoSides(TriggerSite site, List<Actor> subject, List<Actor> object) {
        MeetingLexicon.Pattern pattern = site.trigger().pattern();
        if (pattern == MeetingLexicon.Pattern.GUEST && !object.isEmpty()) {
            List<Actor> hosts = foreignWelcomers(site, subject, object);
            if (hosts.isEmpty()) {
                return Outcome.none(subject);
            }
            object = hosts;
        } else if (pattern == MeetingLexicon.Pattern.HOST && !subject.isEmpty() && !object.isEmpty()) {
            List<Actor> hosts = foreignWelcomers(site, object, subject);
            if (hosts.isEmpty()) {
                return Outcome.none(subject);
            }
            subject = hosts;
        } else if (pattern == MeetingLexicon.Pattern.SYMMETRIC && object.isEmpty() && subject.size() == 1) {
            object = otherOfMainClause(site, subject.get(0)); // "A dipuji B saat berbicara melalui telepon"
        }
        // "Keduanya berbincang …": a group meets among itself only where the verb is symmetric; hosts need a guest
        // ("Budi dan istrinya menyambut …" welcome someone, not each other)
        boolean together = subject.size() >= 2 && object.isEmpty()
                && site.trigger().pattern() != MeetingLexicon.Pattern.NOUN;
        boolean oneSided = object.isEmpty() && (site.trigger().pattern() == MeetingLexicon.Pattern.HOST
                || site.trigger().pattern() == MeetingLexicon.Pattern.GUEST);
        // "… akan menelepon Ani dan Citra" with its subject not found: those called did not call each other
        boolean objectsOnly = subject.isEmpty() && object.size() >= 2;
        // "Budi dan Ani bertemu dengan Menlu Atlantis": with the object not read, the subjects did not meet each other
        boolean sideOnly = object.isEmpty() && subject.size() >= 2 && unreadObject(site);
        if (oneSided || objectsOnly || sideOnly
                || site.trigger().weak() && !together && (subject.isEmpty() || object.isEmpty())) {
            return Outcome.none(subject);
        }
        Set<EntityRef> p = entities(subject);
        p.addAll(entities(object));
        return Outcome.of(p, subject);
    }

    /**
     * "Budi dan Ani bertemu dengan Menlu Atlantis": a capitalized word right after the trigger (past the words that
     * may lead to its object) that is no time is an object not read as an actor, so the subjects met it, not each
     * other; so is a group no one names ("bertemu dengan para pengusaha").
     */
    private boolean unreadObject(TriggerSite site) {
        int i = site.hit().to();
        while (i < site.tokens().size() && lexicon.is(site.token(i), MeetingWord.OBJECT_LEAD)) {
            if (lexicon.is(site.token(i), MeetingWord.PLURAL_SUBJECT)) {
                return true; // "para" leads to an object, one no one names
            }
            i++;
        }
        if (i < site.tokens().size() && lexicon.is(site.token(i), MeetingWord.PLURAL_SUBJECT)) {
            return true;
        }
        if (i >= site.tokens().size() || !site.token(i).isCapitalized()) {
            return false;
        }
        int at = site.token(i).start();
        return site.times().found().stream().noneMatch(e -> e.span().start() <= at && at < e.span().end());
    }

    /**
     * "A mendapat pujian dari B saat berbicara melalui telepon": a symmetric trigger right after the word opening a
     * subordinate clause, with no object of its own, is between the two persons of the clause before: the one that
     * is not the subject; none when that clause names other than two.
     */
    private List<Actor> otherOfMainClause(TriggerSite site, Actor subject) {
        int from = site.clause().from();
        if (from == 0 || site.hit().from() - from > 1 || !lexicon.is(site.token(from), MeetingWord.SUBORDINATE)) {
            return List.of();
        }
        List<Actor> persons = site.actors().stream().filter(a -> a.person() && a.to() <= from).toList();
        Set<EntityRef> distinct = new LinkedHashSet<>();
        persons.forEach(a -> distinct.add(a.entity()));
        if (distinct.size() != 2 || !distinct.contains(subject.entity())) {
            return List.of();
        }
        return persons.stream().filter(a -> !a.entity().equals(subject.entity())).limit(1).toList();
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
     * The welcomers who are a side of the meeting. At a welcome by a guest's compatriots (a president home from a
     * trip, met by his ministers) only those of another state are: once a welcomer shares the guests' one state,
     * the others of no known state are taken for compatriots too. A compatriot titled as an envoy is posted abroad
     * and hosts the guest there ("disambut Duta Besar RI untuk Jepang"). Other triggers keep every welcomer.
     */
    private List<Actor> foreignWelcomers(TriggerSite site, List<Actor> guests, List<Actor> welcomers) {
        if (!lexicon.is(site.tokens().get(site.hit().from()), MeetingWord.WELCOME)) {
            return welcomers;
        }
        ArticleEntities entities = site.sentence().entities();
        Set<EntityRef> home = new HashSet<>();
        guests.forEach(g -> entities.stateOf(g.entity()).ifPresent(home::add));
        // guests of two states ("keduanya" read as host and guest) are no party coming home
        if (home.size() != 1
                || welcomers.stream().noneMatch(w -> entities.stateOf(w.entity()).filter(home::contains).isPresent())) {
            return welcomers;
        }
        return welcomers.stream().filter(w -> entities.stateOf(w.entity()).filter(st -> !home.contains(st)).isPresent()
                || lexicon.titled(entities, w.entity(), MeetingWord.ENVOY)).toList();
    }

    private Outcome noun(TriggerSite site, List<Actor> before, List<Actor> after, SentenceState state) {
        Optional<List<Actor>> between = groups.between(site);
        if (between.isPresent()) {
            return Outcome.of(entities(between.get()), List.of());
        }
        List<Actor> theirs = after.isEmpty() ? groups.theirs(site) : List.of();
        if (!theirs.isEmpty()) {
            return Outcome.of(entities(theirs), List.of()); // "sejak pertemuan mereka di Bali"
        }
        if (after.size() >= 2 && !groups.introduced(site, after)) {
            return Outcome.of(entities(after), List.of()); // "pertemuan Presiden X dan Presiden Y di …"
        }
        if (after.size() == 1 && !groups.introduced(site, after)) {
            List<Actor> other = groups.afterMarkerPast(site, after.get(0));
            if (!other.isEmpty()) {
                Set<EntityRef> p = entities(after); // "Pertemuan Budi dengan Ani …"
                p.addAll(entities(other));
                return Outcome.of(p, after);
            }
        }
        List<Actor> object = subjects.objectInPhrase(site, groups.introduced(site, after) ? after
                : groups.afterMarker(site));
        return twoSides(site, subjects.of(site, before, state, object), object);
    }

    private Outcome attend(TriggerSite site, List<Actor> before, SentenceState state) {
        Optional<Actor> summit = groups.summitAfter(site, site.clause(), site.hit().to());
        if (summit.isEmpty()) {
            return Outcome.none(List.of());
        }
        List<Actor> subject = subjects.of(site, before, state);
        Set<EntityRef> p = entities(subject);
        groups.chair(site, summit.get().to()).ifPresent(c -> p.add(c.entity()));
        p.add(summit.get().entity());
        return Outcome.of(p, subject);
    }

    /**
     * "X mengunjungi Moskow": X and the visited state, or the host when a person is named after ("kunjungan ke
     * Beijing untuk bertemu Xi" is read at "bertemu"); "kunjungan Wang ke Moskow" names the visitor after the noun.
     */
    private Outcome visit(TriggerSite site, List<Actor> before, List<Actor> after, SentenceState state) {
        if (toldInRelative(site, after)) {
            return Outcome.none(List.of()); // "kunjungan Presiden X yang akan menyambangi Jepang": read at the verb
        }
        if (subjects.nationalsBeforeRelative(site)) {
            return Outcome.none(List.of()); // "X menuturkan, dua juta warga Y yang berkunjung ke Z …": no one's visit
        }
        if (groups.objectFrom(site) > site.hit().to() && after.size() == 1
                && !groups.afterMarkerPast(site, after.get(0)).isEmpty()) {
            // "kunjungan kehormatan dilakukan Budi dengan Menlu X": a call Budi paid on X, read as "pertemuan … dengan"
            return noun(site, before, after, state);
        }
        List<Actor> visitor = before;
        List<Actor> subject = List.of();
        int targetFrom = site.hit().to();
        int afterVisitor = after.isEmpty() ? -1 : pastEntourage(site, pastShortForm(site, Actor.last(after).to()));
        List<Actor> named = after;
        if (postposedVisitor(site, after)) {
            visitor = after.subList(0, 1); // "pekan depan akan berkunjung Presiden X ke Jakarta": X visits
            subject = visitor;
            targetFrom = visitor.get(0).to();
            named = after.subList(1, after.size());
        } else if (site.noun() && !after.isEmpty() && after.stream().allMatch(Actor::person)
                && destinationAt(site, afterVisitor)) {
            visitor = after;
            subject = after; // "Kedatangan Budi ke Jepang …, disambut oleh …": the visitor is the sentence's subject
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
        Set<EntityRef> p = entities(visitor);
        List<Actor> target = hostsListed(groups.after(site, targetFrom), site, named);
        if (target.stream().anyMatch(Actor::person)) {
            p.addAll(entities(target.stream().filter(Actor::person).toList()));
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
        for (int i = site.hit().to(); i < a.from(); i++) {
            if (!site.token(i).isCapitalized()) {
                return false;
            }
        }
        return a.from() >= site.hit().to();
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
        return false;
    }

    private static Set<EntityRef> entities(List<Actor> actors) {
        Set<EntityRef> out = new LinkedHashSet<>();
        actors.forEach(a -> out.add(a.entity()));
        return out;
    }
}
