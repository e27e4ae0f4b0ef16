package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.entity.ArticleEntities;
import org.warta.extract.time.Tense;
import org.warta.extract.time.TimeExpression;
import org.warta.extract.time.TimeExtractor;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Granularity;
import org.warta.model.MeetingReport;
import org.warta.model.MeetingStatus;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * Finds meetings: talks, visits, receptions, summits, calls. A trigger word (bertemu, menjamu, mengunjungi,
 * pertemuan, telepon …) and the actors around it in its clause give the participants: the persons named, else
 * the states and organizations; a visit to a place with no host named is a meeting with that place's state.
 * Cues in the clause give the status (akan → planned, kabarnya → uncertain), or rule the meeting out: negated,
 * cancelled, hypothetical, an invitation, an aggregate ("bertemu 39 kali"), or a photo caption. The nearest time
 * expression is resolved against the publication date in the direction the status implies. Repeated reports of
 * one meeting in the same article become one report, with the most precise time and the most specific
 * participants.
 *
 * <p>Stateless and thread-safe.
 */
public final class MeetingExtractor {
    private static final Set<String> CONNECTORS = Set.of("dan", ",", "serta", "&", "bersama", "beserta");
    private static final Set<String> DEMONSTRATIVES = Set.of("itu", "tersebut", "ini");
    private static final Set<String> QUANTITY = Set.of("puluhan", "belasan", "ratusan", "beberapa", "berulang",
            "banyak", "sekian", "berapa");
    /** Words that may stand between a trigger and its object: "bertemu langsung dengan", "menjamu pula". */
    private static final Set<String> OBJECT_LEAD = Set.of("dengan", "antara", "kepada", "bersama", "langsung",
            "secara", "virtual", "tatap", "muka", "empat", "mata", "pula", "juga", "kembali", "lagi", "sang", "para",
            "oleh", "dgn", "kedua", "ketiga", "bilateral", "pemimpin", "terpisah", "tertutup", "resmi", "singkat",
            "khusus", "informal", "masing-masing");
    /** "pertemuan terpisah dengan A dan B": one meeting with each. */
    private static final Set<String> SEPARATE = Set.of("terpisah", "masing-masing");
    private static final Set<String> LOCATIVE = Set.of("di", "ke", "dari", "menuju", "kota", "ibu", "ibukota");
    private static final Set<String> EVENT_WORDS = Set.of("ktt", "puncak", "forum", "konferensi", "summit",
            "pertemuan", "sela", "sela-sela", "sidang", "majelis");
    private static final Set<String> PRONOUNS = Set.of("ia", "dia", "beliau", "mereka", "keduanya");
    private static final Set<String> INVITATION = Set.of("mengundang", "mengundangnya", "undangan", "diundang");

    private final MeetingLexicon lexicon;
    private final TimeExtractor times;
    private final Clauses clauseSplitter;

    public MeetingExtractor(MeetingLexicon lexicon, TimeExtractor times, Clauses clauseSplitter) {
        this.lexicon = lexicon;
        this.times = times;
        this.clauseSplitter = clauseSplitter;
    }

    /** The meetings of an article and every time expression found on the way. */
    public record Result(List<MeetingReport> meetings, List<TimeMention> times) {
    }

    public Result extract(ArticleText text, ArticleEntities entities) {
        return new Run(text, entities).run();
    }

    /** A candidate before de-duplication. */
    private record Candidate(List<EntityRef> participants, MeetingStatus status, boolean virtual,
                             Optional<TimeMention> time, Optional<EntityRef> place, Span evidence, int sentence,
                             String trigger, Optional<EntityRef> cited, boolean visitToState) {
        Candidate with(List<EntityRef> p) {
            return new Candidate(p, status, virtual, time, place, evidence, sentence, trigger, cited, visitToState);
        }

        Optional<TimeValue> value() {
            return time.flatMap(TimeMention::value);
        }
    }

    /** An actor mention with its token range in the sentence. */
    private record Actor(EntityMention mention, int from, int to) {
        EntityRef entity() {
            return mention.entity();
        }

        boolean person() {
            return mention.entity().type() == EntityType.PERSON;
        }
    }

    private final class Run {
        private final ArticleText text;
        private final ArticleEntities entities;
        private final Optional<LocalDate> anchor;
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<TimeMention> allTimes = new ArrayList<>();
        private Optional<TimeValue> previousDay = Optional.empty();
        /** Actors already taken as the object of a trigger in the current sentence: never a later subject. */
        private final Set<EntityMention> objects = new HashSet<>();
        /** The subject of the sentence's last meeting: "X mengunjungi A untuk bertemu B dan ke C untuk bertemu D". */
        private List<Actor> lastSubject = List.of();

        Run(ArticleText text, ArticleEntities entities) {
            this.text = text;
            this.entities = entities;
            this.anchor = text.article().metadata().published();
        }

        Result run() {
            for (int s = 0; s < text.sentences().size(); s++) {
                sentence(s);
            }
            upgradeHosts();
            return new Result(dedupe(candidates), allTimes);
        }

        // ------------------------------------------------------------ one sentence

        private void sentence(int s) {
            List<Token> tokens = text.tokens(s);
            List<Clauses.Clause> clauses = clauseSplitter.split(tokens, true);
            List<TimeExpression> found = times.find(text.text(), tokens);
            List<Actor> actors = actors(s, tokens);
            objects.clear();
            lastSubject = List.of();
            Optional<TimeValue> dayBefore = previousDay;
            if (!isCaption(s) && !isHeadline(s, tokens)) {
                Set<Clauses.Clause> done = new HashSet<>();
                for (PhraseTable.Hit<MeetingLexicon.Trigger> hit : lexicon.triggers().findAll(tokens, 0, tokens.size())) {
                    Clauses.Clause clause = Clauses.of(clauses, hit.from());
                    if (hit.value().pattern() == MeetingLexicon.Pattern.NOUN && done.contains(clause)
                            && !startsWithDemonstrative(tokens, hit)) {
                        continue; // "menjamu X dalam pertemuan puncak …": the same meeting, named twice
                    }
                    int before = candidates.size();
                    trigger(s, tokens, clauses, clause, hit, actors, found, dayBefore);
                    if (candidates.size() > before) {
                        done.add(clause);
                    }
                }
            }
            // every time expression, for the article's list and for chains ("Sehari kemudian")
            Tense tense = cuePresent(tokens, 0, tokens.size(), MeetingLexicon.Cue.PLANNED) ? Tense.FUTURE : Tense.PAST;
            for (TimeExpression e : found) {
                TimeMention m = times.resolve(e, anchor, tense, previousDay);
                allTimes.add(m);
                m.value().filter(v -> v.granularity() == Granularity.DAY).ifPresent(v -> previousDay = Optional.of(v));
            }
        }

        private boolean isCaption(int s) {
            int p = text.paragraph(s);
            StringBuilder b = new StringBuilder();
            for (int i = Math.max(0, s - 3); i < Math.min(text.sentences().size(), s + 4); i++) {
                if (text.paragraph(i) == p) {
                    b.append(text.sentenceText(i)).append(' ');
                }
            }
            return lexicon.isCaption(b.toString());
        }

        /** The title line: first paragraph, no final punctuation, most words capitalized. */
        private boolean isHeadline(int s, List<Token> tokens) {
            if (text.paragraph(s) != 0 || tokens.isEmpty()) {
                return false;
            }
            String last = tokens.get(tokens.size() - 1).text();
            if (last.equals(".") || last.equals("?") || last.equals("!") || last.equals("”") || last.equals("\"")) {
                return false;
            }
            long words = tokens.stream().filter(Token::isWord).count();
            long capitalized = tokens.stream().filter(Token::isCapitalized).count();
            return words >= 3 && capitalized * 2 >= words;
        }

        private boolean separate(List<Token> tokens, PhraseTable.Hit<?> hit) {
            for (int i = Math.max(0, hit.from() - 2); i < Math.min(tokens.size(), hit.to() + 3); i++) {
                if (SEPARATE.contains(tokens.get(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsWithDemonstrative(List<Token> tokens, PhraseTable.Hit<?> hit) {
            return hit.to() < tokens.size() && DEMONSTRATIVES.contains(tokens.get(hit.to()).norm());
        }

        /**
         * The sentence's actors: persons, states and organizations; not those inside a title or a longer name,
         * not places after a locative ("ke Tiongkok"), not summit names ("KTT APEC").
         */
        private List<Actor> actors(int s, List<Token> tokens) {
            List<Actor> out = new ArrayList<>();
            int lastPlaceEnd = -1;
            List<EntityMention> actorMentions = entities.actors(s);
            for (EntityMention m : entities.inSentence(s)) {
                int from = tokenAt(tokens, m.span().start());
                int to = tokenAt(tokens, m.span().end() - 1) + 1;
                if (from < 0 || to <= from) {
                    continue;
                }
                boolean locative = from > 0 && (LOCATIVE.contains(tokens.get(from - 1).norm())
                        || placeContinues(tokens, from, lastPlaceEnd));
                if (m.entity().type() == EntityType.PLACE) {
                    if (locative) {
                        lastPlaceEnd = to;
                    }
                    continue;
                }
                if (!actorMentions.contains(m)) {
                    continue;
                }
                if (m.entity().type() != EntityType.PERSON && locative) {
                    // a place, not an actor: "ke Tiongkok", "ke Kyiv dan Moskow", "di Lima, Peru"
                    lastPlaceEnd = to;
                    continue;
                }
                out.add(new Actor(m, from, to));
            }
            return out;
        }

        /** Right after a place, joined by "dan" or a comma: another place of the same list, or its country. */
        private boolean placeContinues(List<Token> tokens, int from, int lastPlaceEnd) {
            return lastPlaceEnd >= 0 && from == lastPlaceEnd + 1
                    && (tokens.get(lastPlaceEnd).text().equals(",") || tokens.get(lastPlaceEnd).is("dan"));
        }

        private boolean isEventName(List<Token> tokens, Actor a) {
            if (a.entity().type() != EntityType.ORGANIZATION) {
                return false;
            }
            for (int i = Math.max(0, a.from() - 3); i < a.from(); i++) {
                if (EVENT_WORDS.contains(tokens.get(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ one trigger

        private void trigger(int s, List<Token> tokens, List<Clauses.Clause> clauses, Clauses.Clause clause,
                             PhraseTable.Hit<MeetingLexicon.Trigger> hit, List<Actor> all,
                             List<TimeExpression> found, Optional<TimeValue> dayBefore) {
            MeetingLexicon.Trigger trig = hit.value();
            List<Actor> actors = trig.pattern() == MeetingLexicon.Pattern.ATTEND ? all
                    : all.stream().filter(a -> !isEventName(tokens, a)).toList();
            Optional<Integer> lastInstance = Optional.empty();
            if (ruledOut(tokens, clauses, clause, hit)) {
                lastInstance = lastInstanceAfterAggregate(tokens, found, hit);
                if (lastInstance.isEmpty()) {
                    return;
                }
            }
            List<Actor> before = groupBefore(tokens, actors, clause, hit.from());
            List<Actor> after = groupAfter(tokens, actors, clause, hit.to());
            if (startsWithDemonstrative(tokens, hit) && after.isEmpty()) {
                // "kunjungan itu akan berlangsung dari Senin hingga Rabu": the meeting told before, more precisely
                refineLatest(tokens, clause, found, hit, dayBefore);
                return;
            }
            Set<EntityRef> participants = new LinkedHashSet<>();
            Optional<EntityRef> place = Optional.empty();
            List<EntityRef> visited = new ArrayList<>();
            switch (trig.pattern()) {
                case SYMMETRIC, HOST, GUEST -> {
                    List<Actor> subject = subject(s, tokens, actors, clause, hit, before);
                    if (trig.weak() && (subject.isEmpty() || after.isEmpty())) {
                        return;
                    }
                    add(participants, subject);
                    add(participants, after);
                }
                case VISIT -> {
                    List<Actor> visitor = before;
                    int targetFrom = hit.to();
                    // "kunjungan Wang ke Moskow": the visitor is named after the noun
                    if (!after.isEmpty() && after.stream().allMatch(Actor::person)
                            && hasWordAt(tokens, last(after).to(), "ke", "di")) {
                        visitor = after;
                        targetFrom = last(after).to();
                    } else if (visitor.isEmpty()) {
                        visitor = possessive(tokens, hit).map(List::of)
                                .orElseGet(() -> subject(s, tokens, actors, clause, hit, List.of()));
                    }
                    if (visitor.isEmpty()) {
                        return;
                    }
                    if (lexicon.triggers().findAll(tokens, hit.to(), clause.to()).stream()
                            .anyMatch(h -> h.value().pattern() == MeetingLexicon.Pattern.ATTEND
                                    && summitAfter(tokens, actors, clause, h.to()).isPresent())) {
                        return; // a trip to a country for a named summit is the summit, not a state visit
                    }
                    List<Actor> target = groupAfter(tokens, actors, clause, targetFrom);
                    add(participants, visitor);
                    if (!target.isEmpty() && target.stream().anyMatch(Actor::person)) {
                        add(participants, target.stream().filter(Actor::person).toList());
                        break;
                    }
                    visited.addAll(visitedStates(s, tokens, clause, targetFrom));
                    target.stream().map(Actor::entity).filter(e -> e.type() == EntityType.STATE).forEach(visited::add);
                    List<Actor> v = visitor;
                    visited.removeIf(st -> v.stream().anyMatch(a -> entities.stateOf(a.entity()).map(st::equals)
                            .orElse(false)));
                    if (visited.isEmpty()) {
                        return; // a visit home, or to nowhere named
                    }
                    place = placeAfter(s, tokens, clause, targetFrom);
                }
                case NOUN -> {
                    Optional<List<Actor>> between = antara(tokens, actors, clause, hit.to());
                    if (between.isPresent()) {
                        add(participants, between.get());
                    } else {
                        List<Actor> object = introduced(tokens, after, hit.to()) ? after : List.of();
                        List<Actor> subject = subject(s, tokens, actors, clause, hit, before);
                        if (trig.weak() && (subject.isEmpty() || object.isEmpty())) {
                            return;
                        }
                        add(participants, subject);
                        add(participants, object);
                    }
                }
                case GATHER -> add(participants, after);
                case ATTEND -> {
                    Optional<Actor> summit = summitAfter(tokens, actors, clause, hit.to());
                    if (summit.isEmpty()) {
                        return;
                    }
                    add(participants, subject(s, tokens, actors, clause, hit, before));
                    chair(tokens, actors, clause, summit.get().to()).ifPresent(c -> participants.add(c.entity()));
                    participants.add(summit.get().entity());
                }
            }
            after.forEach(a -> objects.add(a.mention()));
            if (place.isEmpty()) {
                place = placeAfter(s, tokens, clause, hit.from()).or(() -> placeAfter(s, tokens, clause, clause.from()));
            }
            MeetingStatus status = lastInstance.isPresent() ? MeetingStatus.OCCURRED : status(tokens, clauses, clause);
            boolean virtual = trig.virtual() || cuePresent(tokens, clause.from(), clause.to(), MeetingLexicon.Cue.VIRTUAL);
            Optional<TimeMention> time = lastInstance.isPresent()
                    ? Optional.of(times.resolve(found.get(lastInstance.get()), anchor, Tense.PAST, dayBefore))
                    : time(s, found, clause, hit, status, dayBefore);
            if (status == MeetingStatus.OCCURRED && time.flatMap(TimeMention::value).isPresent() && anchor.isPresent()
                    && time.get().value().get().coverStart().isAfter(anchor.get())) {
                status = MeetingStatus.PLANNED;
            }
            Span evidence = evidence(tokens, clause);
            String trigger = text.of(new Span(tokens.get(hit.from()).start(), tokens.get(hit.to() - 1).end()));
            Optional<EntityRef> cited = cited(s, tokens, clause);
            Optional<EntityRef> where = virtual ? Optional.empty() : place;
            if (!visited.isEmpty()) {
                for (EntityRef st : new LinkedHashSet<>(visited)) {
                    List<EntityRef> p = new ArrayList<>(participants);
                    p.add(st);
                    Optional<EntityRef> at = visited.size() == 1 ? where : Optional.of(st);
                    candidates.add(new Candidate(p, status, virtual, time, at, evidence, s, trigger, cited, true));
                }
                return;
            }
            if (separate(tokens, hit) && after.size() >= 2 && participants.size() > after.size()) {
                // "menggelar pertemuan terpisah dengan A dan B": the subject met each of them
                List<EntityRef> subject = participants.stream()
                        .filter(e -> after.stream().noneMatch(a -> a.entity().equals(e))).toList();
                for (Actor a : after) {
                    List<EntityRef> p = new ArrayList<>(subject);
                    p.add(a.entity());
                    candidates.add(new Candidate(p, status, virtual, time, where, evidence, s, trigger, cited, false));
                }
                return;
            }
            List<EntityRef> list = new ArrayList<>(participants);
            list = withHostState(list, where);
            if (list.size() < 2) {
                return;
            }
            candidates.add(new Candidate(list, status, virtual, time, where, evidence, s, trigger, cited, false));
        }

        /** States meeting at a place of a third state ("Jepang dan Filipina … di Washington"): the host joins. */
        private List<EntityRef> withHostState(List<EntityRef> participants, Optional<EntityRef> place) {
            if (participants.size() < 2 || participants.stream().anyMatch(e -> e.type() != EntityType.STATE)
                    || place.isEmpty()) {
                return participants;
            }
            Optional<EntityRef> host = place.get().type() == EntityType.STATE ? place : entities.stateOf(place.get());
            if (host.isEmpty() || participants.contains(host.get())) {
                return participants;
            }
            List<EntityRef> out = new ArrayList<>(participants);
            out.add(host.get());
            return out;
        }

        private boolean ruledOut(List<Token> tokens, List<Clauses.Clause> clauses, Clauses.Clause clause,
                                 PhraseTable.Hit<?> hit) {
            // "Kunjungan X ke Beijing untuk bertemu Y, yang semula dijadwalkan awal Juli, juga ditunda": the
            // predicate after a relative clause still belongs to the trigger's clause
            int idx = clauses.indexOf(clause);
            for (int k = idx + 1; k < clauses.size() && k <= idx + 2; k++) {
                Clauses.Clause next = clauses.get(k);
                if (k == idx + 1 && !tokens.get(next.from()).is("yang")) {
                    break;
                }
                for (PhraseTable.Hit<MeetingLexicon.Cue> c : lexicon.cues().findAll(tokens, next.from(), next.to())) {
                    if (c.value() == MeetingLexicon.Cue.CANCELLED) {
                        return true;
                    }
                }
            }
            for (PhraseTable.Hit<MeetingLexicon.Cue> c : lexicon.cues().findAll(tokens, clause.from(), clause.to())) {
                switch (c.value()) {
                    case NEGATION -> {
                        if (c.to() <= hit.from() && hit.from() - c.to() <= 4) {
                            return true;
                        }
                    }
                    case CANCELLED, HYPOTHETICAL, AGGREGATE -> {
                        return true;
                    }
                    default -> {
                    }
                }
            }
            for (int i = Math.max(clause.from(), hit.from() - 3); i < hit.from(); i++) {
                if (INVITATION.contains(tokens.get(i).norm())) {
                    return true; // an invitation to meet is not a meeting
                }
            }
            return countOfMeetings(tokens, clause);
        }

        /** "39 kali", "puluhan kali": a count of meetings. */
        private boolean countOfMeetings(List<Token> tokens, Clauses.Clause clause) {
            for (int i = clause.from() + 1; i < clause.to(); i++) {
                if (tokens.get(i).is("kali") && (tokens.get(i - 1).kind() == Token.Kind.NUMBER
                        || QUANTITY.contains(tokens.get(i - 1).norm()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "… bertemu 39 kali …, terakhir pada September …": the count is no meeting, but the last instance is.
         * Returns the index of its time expression.
         */
        private Optional<Integer> lastInstanceAfterAggregate(List<Token> tokens, List<TimeExpression> found,
                                                            PhraseTable.Hit<?> hit) {
            for (int i = hit.to(); i < tokens.size(); i++) {
                if (!tokens.get(i).is("terakhir")) {
                    continue;
                }
                int after = tokens.get(i).end();
                for (int k = 0; k < found.size(); k++) {
                    int start = found.get(k).span().start();
                    if (start >= after && start - after <= 12) {
                        return Optional.of(k);
                    }
                }
            }
            return Optional.empty();
        }

        private MeetingStatus status(List<Token> tokens, List<Clauses.Clause> clauses, Clauses.Clause clause) {
            boolean planned = false;
            boolean uncertain = false;
            boolean reported = false;
            List<PhraseTable.Hit<MeetingLexicon.Cue>> cues = new ArrayList<>(
                    lexicon.cues().findAll(tokens, clause.from(), clause.to()));
            // "X, yang …, akan …": the predicate after a relative clause belongs to this clause
            int idx = clauses.indexOf(clause);
            if (idx >= 0 && idx + 1 < clauses.size()) {
                Clauses.Clause next = clauses.get(idx + 1);
                if (tokens.get(next.from()).is("yang")) {
                    for (int i = next.from(); i < next.to(); i++) {
                        if (tokens.get(i).text().equals(",")) {
                            cues.addAll(lexicon.cues().findAll(tokens, i + 1, next.to()));
                            break;
                        }
                    }
                }
            }
            for (PhraseTable.Hit<MeetingLexicon.Cue> c : cues) {
                switch (c.value()) {
                    case PLANNED -> planned = true;
                    case UNCERTAIN -> uncertain = true;
                    case REPORTED -> reported = true;
                    default -> {
                    }
                }
            }
            if (uncertain) {
                return MeetingStatus.UNCERTAIN;
            }
            if (planned) {
                return MeetingStatus.PLANNED;
            }
            return reported ? MeetingStatus.UNCERTAIN : MeetingStatus.OCCURRED;
        }

        private boolean cuePresent(List<Token> tokens, int from, int to, MeetingLexicon.Cue cue) {
            return lexicon.cues().findAll(tokens, from, to).stream().anyMatch(h -> h.value() == cue);
        }

        /** The nearest time expression in the clause, else in the sentence, resolved in the status's direction. */
        private Optional<TimeMention> time(int s, List<TimeExpression> found, Clauses.Clause clause,
                                           PhraseTable.Hit<MeetingLexicon.Trigger> hit, MeetingStatus status,
                                           Optional<TimeValue> dayBefore) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<Token> tokens = text.tokens(s);
            int clauseStart = tokens.get(clause.from()).start();
            int clauseEnd = tokens.get(clause.to() - 1).end();
            int trigger = tokens.get(hit.from()).start();
            TimeExpression best = null;
            long bestScore = Long.MAX_VALUE;
            for (TimeExpression e : found) {
                boolean inClause = e.span().start() >= clauseStart && e.span().end() <= clauseEnd;
                long distance = Math.abs(e.span().start() - trigger);
                long score = (inClause ? 0 : 1_000_000L) + distance;
                if (score < bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
            // a plan points forward even when hedged ("kabarnya … akan bertemu pada November")
            boolean future = status == MeetingStatus.PLANNED
                    || cuePresent(tokens, clause.from(), clause.to(), MeetingLexicon.Cue.PLANNED);
            Tense tense = future ? Tense.FUTURE : status == MeetingStatus.OCCURRED ? Tense.PAST : Tense.UNKNOWN;
            return Optional.of(times.resolve(best, anchor, tense, dayBefore));
        }

        /** "kunjungan itu akan berlangsung dari Senin hingga Rabu": sharpens the time of the latest meeting. */
        private void refineLatest(List<Token> tokens, Clauses.Clause clause, List<TimeExpression> found,
                                  PhraseTable.Hit<MeetingLexicon.Trigger> hit, Optional<TimeValue> dayBefore) {
            if (candidates.isEmpty()) {
                return;
            }
            int s = text.sentenceAt(tokens.get(0).start());
            Candidate last = candidates.get(candidates.size() - 1);
            Optional<TimeMention> t = time(s, found, clause, hit, last.status(), dayBefore);
            if (t.isEmpty() || t.get().value().isEmpty()) {
                return;
            }
            int clauseStart = tokens.get(clause.from()).start();
            int clauseEnd = tokens.get(clause.to() - 1).end();
            if (t.get().span().start() < clauseStart || t.get().span().end() > clauseEnd) {
                return;
            }
            TimeValue v = t.get().value().get();
            Optional<TimeValue> old = last.value();
            if (old.isEmpty() || v.compatibleWith(old.get()) && v.coveredDays() < old.get().coveredDays()) {
                candidates.set(candidates.size() - 1, new Candidate(last.participants(), last.status(), last.virtual(),
                        t, last.place(), last.evidence(), last.sentence(), last.trigger(), last.cited(),
                        last.visitToState()));
            }
        }

        // ------------------------------------------------------------ who

        /** The subject: the group before the trigger, a pronoun, or the sentence's main subject. */
        private List<Actor> subject(int s, List<Token> tokens, List<Actor> actors, Clauses.Clause clause,
                                    PhraseTable.Hit<?> hit, List<Actor> before) {
            List<Actor> found = findSubject(s, tokens, actors, clause, hit, before);
            if (!found.isEmpty()) {
                lastSubject = found;
            }
            return found;
        }

        private List<Actor> findSubject(int s, List<Token> tokens, List<Actor> actors, Clauses.Clause clause,
                                        PhraseTable.Hit<?> hit, List<Actor> before) {
            if (!before.isEmpty()) {
                return before;
            }
            if (!lastSubject.isEmpty() && lastSubject.get(0).to() <= hit.from()) {
                return lastSubject; // coordinated purposes share their subject
            }
            for (int i = Math.max(clause.from(), hit.from() - 4); i < hit.from(); i++) {
                if (PRONOUNS.contains(tokens.get(i).norm())) {
                    int at = tokens.get(i).start();
                    return entities.pronounAntecedent(at)
                            .flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                            .map(m -> List.of(new Actor(m, -1, -1))).orElse(List.of());
                }
            }
            // the sentence's subject: its first person, or a pronoun that comes before any person
            Optional<Actor> person = actors.stream().filter(a -> a.to() <= hit.from() && a.person()
                    && !objects.contains(a.mention())).findFirst();
            int firstPerson = person.map(Actor::from).orElse(hit.from());
            for (int i = 0; i < firstPerson; i++) {
                if (tokens.get(i).is("ia") || tokens.get(i).is("dia") || tokens.get(i).is("beliau")) {
                    int at = tokens.get(i).start();
                    return entities.pronounAntecedent(at)
                            .flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                            .map(m -> List.of(new Actor(m, -1, -1))).orElse(List.of());
                }
            }
            if (person.isPresent()) {
                return List.of(person.get());
            }
            // "Dalam konferensi pers dengan Lavrov, Wang Yi …": a fronted phrase, the subject comes after it
            if (clause.from() == 0 && hit.from() <= 3) {
                int comma = hit.to();
                while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
                    comma++;
                }
                int after = comma;
                return actors.stream().filter(a -> a.from() > after && a.person()).limit(1).toList();
            }
            return List.of();
        }

        /** The actors closest before the trigger in its clause, joined by "dan" or commas. */
        private List<Actor> groupBefore(List<Token> tokens, List<Actor> actors, Clauses.Clause clause, int trigger) {
            List<Actor> in = actors.stream().filter(a -> a.from() >= clause.from() && a.to() <= trigger).toList();
            if (in.isEmpty() || objects.contains(in.get(in.size() - 1).mention())) {
                return List.of(); // "… bertemu Zelenskyy dan kemudian ke Moskow untuk bertemu Putin"
            }
            List<Actor> group = new ArrayList<>();
            Actor cur = in.get(in.size() - 1);
            group.add(0, cur);
            for (int i = in.size() - 2; i >= 0; i--) {
                Actor prev = in.get(i);
                if (joined(tokens, prev, cur)) {
                    group.add(0, prev);
                    cur = prev;
                } else {
                    break;
                }
            }
            return group;
        }

        /** The actors right after the trigger (after dengan/antara/kepada and titles), joined by "dan". */
        private List<Actor> groupAfter(List<Token> tokens, List<Actor> actors, Clauses.Clause clause, int after) {
            List<Actor> in = actors.stream().filter(a -> a.from() >= after && a.to() <= clause.to()).toList();
            if (in.isEmpty() || !onlyLeadWords(tokens, after, in.get(0))) {
                return List.of();
            }
            List<Actor> group = new ArrayList<>();
            group.add(in.get(0));
            for (int i = 1; i < in.size(); i++) {
                if (joined(tokens, group.get(group.size() - 1), in.get(i))) {
                    group.add(in.get(i));
                } else {
                    break;
                }
            }
            return group;
        }

        /** Between the trigger and the actor only object-leading words or the actor's own title. */
        private boolean onlyLeadWords(List<Token> tokens, int from, Actor a) {
            Span role = roleOf(a);
            for (int i = from; i < a.from(); i++) {
                Token t = tokens.get(i);
                if (role != null && role.contains(t.span())) {
                    continue;
                }
                if (!OBJECT_LEAD.contains(t.norm())) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the object group is introduced by "dengan", "bersama" or "kepada" (noun triggers need it). */
        private boolean introduced(List<Token> tokens, List<Actor> after, int from) {
            if (after.isEmpty()) {
                return false;
            }
            for (int i = from; i < after.get(0).from(); i++) {
                if (tokens.get(i).is("dengan") || tokens.get(i).is("bersama") || tokens.get(i).is("kepada")) {
                    return true;
                }
            }
            return false;
        }

        /** "pertemuan (yang direncanakan) antara X dan Y". */
        private Optional<List<Actor>> antara(List<Token> tokens, List<Actor> actors, Clauses.Clause clause, int from) {
            for (int i = from; i < Math.min(clause.to(), from + 4); i++) {
                if (tokens.get(i).is("antara")) {
                    List<Actor> g = groupAfter(tokens, actors, clause, i + 1);
                    return g.size() >= 2 ? Optional.of(g) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        private Span roleOf(Actor a) {
            return entities.roles().stream().filter(r -> r.holder().equals(a.entity())
                    && r.span().end() == a.mention().span().end()).map(RoleAssertion::span).findFirst().orElse(null);
        }

        /** Two actors are in one group when only connectors or the second one's title lie between them. */
        private boolean joined(List<Token> tokens, Actor a, Actor b) {
            Span role = roleOf(b);
            boolean connector = false;
            for (int i = a.to(); i < b.from(); i++) {
                Token t = tokens.get(i);
                if (CONNECTORS.contains(t.norm())) {
                    connector = true;
                } else if (role == null || !role.contains(t.span())) {
                    return false;
                }
            }
            return connector;
        }

        /** "kunjungan pertamanya": the possessor is the latest person before. */
        private Optional<Actor> possessive(List<Token> tokens, PhraseTable.Hit<?> hit) {
            for (int i = hit.from(); i < Math.min(tokens.size(), hit.to() + 2); i++) {
                if (tokens.get(i).norm().endsWith("nya")) {
                    return entities.latestBefore(tokens.get(i).start(), m -> m.entity().type() == EntityType.PERSON)
                            .map(m -> new Actor(m, -1, -1));
                }
            }
            return Optional.empty();
        }

        /** The states a visit goes to: places and states after "ke"/"di"/the verb, each place by its state. */
        private List<EntityRef> visitedStates(int s, List<Token> tokens, Clauses.Clause clause, int from) {
            List<EntityRef> out = new ArrayList<>();
            boolean started = false;
            for (EntityMention m : entities.inSentence(s)) {
                int t = tokenAt(tokens, m.span().start());
                if (t < from || t >= clause.to()) {
                    continue;
                }
                if (!started) {
                    if (t - from > 3) {
                        return out;
                    }
                    started = true;
                } else if (!CONNECTORS.contains(tokens.get(t - 1).norm())) {
                    break;
                }
                EntityRef e = m.entity();
                Optional<EntityRef> st = e.type() == EntityType.STATE ? Optional.of(e)
                        : e.type() == EntityType.PLACE ? entities.stateOf(e) : Optional.empty();
                st.ifPresent(out::add);
            }
            return out;
        }

        /** "KTT … yang dipimpin Raja Salman": the chair attends too. */
        private Optional<Actor> chair(List<Token> tokens, List<Actor> actors, Clauses.Clause clause, int from) {
            int end = Math.min(tokens.size(), Math.max(clause.to(), from) + 8);
            for (int i = from; i < end; i++) {
                if (tokens.get(i).is("dipimpin") || tokens.get(i).is("diketuai")) {
                    int at = i + (i + 1 < tokens.size() && tokens.get(i + 1).is("oleh") ? 2 : 1);
                    return actors.stream().filter(a -> a.person() && a.from() >= at && a.from() <= at + 6
                            && onlyLeadWords(tokens, at, a)).findFirst();
                }
            }
            return Optional.empty();
        }

        private Optional<Actor> summitAfter(List<Token> tokens, List<Actor> actors, Clauses.Clause clause, int after) {
            boolean summitWord = false;
            for (int i = after; i < Math.min(clause.to(), after + 6); i++) {
                Token t = tokens.get(i);
                if (t.is("ktt") || t.is("puncak") || t.is("summit") || t.is("konferensi")) {
                    summitWord = true;
                }
                int idx = i;
                Optional<Actor> org = actors.stream().filter(a -> a.from() == idx
                        && a.entity().type() == EntityType.ORGANIZATION).findFirst();
                if (org.isPresent() && summitWord) {
                    return org;
                }
            }
            return Optional.empty();
        }

        /** A place after "di"/"ke" in the clause (at or after {@code from}): a city, else a state. */
        private Optional<EntityRef> placeAfter(int s, List<Token> tokens, Clauses.Clause clause, int from) {
            for (EntityMention m : entities.inSentence(s)) {
                int t = tokenAt(tokens, m.span().start());
                if (t < Math.max(from, clause.from()) || t >= clause.to() || t == 0) {
                    continue;
                }
                Token prev = tokens.get(t - 1);
                boolean locative = prev.is("di") || prev.is("ke") || prev.is("mengunjungi") || prev.is("kunjungi")
                        || prev.is("menuju");
                if (!locative) {
                    continue;
                }
                EntityType type = m.entity().type();
                if (type == EntityType.PLACE || type == EntityType.STATE) {
                    return Optional.of(m.entity());
                }
            }
            return Optional.empty();
        }

        private Optional<EntityRef> cited(int s, List<Token> tokens, Clauses.Clause clause) {
            for (EntityMention m : entities.inSentence(s)) {
                if (m.entity().type() == EntityType.PLACE) {
                    continue;
                }
                int from = tokenAt(tokens, m.span().start());
                int to = tokenAt(tokens, m.span().end() - 1) + 1;
                if (from < 0 || to <= 0 || clause.contains(from)) {
                    continue;
                }
                boolean reportsAfter = to < tokens.size() && (tokens.get(to).is("melaporkan")
                        || tokens.get(to).is("memberitakan") || tokens.get(to).is("mengabarkan"));
                boolean menurut = from > 0 && tokens.get(from - 1).is("menurut");
                if (reportsAfter || menurut) {
                    return Optional.of(m.entity());
                }
            }
            return Optional.empty();
        }

        private Span evidence(List<Token> tokens, Clauses.Clause clause) {
            int from = clause.from();
            int to = clause.to();
            while (from < to - 1 && (tokens.get(from).kind() == Token.Kind.PUNCT || tokens.get(from).kind() == Token.Kind.QUOTE)) {
                from++;
            }
            while (to > from + 1 && (tokens.get(to - 1).kind() == Token.Kind.PUNCT || tokens.get(to - 1).kind() == Token.Kind.QUOTE)) {
                to--;
            }
            return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        }

        private int tokenAt(List<Token> tokens, int offset) {
            return Tokens.indexAt(tokens, offset);
        }

        private boolean hasWordAt(List<Token> tokens, int i, String... words) {
            if (i >= tokens.size()) {
                return false;
            }
            for (String w : words) {
                if (tokens.get(i).is(w)) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ across sentences

        /**
         * A visit to a state becomes a meeting with a person of that state when, in the same or one of the next
         * two sentences, that person and the visitor act in one clause ("Dalam kunjungan tersebut, Perdana
         * Menteri Li Qiang menyampaikan kepada Bapak Mishustin …").
         */
        private void upgradeHosts() {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (!c.visitToState()) {
                    continue;
                }
                EntityRef state = c.participants().get(c.participants().size() - 1);
                List<EntityRef> visitors = c.participants().subList(0, c.participants().size() - 1);
                Optional<EntityRef> host = Optional.empty();
                for (int s = c.sentence(); s < Math.min(text.sentences().size(), c.sentence() + 3) && host.isEmpty(); s++) {
                    List<Token> tokens = text.tokens(s);
                    for (Clauses.Clause cl : clauseSplitter.split(tokens, true)) {
                        Set<EntityRef> here = new LinkedHashSet<>();
                        for (EntityMention m : entities.inSentence(s)) {
                            int t = tokenAt(tokens, m.span().start());
                            if (cl.contains(t)) {
                                here.add(m.entity());
                            }
                        }
                        if (!here.containsAll(visitors)) {
                            continue;
                        }
                        if (s != c.sentence() && lexicon.triggers().findAll(tokens, cl.from(), cl.to()).isEmpty()) {
                            continue; // a later sentence must speak of the visit or a meeting
                        }
                        List<EntityRef> hosts = here.stream().filter(e -> e.type() == EntityType.PERSON
                                && !visitors.contains(e) && entities.stateOf(e).map(state::equals).orElse(false)).toList();
                        if (hosts.size() == 1) {
                            host = Optional.of(hosts.get(0));
                            break;
                        }
                    }
                }
                if (host.isPresent()) {
                    List<EntityRef> p = new ArrayList<>(visitors);
                    p.add(host.get());
                    candidates.set(i, c.with(p));
                }
            }
        }

        /** One report per meeting: later reports of the same meeting in the article only sharpen it. */
        private List<MeetingReport> dedupe(List<Candidate> all) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : all) {
                int same = -1;
                for (int i = 0; i < kept.size(); i++) {
                    if (sameMeeting(kept.get(i), c)) {
                        same = i;
                        break;
                    }
                }
                if (same < 0) {
                    kept.add(c);
                    continue;
                }
                kept.set(same, merge(kept.get(same), c));
            }
            List<MeetingReport> out = new ArrayList<>();
            for (Candidate c : kept) {
                out.add(new MeetingReport(out.size() + 1, c.participants(), c.status(), c.virtual(), c.time(), c.place(),
                        c.evidence(), c.sentence(), c.trigger(), c.cited()));
            }
            return out;
        }

        private Candidate merge(Candidate k, Candidate c) {
            Optional<TimeMention> time = k.time();
            if (c.value().isPresent() && (k.value().isEmpty() || c.value().get().coveredDays() < k.value().get().coveredDays())) {
                time = c.time();
            }
            boolean kStates = k.participants().stream().anyMatch(e -> e.type() == EntityType.STATE);
            boolean cStates = c.participants().stream().anyMatch(e -> e.type() == EntityType.STATE);
            List<EntityRef> participants = kStates && !cStates ? c.participants() : k.participants();
            // an explicit plan or hedge says more than the default "occurred"
            MeetingStatus status = k.status() == MeetingStatus.OCCURRED ? c.status() : k.status();
            Optional<EntityRef> place = k.place().isPresent() && k.place().get().type() == EntityType.PLACE
                    ? k.place() : c.place().or(k::place);
            return new Candidate(participants, status, k.virtual(), time, place, k.evidence(), k.sentence(),
                    k.trigger(), k.cited().or(c::cited), k.visitToState() && c.visitToState());
        }

        private boolean sameMeeting(Candidate a, Candidate b) {
            if (a.virtual() != b.virtual()) {
                return false;
            }
            boolean exact = new LinkedHashSet<>(a.participants()).equals(new LinkedHashSet<>(b.participants()));
            if (!exact && !covers(a, b) && !covers(b, a)) {
                return false;
            }
            if (a.place().isPresent() && b.place().isPresent() && !placesFit(a.place().get(), b.place().get())) {
                return false;
            }
            Optional<TimeValue> ta = a.value();
            Optional<TimeValue> tb = b.value();
            if (ta.isPresent() && tb.isPresent()) {
                return ta.get().compatibleWith(tb.get());
            }
            if (ta.isPresent() || tb.isPresent()) {
                return true; // one report dates the meeting the other mentions
            }
            return a.status() == b.status() || Math.abs(a.sentence() - b.sentence()) <= 1;
        }

        private boolean placesFit(EntityRef a, EntityRef b) {
            if (a.equals(b)) {
                return true;
            }
            Optional<EntityRef> sa = a.type() == EntityType.STATE ? Optional.of(a) : entities.stateOf(a);
            Optional<EntityRef> sb = b.type() == EntityType.STATE ? Optional.of(b) : entities.stateOf(b);
            return (a.type() == EntityType.STATE && sb.map(a::equals).orElse(false))
                    || (b.type() == EntityType.STATE && sa.map(b::equals).orElse(false));
        }

        /** A state-level report (visitor, state) is the person-level one when a person of that state met the visitor. */
        private boolean covers(Candidate stateLevel, Candidate personLevel) {
            List<EntityRef> states = stateLevel.participants().stream().filter(e -> e.type() == EntityType.STATE).toList();
            if (states.isEmpty()) {
                return false;
            }
            Set<EntityRef> others = new LinkedHashSet<>(stateLevel.participants());
            states.forEach(others::remove);
            if (!personLevel.participants().containsAll(others)) {
                return false;
            }
            List<EntityRef> rest = personLevel.participants().stream().filter(e -> !others.contains(e)).toList();
            return rest.size() == states.size() && states.stream().allMatch(st -> rest.stream()
                    .anyMatch(p -> entities.stateOf(p).map(st::equals).orElse(false)));
        }
    }

    private static Actor last(List<Actor> actors) {
        return actors.get(actors.size() - 1);
    }

    private static void add(Set<EntityRef> into, List<Actor> actors) {
        actors.forEach(a -> into.add(a.entity()));
    }
}
