package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;

/**
 * Who takes part in the meeting a trigger reports, by the trigger's pattern: both sides of "bertemu", host and
 * guest of "menjamu", the visitor and the visited states or host of "mengunjungi" (read by {@link VisitReading}), the
 * sides of "pertemuan (antara|dengan)", those brought together by "mempertemukan", and a summit's attendee, chair and
 * organization. Stateless.
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
    private final VisitReading visits;

    Participants(MeetingLexicon lexicon, ActorGroups groups, Subjects subjects, Places places) {
        this.lexicon = lexicon;
        this.groups = groups;
        this.subjects = subjects;
        this.visits = new VisitReading(lexicon, groups, subjects, places);
    }

    Outcome read(TriggerSite site, List<Actor> before, List<Actor> after, SentenceState state) {
        Optional<Outcome> visitedListed = visits.listedVisited(site, before, after);
        if (visitedListed.isPresent()) {
            return visitedListed.get();
        }
        return switch (site.trigger().pattern()) {
            case SYMMETRIC, HOST, GUEST -> twoSides(site, subjects.of(site, before, state, after), after);
            case VISIT -> visits.paidCall(site, after) ? noun(site, before, after, state)
                    : visits.read(site, before, after, state);
            case NOUN -> noun(site, before, after, state);
            case GATHER -> Outcome.of(entities(after), List.of());
            case ATTEND -> attend(site, before, state);
        };
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

    static Set<EntityRef> entities(List<Actor> actors) {
        Set<EntityRef> out = new LinkedHashSet<>();
        actors.forEach(a -> out.add(a.entity()));
        return out;
    }
}
