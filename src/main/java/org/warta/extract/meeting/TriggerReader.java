package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.warta.extract.PhraseTable;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.text.Token;

/**
 * Reads the meeting one trigger reports: rules it out or admits it ({@link RuleOut}), finds who takes part
 * ({@link Participants}; the sides of the meeting told last for "kita" and "mereka": {@link SpeakerAndAddressee},
 * {@link TheyAsSides}), its status ({@link StatusReader}), time ({@link MeetingTimes}), place and cited source
 * ({@link Places}), and gives one candidate per meeting ({@link CandidateSplits}), a tour's states held or ahead by
 * where the story is now ({@link TourOrder}). Stateless.
 */
final class TriggerReader {
    /**
     * What a trigger gave: new candidates, the sentence state after it, a sharper latest candidate, and the sides of
     * a meeting it says was called off or only asked for.
     *
     * @param calledOff      the sides of a meeting the clause calls off
     * @param invited        the sides of a meeting the clause only asks for, proposes or wishes
     * @param callsOffLatest whether the clause points back to the meeting told last and calls it off ("…, namun
     *                       pertemuan itu batal"): that meeting is no meeting, whatever time it was given
     */
    record Outcome(List<MeetingCandidate> candidates, SentenceState state, Optional<MeetingCandidate> refinedLatest,
                   Optional<List<EntityRef>> calledOff, Optional<List<EntityRef>> invited, boolean callsOffLatest) {
        Outcome(List<MeetingCandidate> candidates, SentenceState state, Optional<MeetingCandidate> refinedLatest) {
            this(candidates, state, refinedLatest, Optional.empty(), Optional.empty(), false);
        }

        Outcome(List<MeetingCandidate> candidates, SentenceState state, Optional<MeetingCandidate> refinedLatest,
                Optional<List<EntityRef>> calledOff, Optional<List<EntityRef>> invited) {
            this(candidates, state, refinedLatest, calledOff, invited, false);
        }

        static Outcome nothing(SentenceState state) {
            return new Outcome(List.of(), state, Optional.empty());
        }
    }

    private final MeetingLexicon lexicon;
    private final RuleOut ruleOut;
    private final ActorGroups groups;
    private final ClauseAfter clauseAfter;
    private final Participants participants;
    private final StatusReader status;
    private final MeetingTimes times;
    private final Places places;
    private final TriggerFinder finder;
    private final SpeakerAndAddressee addressees;
    private final TheyAsSides they;
    private final TourOrder tour;
    private final CandidateSplits splits;
    private final RecurringMeetings recurring;

    TriggerReader(MeetingLexicon lexicon, ActorGroups groups, Participants participants, StatusReader status,
                  MeetingTimes times, Places places, TriggerFinder finder) {
        this.lexicon = lexicon;
        this.ruleOut = new RuleOut(lexicon);
        this.groups = groups;
        this.clauseAfter = new ClauseAfter(lexicon, groups);
        this.participants = participants;
        this.status = status;
        this.times = times;
        this.places = places;
        this.finder = finder;
        this.addressees = new SpeakerAndAddressee(lexicon);
        this.they = new TheyAsSides(lexicon);
        this.tour = new TourOrder();
        this.splits = new CandidateSplits(lexicon, places, clauseAfter);
        this.recurring = new RecurringMeetings(lexicon);
    }

    Outcome read(TriggerSite site, SentenceState state, Optional<MeetingCandidate> latest) {
        RuleOut.Admission admission = ruleOut.admit(site);
        if (admission.cancelled() && finder.pointsBack(site.tokens(), site.hit()) && latest.isPresent()
                && latest.get().sentence() >= site.sentence().index() - 1
                && latest.get().evidence().end() <= site.token(site.clause().from()).start()
                && sidesOf(site, state).map(p -> latest.get().participants().containsAll(p)).orElse(true)) {
            // "…, namun pertemuan itu batal", "Namun, kunjungan tersebut ditunda": the meeting told just before, in a
            // clause of its own ("menelepon X untuk menyampaikan penundaan kunjungan tersebut" tells of another)
            return new Outcome(List.of(), state, Optional.empty(), Optional.of(latest.get().participants()),
                    Optional.empty(), true);
        }
        if (admission.cancelled() || admission.invited()) {
            Optional<List<EntityRef>> sides = sidesOf(site, state);
            return admission.cancelled() ? new Outcome(List.of(), state, Optional.empty(), sides, Optional.empty())
                    : new Outcome(List.of(), state, Optional.empty(), Optional.empty(), sides);
        }
        if (!admission.admitted()) {
            return Outcome.nothing(state);
        }
        Optional<MeetingCandidate> chaired = latest.flatMap(l -> withChair(site, l));
        if (chaired.isPresent()) {
            return new Outcome(List.of(), state, chaired);
        }
        List<Actor> before = groups.before(site, state);
        boolean pointer = finder.pointsBack(site.tokens(), site.hit());
        // "Pembicaraan itu berlangsung jelang rencana pertemuan … dari tiga negara, yaitu A, B dan C": a meeting
        // pointed back to has none of the sides another meeting named after it has
        int nextTrigger = pointer ? nextTrigger(site) : site.tokens().size();
        List<Actor> after = groups.after(site, groups.objectFrom(site));
        if (after.isEmpty() && site.trigger().pattern() == MeetingLexicon.Pattern.SYMMETRIC) {
            after = groups.pastAdverbials(site); // "bertemu di Istana Merdeka dengan X"
        }
        if (after.isEmpty() && site.trigger().pattern() == MeetingLexicon.Pattern.GUEST) {
            after = groups.agentPastManner(site); // "disambut dengan upacara kenegaraan oleh X"
        }
        boolean listed = after.isEmpty();
        if (listed) {
            after = clauseAfter.included(site); // "menerima sejumlah menteri, termasuk Menlu Ani"
        }
        if (after.isEmpty()) {
            after = objectAsClitic(site, before).map(List::of).orElse(after); // "Biden yang meneleponnya"
        }
        // "Selain bertemu dengan para legislator, Presiden X kemudian …": the comma closes what is added to; the
        // name after it is the main clause's subject, no object in apposition
        int added = status.addedToEnd(site);
        after = after.stream().filter(a -> a.to() <= added).toList();
        boolean othersSides = after.stream().anyMatch(a -> a.to() > nextTrigger);
        after = after.stream().filter(a -> a.to() <= nextTrigger).toList();
        Span evidence = after.isEmpty() || after.get(0).from() < site.clause().to() ? evidence(site)
                : evidence(site).withEnd(site.token(Actor.last(after).to() - 1).end());
        Optional<LocalDate> anchor = site.sentence().text().article().metadata().published();
        if (visitNamedAgain(site, after, latest)) {
            // "… akan berkunjung ke Vietnam. Kunjungan kerja Budi diagendakan pada 3 Mei": the visit told
            // just before, more precisely
            return new Outcome(List.of(), state, latest.flatMap(l -> times.refine(site, l, anchor))
                    .map(r -> heldAsTold(site, r, anchor)));
        }
        if (arrivalOfTheVisit(site, before, after, latest)) {
            // "Kunjungan Presiden X ke Jepang … Rencananya Presiden X akan tiba pada 10 April": the visit told
            // before, its day and its plan
            return new Outcome(List.of(), state, latest.flatMap(l -> times.refine(site, l, anchor))
                    .map(r -> plannedAsTold(site, r, anchor)));
        }
        if (pointer && after.isEmpty()) {
            List<Actor> named = clauseAfter.namedAfterPointer(site).stream().filter(a -> a.to() <= nextTrigger)
                    .toList();
            if (named.isEmpty() && othersSides) {
                return Outcome.nothing(state); // what follows, its time too, is the other meeting's
            }
            if (named.isEmpty() || latest.map(l -> l.participants().containsAll(named.stream().map(Actor::entity)
                    .toList())).orElse(false)) {
                // "kunjungan itu akan berlangsung dari Senin hingga Rabu": the meeting told before, more precisely
                return new Outcome(List.of(), state, latest.flatMap(l -> times.refine(site, l, anchor))
                        .map(r -> heldAsTold(site, r, anchor)));
            }
            after = named; // "Dalam pertemuan itu, A dan B …": those named took part, told before or not
        }
        Participants.Outcome found = withSidesToldBefore(site, participants.read(site, before, after, state), after,
                latest);
        SentenceState next = state.withSubject(found.subject());
        if (found.reading().map(r -> r.participants().size() < 2).orElse(true)) {
            List<Actor> object = after;
            Optional<List<MeetingCandidate>> each = eachVisitorListed(site, admission, evidence, anchor)
                    .or(() -> eachNamedNext(site, admission, object, evidence, anchor));
            if (each.isPresent()) {
                return new Outcome(each.get(), next, Optional.empty());
            }
        }
        if (found.reading().isEmpty()) {
            return Outcome.nothing(next);
        }
        next = next.withObjects(after.stream().filter(a -> !found.subject().contains(a)).toList());
        Participants.Reading reading = recurring.of(site, found.reading().get());
        MeetingCandidate base = base(site, admission, reading, evidence, anchor);
        List<MeetingCandidate> candidates = new ArrayList<>(tour.ordered(splits.of(site, base, reading, after, listed),
                reading.visited(), site, latest, anchor));
        if (candidates.size() == 1 && after.size() == 1) {
            Actor object = after.get(0);
            clauseAfter.nextOnItsDay(site, object).map(n -> metOnItsDay(site, candidates.get(0), object, n, anchor))
                    .ifPresent(candidates::add);
        }
        return new Outcome(candidates, next, Optional.empty());
    }

    /** "bertemu Ani, Senin (1/4), dan Citra, Selasa (2/4)": the meeting with the next one, on the day told after. */
    private MeetingCandidate metOnItsDay(TriggerSite site, MeetingCandidate first, Actor object,
                                         ClauseAfter.MetOnItsDay n, Optional<LocalDate> anchor) {
        List<EntityRef> sides = new ArrayList<>(first.participants());
        sides.remove(object.entity());
        sides.add(n.next().entity());
        TimeMention time = times.resolved(site, n.time(), first.status(), anchor);
        Span evidence = first.evidence().withEnd(Math.max(first.evidence().end(), n.time().span().end()));
        return new MeetingCandidate(sides, dated(site, first.status(), Optional.of(time), anchor), first.virtual(),
                Optional.of(time), first.place(), evidence, first.sentence(), first.trigger(), first.cited(), false,
                false, first.previous());
    }

    /**
     * "Ada empat utusan asing yang bertemu X … Mereka adalah A, B dan C.": a subject told only as a group
     * right before the trigger's "yang", its members listed in the next sentence, each met the object apart.
     */
    private Optional<List<MeetingCandidate>> eachNamedNext(TriggerSite site, RuleOut.Admission admission,
                                                           List<Actor> object, Span evidence,
                                                           Optional<LocalDate> anchor) {
        if (!groupBefore(site, false) || object.isEmpty()
                || site.trigger().pattern() != MeetingLexicon.Pattern.SYMMETRIC) {
            return Optional.empty();
        }
        List<Actor> members = clauseAfter.listedNext(site);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<EntityRef> met = object.stream().map(Actor::entity).toList();
        MeetingCandidate base = base(site, admission, new Participants.Reading(met, List.of(), Optional.empty()),
                evidence, anchor);
        return Optional.of(CandidateSplits.eachMet(base, met, members));
    }

    /**
     * A subject told only as a group right before the trigger's "yang", a word (an aspect) between or none: "para
     * utusan yang bertemu …", "para pemimpin yang sudah berkunjung …".
     */
    private boolean groupBefore(TriggerSite site, boolean aspect) {
        int at = site.hit().from();
        return lexicon.relativeBefore(site.tokens(), at, aspect ? 2 : 1) > 0
                && site.actors().stream().noneMatch(a -> a.from() >= site.clause().from() && a.to() <= at);
    }

    /**
     * "Para pemimpin yang sudah berkunjung ke X di antaranya A beserta wakilnya, B, dan C": visitors told as a group,
     * listed past the place visited; each (with a companion joined to it) visited the place's state apart.
     */
    private Optional<List<MeetingCandidate>> eachVisitorListed(TriggerSite site, RuleOut.Admission admission,
                                                             Span evidence, Optional<LocalDate> anchor) {
        if (site.trigger().pattern() != MeetingLexicon.Pattern.VISIT || site.noun() || !groupBefore(site, true)) {
            return Optional.empty();
        }
        List<EntityRef> visited = places.visitedStates(site.sentence(), site.clause(), site.hit().to());
        List<List<Actor>> members = visited.size() == 1 ? clauseAfter.membersListed(site, site.hit().to())
                : List.of();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        MeetingCandidate base = base(site, admission, new Participants.Reading(visited, List.of(),
                places.after(site.sentence(), site.clause(), site.hit().to())), evidence, anchor);
        List<MeetingCandidate> out = new ArrayList<>();
        for (List<Actor> member : members) {
            List<EntityRef> sides = new ArrayList<>(member.stream().map(Actor::entity).toList());
            sides.add(visited.get(0));
            Actor last = Actor.last(member);
            MeetingCandidate each = base.withParticipants(sides);
            out.add(last.outside() ? each : each.withEvidence(evidence.withEnd(site.token(last.to() - 1).end())));
        }
        return Optional.of(out);
    }

    /**
     * A visit noun with its visitor right after it and no state it goes to, the visitor's visit to a state being the
     * meeting told last: that visit named again.
     */
    private boolean visitNamedAgain(TriggerSite site, List<Actor> after, Optional<MeetingCandidate> latest) {
        if (!site.noun() || site.trigger().pattern() != MeetingLexicon.Pattern.VISIT || after.size() != 1
                || !after.get(0).person() || after.get(0).from() != site.hit().to()) {
            return false;
        }
        int past = after.get(0).to();
        // "kunjungan X terakhir …", "kunjungan X sebelumnya": an earlier visit, not the one told
        boolean earlier = past < site.tokens().size() && (lexicon.is(site.token(past), MeetingWord.LAST_INSTANCE)
                || lexicon.is(site.token(past), MeetingWord.PREVIOUS));
        return !earlier && tellsVisitOf(site, after.get(0), latest);
    }

    /**
     * "… Presiden X akan tiba pada 10 April": a verb of going with only its visitor, one person, no one after it and
     * no state it reaches, where the visit told last is that person's to a state: it tells of that visit.
     */
    private boolean arrivalOfTheVisit(TriggerSite site, List<Actor> before, List<Actor> after,
                                      Optional<MeetingCandidate> latest) {
        if (site.noun() || site.trigger().pattern() != MeetingLexicon.Pattern.VISIT || !site.trigger().moves()
                || !after.isEmpty() || before.size() != 1 || !before.get(0).person()) {
            return false;
        }
        return tellsVisitOf(site, before.get(0), latest);
    }

    /** Whether the meeting told last is the visitor's visit to a state, and the clause reaches no state itself. */
    private boolean tellsVisitOf(TriggerSite site, Actor visitor, Optional<MeetingCandidate> latest) {
        return latest.filter(l -> l.visitToState() && l.participants().contains(visitor.entity())).isPresent()
                && places.visitedStates(site.sentence(), site.clause(), site.hit().to()).isEmpty();
    }

    /** A visit refined by a clause that tells it as a plan, dated after the publication date: a plan. */
    private MeetingCandidate plannedAsTold(TriggerSite site, MeetingCandidate refined, Optional<LocalDate> anchor) {
        boolean ahead = anchor.isPresent() && refined.value().filter(v -> v.coverStart().isAfter(anchor.get()))
                .isPresent();
        return ahead && status.status(site) == MeetingStatus.PLANNED ? refined.withStatus(MeetingStatus.PLANNED)
                : heldAsTold(site, refined, anchor);
    }

    /**
     * The first token of the next trigger after this one in the sentence that reports a meeting by itself (a weak one
     * needs evidence around it, "diterima"); the sentence's length when none.
     */
    private int nextTrigger(TriggerSite site) {
        return finder.find(site.sentence()).stream().filter(h -> !h.value().weak()).mapToInt(PhraseTable.Hit::from)
                .filter(from -> from >= site.hit().to()).min().orElse(site.tokens().size());
    }

    /**
     * "Prabowo berterima kasih kepada Biden yang telah meneleponnya": a verb trigger's "-nya" is its object, the
     * person a pronoun there stands for — the first of the sentence, else, when that is the subject itself ("Biden
     * meneleponnya"), the first of the sentence told before.
     */
    private static Optional<Actor> objectAsClitic(TriggerSite site, List<Actor> before) {
        if (site.noun() || !site.token(site.hit().to() - 1).endsWithNya()) {
            return Optional.empty();
        }
        int at = site.token(site.hit().to() - 1).start();
        ArticleEntities entities = site.sentence().entities();
        Predicate<EntityRef> notSubject = e -> before.stream().noneMatch(b -> b.entity().equals(e));
        return entities.pronounAntecedent(at).filter(notSubject)
                .or(() -> entities.pronounAntecedent(site.token(0).start()).filter(notSubject))
                .flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e))).map(Actor::outside);
    }

    /**
     * A reading of fewer than two sides, when the speaker recalls it as "kita": the speaker and the addressee; when
     * the story tells it of "mereka": the sides of the meeting told last.
     */
    private Participants.Outcome withSidesToldBefore(TriggerSite site, Participants.Outcome found, List<Actor> after,
                                               Optional<MeetingCandidate> latest) {
        if (found.reading().map(r -> r.participants().size() >= 2).orElse(false)) {
            return found;
        }
        return addressees.of(site, after, latest).or(() -> they.of(site, after, latest))
                .map(p -> new Participants.Outcome(Optional.of(new Participants.Reading(p, List.of(),
                        Optional.empty())), found.subject())).orElse(found);
    }

    /** The meeting the trigger reports, before it is split by visited state or by guests met apart. */
    private MeetingCandidate base(TriggerSite site, RuleOut.Admission admission, Participants.Reading reading,
                                  Span evidence, Optional<LocalDate> anchor) {
        Optional<EntityRef> place = reading.place().or(() -> places.near(site));
        MeetingStatus st = admission.lastInstance().isPresent() ? MeetingStatus.OCCURRED : status.status(site);
        Optional<TimeMention> time = timeOf(site, admission, st, anchor);
        boolean virtual = site.trigger().virtual() || status.virtual(site);
        return new MeetingCandidate(reading.participants(), dated(site, st, time, anchor), virtual, time,
                virtual ? Optional.empty() : place, evidence, site.sentence().index(),
                site.sentence().textOf(site.hit().from(), site.hit().to()),
                places.cited(site.sentence(), site.clause()), false,
                site.trigger().weak() && site.trigger().pattern() == MeetingLexicon.Pattern.VISIT,
                status.previous(site));
    }

    /** The last of counted meetings' time, else the clause's, else the story's. */
    private Optional<TimeMention> timeOf(TriggerSite site, RuleOut.Admission admission, MeetingStatus st,
                                         Optional<LocalDate> anchor) {
        Optional<TimeMention> own = admission.lastInstance().map(k -> Optional.of(times.lastInstance(site, k, anchor)))
                .orElseGet(() -> times.of(site, st, anchor));
        int at = site.hit().from();
        if (own.isPresent() || at > 0 && (lexicon.is(site.token(at - 1), MeetingWord.CONTENT_OF)
                || lexicon.is(site.token(at - 1), MeetingWord.BESIDES))) {
            // "menjawab isi pertemuan dengan X", "Selain menemui X, …": the story's day is the answer's, the main
            // clause's; the meeting was told before
            return own;
        }
        return times.fromContext(site, st, anchor);
    }

    /** "Kunjungan kenegaraan Presiden X ke Y …, batal": who the meeting called off (or only asked for) was between. */
    private Optional<List<EntityRef>> sidesOf(TriggerSite site, SentenceState state) {
        List<Actor> before = groups.before(site, state);
        List<Actor> after = groups.after(site, site.hit().to());
        Participants.Outcome found = participants.read(site, before, after, state);
        return found.reading().map(r -> {
            List<EntityRef> p = new ArrayList<>(r.participants());
            r.visited().forEach(p::add);
            return p;
        }).filter(p -> p.size() >= 2);
    }

    /**
     * A meeting said to have occurred but dated after the publication date is a plan; a plan whose time the text
     * itself puts in the past ("Ani akan mengulas kunjungan Budi pada Maret lalu") has occurred.
     */
    private MeetingStatus dated(TriggerSite site, MeetingStatus st, Optional<TimeMention> time,
                                Optional<LocalDate> anchor) {
        if (time.flatMap(TimeMention::value).isEmpty() || anchor.isEmpty()) {
            return st;
        }
        if (st == MeetingStatus.OCCURRED && time.get().value().get().coverStart().isAfter(anchor.get())) {
            return MeetingStatus.PLANNED;
        }
        if (st == MeetingStatus.PLANNED && time.get().value().get().coverEnd().isBefore(anchor.get())
                && (times.saidPast(site, time.get()) || status.plannedByDeparture(site))) {
            return MeetingStatus.OCCURRED;
        }
        return st;
    }

    /**
     * "Ani dijadwalkan bertemu Budi. Pertemuan itu berlangsung pada Kamis (4/4)": a plan the clause pointing back to
     * it dates before the publication date, with no plan or hedge of its own, took place.
     */
    private MeetingCandidate heldAsTold(TriggerSite site, MeetingCandidate refined, Optional<LocalDate> anchor) {
        boolean past = anchor.isPresent() && refined.value().filter(v -> v.coverEnd().isBefore(anchor.get()))
                .isPresent();
        return refined.status() == MeetingStatus.PLANNED && past && status.status(site) == MeetingStatus.OCCURRED
                ? refined.withStatus(MeetingStatus.OCCURRED) : refined;
    }

    /**
     * "Pertemuan virtual itu dipimpin PM Vietnam …": the chair of the meeting told before takes part in it too.
     */
    private Optional<MeetingCandidate> withChair(TriggerSite site, MeetingCandidate latest) {
        int at = site.hit().to() + 1;
        if (!finder.pointsBack(site.tokens(), site.hit()) || at >= site.tokens().size()
                || !lexicon.is(site.token(at), MeetingWord.CHAIRED)) {
            return Optional.empty();
        }
        return groups.chair(site, at).filter(c -> !latest.participants().contains(c.entity())).map(c -> {
            List<EntityRef> p = new ArrayList<>(latest.participants());
            p.add(c.entity());
            return latest.withParticipants(p);
        });
    }

    /** The clause without the punctuation and quotation marks at its ends. */
    private static Span evidence(TriggerSite site) {
        int from = site.clause().from();
        int to = site.clause().to();
        while (from < to - 1 && edge(site.token(from))) {
            from++;
        }
        while (to > from + 1 && edge(site.token(to - 1))) {
            to--;
        }
        return site.sentence().span(from, to);
    }

    private static boolean edge(Token t) {
        return t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.QUOTE;
    }
}
