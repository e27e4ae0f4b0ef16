package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.SentenceContext;
import org.warta.extract.entity.ArticleEntities;
import org.warta.extract.time.ArticleTimes;
import org.warta.extract.time.TimeExtractor;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingStatus;
import org.warta.model.MeetingReport;
import org.warta.model.RoleAssertion;
import org.warta.model.Statement;
import org.warta.model.TimeMention;
import org.warta.model.StatementKind;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * Finds meetings — talks, visits, receptions, summits, calls — in stages: {@link TriggerFinder} (trigger words,
 * none in captions or headlines), {@link SentenceActors}, then per trigger {@link TriggerReader} (rule-out cues,
 * participants by the trigger's pattern, status, time, place) and {@link EarlierVisits} (the visits one is told to
 * come after), then across sentences {@link HostUpgrade} (a visit's host named later) and {@link ReportDeduper} (one
 * report per meeting). The facts one trigger leaves for
 * the next in its sentence travel in a {@link SentenceState}.
 *
 * <p>Stateless and thread-safe.
 */
public final class MeetingExtractor {
    private final MeetingLexicon lexicon;
    private final Clauses clauses;
    private final TriggerFinder finder;
    private final SentenceActors sentenceActors;
    private final TriggerReader reader;
    private final EarlierVisits earlier;
    private final HostUpgrade hosts;
    private final ReportDeduper deduper;

    public MeetingExtractor(MeetingLexicon lexicon, TimeExtractor times, Clauses clauses) {
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.finder = new TriggerFinder(lexicon);
        this.sentenceActors = new SentenceActors(lexicon);
        ActorGroups groups = new ActorGroups(lexicon);
        Places places = new Places(lexicon);
        StatusReader status = new StatusReader(lexicon);
        this.deduper = new ReportDeduper(lexicon);
        Participants participants = new Participants(lexicon, groups, new Subjects(lexicon), places);
        MeetingTimes meetingTimes = new MeetingTimes(times, status, lexicon);
        this.reader = new TriggerReader(lexicon, groups, participants, status, meetingTimes, places, finder);
        this.earlier = new EarlierVisits(lexicon, places, meetingTimes);
        this.hosts = new HostUpgrade(lexicon, clauses);
    }

    /** @param statements the article's statements: a trigger inside a quotation is told by its speaker */
    public List<MeetingReport> extract(ArticleText text, ArticleEntities entities, ArticleTimes times,
                                       List<Statement> statements) {
        List<MeetingCandidate> candidates = new ArrayList<>();
        List<CalledOff> calledOff = new ArrayList<>();
        List<Set<EntityRef>> invited = new ArrayList<>();
        Optional<Actor> carried = Optional.empty();
        for (int s = 0; s < text.sentences().size(); s++) {
            SentenceContext context = SentenceContext.of(text, entities, s);
            if (!candidates.isEmpty() && callsOffThePlan(context)) {
                MeetingCandidate plan = candidates.get(candidates.size() - 1);
                calledOff.add(new CalledOff(new HashSet<>(plan.participants()), plan.ownValue(text).isPresent(),
                        plan.virtual()));
            }
            carried = sentence(context, times, statements, candidates, calledOff, invited, carried);
        }
        // a visit the article says was called off is not the meeting of its other mentions ("persiapan … untuk
        // kunjungan Presiden X") either, unless one of them gives it a time of its own
        // of a meeting called off with no time of its own, every plan of the same sides is that one ("Trump
        // membatalkan rencana pertemuannya dengan Putin" and the day an aide gave for it)
        candidates.removeIf(c -> calledOff.stream().anyMatch(off -> sameSides(c.participants(), off.sides(), entities)
                && !notTheOneCalledOff(c, off, candidates, entities)
                && (c.ownValue(text).isEmpty() || !off.timed() && c.status() != MeetingStatus.OCCURRED)));
        // a visit the article tells only as asked for, proposed or wished is no plan where it hopes for it again
        // ("Ani berharap kunjungan Budi …"); one told as done, or given a time of its own, is
        candidates.removeIf(c -> invited.stream().anyMatch(off -> sameSides(c.participants(), off, entities))
                && c.status() != MeetingStatus.OCCURRED && c.ownValue(text).isEmpty());
        candidates.removeIf(c -> withOwnState(c.participants(), entities));
        Set<EntityRef> staff = staff(text, entities);
        Set<EntityRef> titled = new HashSet<>();
        entities.roles().forEach(r -> titled.add(r.holder()));
        List<MeetingCandidate> met = new ArrayList<>();
        for (MeetingCandidate c : hosts.upgrade(candidates, text, entities, statements)) {
            if (envoyInThePost(c, entities)) {
                continue;
            }
            Set<EntityRef> consorts = consorts(c.participants(), entities);
            List<EntityRef> sides = c.participants().stream().filter(e -> !staff.contains(e)
                    && !family(e, c.participants(), titled) && !consorts.contains(e)).toList();
            if (sides.size() >= 2) {
                met.add(sides.size() == c.participants().size() ? c : c.withParticipants(sides));
            }
        }
        return deduper.dedupe(met, entities, text);
    }

    /**
     * The sides of a meeting the article calls off, whether the clause that does gives it a time, and whether the
     * meeting called off was a call.
     */
    private record CalledOff(Set<EntityRef> sides, boolean timed, boolean call) {
        /** The state a visit called off was to go to: the one state among its sides. */
        Optional<EntityRef> visited() {
            List<EntityRef> states = sides.stream().filter(e -> e.type() == EntityType.STATE).toList();
            return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
        }
    }

    /**
     * "Kunjungan Budi ke Indonesia ditunda" … "Ani akan menemui Budi di Tokyo": a meeting one of whose reports places
     * it in another state than the one the visit called off was to go to is not that visit; nor is a call.
     */
    private static boolean notTheOneCalledOff(MeetingCandidate c, CalledOff off, List<MeetingCandidate> candidates,
                                              ArticleEntities entities) {
        if (c.virtual() && !off.call()) {
            return true; // "menelepon PM X untuk memberitahukan penundaan kunjungan itu": a call is no visit
        }
        Set<EntityRef> sides = new HashSet<>(c.participants());
        return off.visited().isPresent() && candidates.stream()
                .filter(d -> sides.equals(new HashSet<>(d.participants())))
                .map(d -> d.place().flatMap(p -> p.type() == EntityType.STATE ? Optional.of(p) : entities.stateOf(p)))
                .anyMatch(at -> at.isPresent() && !at.equals(off.visited()));
    }

    /** Whether a time is written in the trigger's clause. */
    private static boolean timed(TriggerSite site) {
        int from = site.token(site.clause().from()).start();
        int to = site.token(site.clause().to() - 1).end();
        return site.times().found().stream().anyMatch(e -> e.span().start() >= from && e.span().end() <= to);
    }

    /**
     * "Namun, rencana tersebut dibatalkan": a sentence pointing back to a plan ("rencana itu") that calls it off
     * calls off the meeting told last.
     */
    private boolean callsOffThePlan(SentenceContext s) {
        List<Token> tokens = s.tokens();
        List<PhraseTable.Hit<MeetingLexicon.Cue>> cues = lexicon.cues().findAll(tokens, 0, tokens.size());
        return cues.stream().anyMatch(c -> c.value() == MeetingLexicon.Cue.PLANS_NEXT && c.to() < tokens.size()
                && lexicon.is(tokens.get(c.to()), MeetingWord.DEMONSTRATIVE))
                && cues.stream().anyMatch(c -> c.value() == MeetingLexicon.Cue.CANCELLED);
    }

    /** Whether the role as written (title, office and name) holds a word of the class. */
    private boolean writtenWith(ArticleText text, RoleAssertion r, MeetingWord cls) {
        return text.tokens(r.sentenceIndex()).stream().anyMatch(t -> r.span().contains(t.span()) && lexicon.is(t, cls));
    }

    /**
     * Protocol staff who greet or escort a guest ("disambut Kepala Protokol …, X"), spokespersons who tell of the
     * meeting and spouses who accompany a side ("Presiden X dan Ibu Negara Y menyambut …") are no side of a meeting.
     */
    private Set<EntityRef> staff(ArticleText text, ArticleEntities entities) {
        Set<EntityRef> out = new HashSet<>();
        for (RoleAssertion r : entities.roles()) {
            // the office may be written past the title word ("Kepala Protokol"); a spouse is the title itself, so an
            // honorific before a name ("Menlu Ibu Retno") is no spouse
            boolean companion = lexicon.inPhrase(r.position(), MeetingWord.COMPANION);
            boolean ceremonial = writtenWith(text, r, MeetingWord.CEREMONIAL);
            // a spokesperson speaks for a side; a person the gazetteer knows (a leader with a Wikidata id) named
            // right after the title is whose spokesperson it is ("juru bicara Presiden X, Nama")
            boolean spokesperson = r.holder().qid().isEmpty() && writtenWith(text, r, MeetingWord.SPOKESPERSON);
            if (companion || ceremonial || spokesperson) {
                out.add(r.holder());
            }
        }
        // "Budi didampingi sang istri Ani": a person named right after a spouse word
        for (EntityMention m : entities.mentions()) {
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            List<Token> tokens = text.tokens(m.sentenceIndex());
            int at = Tokens.indexAt(tokens, m.span().start());
            if (at > 0 && lexicon.is(tokens.get(at - 1), MeetingWord.SPOUSE)) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /**
     * "Dubes X berkunjung ke Lampung": a visit to a state by persons the article titles as its diplomats
     * ({@link MeetingWord#ENVOY}) that found no host to meet there is a journey inside the state of their post, no
     * state visit.
     */
    private boolean envoyInThePost(MeetingCandidate c, ArticleEntities entities) {
        List<EntityRef> persons = c.participants().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        return !persons.isEmpty() && persons.size() < c.participants().size()
                && c.participants().stream()
                .allMatch(e -> e.type() == EntityType.PERSON || e.type() == EntityType.STATE)
                && persons.stream().allMatch(p -> lexicon.titled(entities, p, MeetingWord.ENVOY));
    }

    /**
     * "Raja X beserta Ratu Y": beside a side titled as a monarch, a side titled as a consort is the monarch's spouse,
     * who accompanies; a queen with no king among the sides reigns.
     */
    private Set<EntityRef> consorts(List<EntityRef> sides, ArticleEntities entities) {
        Set<EntityRef> monarchs = new HashSet<>();
        Set<EntityRef> consorts = new HashSet<>();
        for (RoleAssertion r : entities.roles()) {
            if (!sides.contains(r.holder())) {
                continue;
            }
            if (lexicon.inPhrase(r.position(), MeetingWord.MONARCH)) {
                monarchs.add(r.holder());
            } else if (lexicon.inPhrase(r.position(), MeetingWord.CONSORT)) {
                consorts.add(r.holder());
            }
        }
        consorts.removeAll(monarchs);
        return monarchs.isEmpty() ? Set.of() : consorts;
    }

    /**
     * A person without a role in the article ({@code titled} holds those with one) who bears the family name of
     * another side that has one ("Presiden Budi Santoso dan Ibu Ani Santoso menerima …"): family accompanying that
     * side, not a side.
     */
    private static boolean family(EntityRef person, List<EntityRef> sides, Set<EntityRef> titled) {
        if (person.type() != EntityType.PERSON || titled.contains(person)) {
            return false;
        }
        String last = lastWord(person.name());
        return sides.stream().anyMatch(o -> !o.equals(person) && o.type() == EntityType.PERSON
                && lastWord(o.name()).equals(last) && titled.contains(o));
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return Token.normalize(words[words.length - 1]);
    }

    /** A person and the person's own state, no one else: "Menlu Indonesia Ani" met Indonesia. */
    static boolean withOwnState(List<EntityRef> participants, ArticleEntities entities) {
        if (participants.size() != 2) {
            return false;
        }
        EntityRef a = participants.get(0);
        EntityRef b = participants.get(1);
        return a.type() == EntityType.STATE && entities.stateOf(b).map(a::equals).orElse(false)
                || b.type() == EntityType.STATE && entities.stateOf(a).map(b::equals).orElse(false);
    }

    /**
     * Whether a meeting is the one called off: the same participants, or a person where the called-off visit
     * names the person's state ("kedatangan MbS ke Indonesia ditunda" calls off "MbS akan bertemu Presiden …"), or
     * the state of a person the called-off meeting names ("Budi membatalkan pertemuannya dengan PM Jepang X" calls
     * off "Jepang bersiap menyambut kedatangan Budi").
     */
    private static boolean sameSides(List<EntityRef> meeting, Set<EntityRef> off, ArticleEntities entities) {
        if (meeting.size() != off.size()) {
            return false;
        }
        Set<EntityRef> left = new HashSet<>(meeting);
        for (EntityRef o : off) {
            Optional<EntityRef> side = left.contains(o) ? Optional.of(o) : left.stream()
                    .filter(p -> o.type() == EntityType.STATE && entities.stateOf(p).map(o::equals).orElse(false)
                            || p.type() == EntityType.STATE && entities.stateOf(o).map(p::equals).orElse(false))
                    .findFirst();
            if (side.isEmpty()) {
                return false;
            }
            left.remove(side.get());
        }
        return true;
    }

    /**
     * "Usai pertemuan tersebut, Budi akan menemui Citra": with no time of its own, a meeting told after the one a
     * noun points back to falls on that one's day (the last told with a side of the new one), not on a story's day
     * told in between.
     */
    private List<MeetingCandidate> sameDayAsPointed(TriggerSite site, List<MeetingCandidate> found,
                                                    List<MeetingCandidate> told) {
        if (found.isEmpty() || !afterPointedMeeting(site)) {
            return found;
        }
        ArticleText text = site.sentence().text();
        List<MeetingCandidate> out = new ArrayList<>();
        for (MeetingCandidate c : found) {
            Optional<TimeMention> day = told.stream().filter(t -> !t.previous() && t.value().isPresent()
                            && t.participants().stream().anyMatch(c.participants()::contains))
                    .reduce((a, b) -> b).flatMap(MeetingCandidate::time);
            out.add(c.ownValue(text).isPresent() || c.previous() || day.isEmpty() ? c : c.withTime(day));
        }
        return out;
    }

    /** An after-word right before a meeting noun pointing back, earlier in the trigger's sentence. */
    private boolean afterPointedMeeting(TriggerSite site) {
        for (int i = 0; i + 1 < site.hit().from(); i++) {
            if (!lexicon.is(site.token(i), MeetingWord.AFTER_MEETING)) {
                continue;
            }
            Optional<PhraseTable.Hit<MeetingLexicon.Trigger>> noun = lexicon.triggers().longestAt(site.tokens(), i + 1)
                    .filter(h -> h.value().noun() && h.to() <= site.hit().from());
            if (noun.isPresent() && finder.pointsBack(site.tokens(), noun.get())) {
                return true;
            }
        }
        return false;
    }

    /** Reads the sentence's meetings; returns the subject it carries on from the story. */
    private Optional<Actor> sentence(SentenceContext s, ArticleTimes times, List<Statement> statements,
                                     List<MeetingCandidate> candidates, List<CalledOff> calledOff,
                                     List<Set<EntityRef>> invited, Optional<Actor> carried) {
        List<Clauses.Clause> cl = clauses.split(s.tokens(), true);
        List<Actor> actors = sentenceActors.of(s);
        SentenceState state = SentenceState.start(carried);
        Set<Clauses.Clause> done = new HashSet<>();
        for (PhraseTable.Hit<MeetingLexicon.Trigger> hit : finder.find(s)) {
            Clauses.Clause clause = Clauses.of(cl, hit.from());
            // "menjamu X dalam pertemuan puncak …": the same meeting, named twice; not one held later ("bertemu …
            // menjelang pertemuan tahunan")
            boolean later = hit.from() > 0 && lexicon.is(s.token(hit.from() - 1), MeetingWord.AHEAD_OF);
            if (hit.value().pattern() == MeetingLexicon.Pattern.NOUN && done.contains(clause)
                    && !finder.pointsBack(s.tokens(), hit) && !later) {
                continue;
            }
            List<Actor> allowed = hit.value().pattern() == MeetingLexicon.Pattern.ATTEND ? actors
                    : actors.stream().filter(a -> !sentenceActors.isEventName(s.tokens(), a)).toList();
            int at = s.token(hit.from()).start();
            Optional<Statement> saidIn = statements.stream().filter(st -> st.quoteSpan().start() <= at
                    && at < st.quoteSpan().end()).min(Comparator.comparing(st -> st.kind() == StatementKind.INDIRECT));
            TriggerSite site = new TriggerSite(s, cl, clause, hit, allowed, times.sentence(s.index()), saidIn,
                    statements);
            Optional<MeetingCandidate> latest = candidates.isEmpty() ? Optional.empty()
                    : Optional.of(candidates.get(candidates.size() - 1));
            TriggerReader.Outcome outcome = reader.read(site, state, latest);
            state = outcome.state();
            outcome.calledOff().ifPresent(p -> calledOff.add(new CalledOff(new HashSet<>(p), timed(site),
                    hit.value().virtual())));
            outcome.invited().ifPresent(p -> invited.add(new HashSet<>(p)));
            outcome.refinedLatest().ifPresent(r -> candidates.set(candidates.size() - 1, r));
            if (outcome.callsOffLatest()) {
                candidates.remove(candidates.size() - 1);
            }
            candidates.addAll(sameDayAsPointed(site, outcome.candidates(), candidates));
            candidates.addAll(earlier.of(site));
            if (!outcome.candidates().isEmpty() && hit.value().pattern() != MeetingLexicon.Pattern.VISIT) {
                done.add(clause); // a visit's clause may name what it is for: "kunjungan ke X dalam rangka KTT …"
            }
        }
        return state.carriedOn();
    }
}
