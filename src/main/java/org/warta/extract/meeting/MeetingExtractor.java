package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Finds meetings: talks, visits, receptions, summits, calls. A trigger word (bertemu, menjamu, mengunjungi,
 * pertemuan, telepon …) and the actors around it in its clause give the participants: the persons named, else
 * the states and organizations; a visit to a place with no host named is a meeting with that place's state.
 * Cues in the clause give the status (akan → planned, kabarnya → uncertain), or rule the meeting out: negated,
 * cancelled, hypothetical, an aggregate ("bertemu 39 kali"), or a photo caption. The nearest time expression
 * is resolved against the publication date in the direction the status implies. Repeated reports of one meeting
 * in the same article become one report, with the most precise time.
 *
 * <p>Stateless and thread-safe.
 */
public final class MeetingExtractor {
    private static final Set<String> CONNECTORS = Set.of("dan", ",", "serta", "&", "bersama", "beserta");
    private static final Set<String> DEMONSTRATIVES = Set.of("itu", "tersebut", "ini");
    private static final Set<String> QUANTITY = Set.of("puluhan", "belasan", "ratusan", "beberapa", "berulang",
            "banyak", "sekian", "berapa");

    private final MeetingLexicon lexicon;
    private final TimeExtractor times;

    public MeetingExtractor(MeetingLexicon lexicon, TimeExtractor times) {
        this.lexicon = lexicon;
        this.times = times;
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
                             String trigger, Optional<EntityRef> cited) {
    }

    /** An actor mention with its token range in the sentence. */
    private record Actor(EntityMention mention, int from, int to) {
        EntityRef entity() {
            return mention.entity();
        }
    }

    private final class Run {
        private final ArticleText text;
        private final ArticleEntities entities;
        private final Optional<LocalDate> anchor;
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<TimeMention> allTimes = new ArrayList<>();
        private Optional<TimeValue> previousDay = Optional.empty();

        Run(ArticleText text, ArticleEntities entities) {
            this.text = text;
            this.entities = entities;
            this.anchor = text.article().metadata().published();
        }

        Result run() {
            for (int s = 0; s < text.sentences().size(); s++) {
                sentence(s);
            }
            return new Result(dedupe(candidates), allTimes);
        }

        private void sentence(int s) {
            List<Token> tokens = text.tokens(s);
            List<Clauses.Clause> clauses = Clauses.split(tokens);
            List<TimeExpression> found = times.find(text.text(), tokens);
            boolean caption = isCaption(s);
            List<Actor> actors = actors(s, tokens);
            Optional<TimeValue> dayBefore = previousDay;
            for (PhraseTable.Hit<MeetingLexicon.Trigger> hit : lexicon.triggers().findAll(tokens, 0, tokens.size())) {
                if (caption) {
                    break;
                }
                Clauses.Clause clause = Clauses.of(clauses, hit.from());
                trigger(s, tokens, clauses, clause, hit, actors, found, dayBefore);
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
            for (int i = 0; i < text.sentences().size(); i++) {
                if (text.paragraph(i) == p) {
                    b.append(text.sentenceText(i)).append(' ');
                }
            }
            return lexicon.isCaption(b.toString());
        }

        /** The sentence's actors: persons, states and organizations, not those inside a title or a longer name. */
        private List<Actor> actors(int s, List<Token> tokens) {
            List<EntityMention> inSentence = entities.inSentence(s);
            List<Span> roleSpans = entities.roles().stream().filter(r -> r.sentenceIndex() == s)
                    .map(RoleAssertion::span).toList();
            List<Actor> out = new ArrayList<>();
            for (EntityMention m : inSentence) {
                if (m.entity().type() == EntityType.PLACE) {
                    continue;
                }
                boolean nested = inSentence.stream().anyMatch(o -> o != m && o.span().contains(m.span())
                        && o.span().length() > m.span().length());
                boolean inRole = m.entity().type() != EntityType.PERSON
                        && roleSpans.stream().anyMatch(r -> r.contains(m.span()));
                if (nested || inRole) {
                    continue;
                }
                int from = tokenAt(tokens, m.span().start());
                int to = tokenAt(tokens, m.span().end() - 1) + 1;
                if (from >= 0 && to > from) {
                    out.add(new Actor(m, from, to));
                }
            }
            return out;
        }

        private void trigger(int s, List<Token> tokens, List<Clauses.Clause> clauses, Clauses.Clause clause,
                             PhraseTable.Hit<MeetingLexicon.Trigger> hit, List<Actor> actors,
                             List<TimeExpression> found, Optional<TimeValue> dayBefore) {
            MeetingLexicon.Trigger trig = hit.value();
            if (ruledOut(tokens, clause, hit)) {
                return;
            }
            List<Actor> before = groupBefore(actors, clause, hit.from());
            List<Actor> after = groupAfter(tokens, actors, clause, hit.to());
            Set<EntityRef> participants = new LinkedHashSet<>();
            Optional<EntityRef> place = Optional.empty();
            boolean demonstrative = hit.to() < tokens.size() && DEMONSTRATIVES.contains(tokens.get(hit.to()).norm());
            switch (trig.pattern()) {
                case SYMMETRIC, HOST, GUEST -> {
                    List<Actor> subject = before.isEmpty() ? implicitSubject(s, actors, clauses, clause, hit.from())
                            : before;
                    if (trig.weak() && (subject.isEmpty() || after.isEmpty())) {
                        return;
                    }
                    add(participants, subject);
                    add(participants, after);
                }
                case VISIT -> {
                    List<Actor> visitor = before;
                    List<Actor> target = after;
                    // "kunjungan Wang ke Moskow": the visitor is named after the noun
                    if (!after.isEmpty() && persons(after) && hasWordAfter(tokens, last(after).to, "ke", "di")) {
                        visitor = after;
                        target = groupAfter(tokens, actors, clause, last(after).to);
                        place = placeAfter(s, tokens, clause, last(after).to);
                    } else {
                        place = placeAfter(s, tokens, clause, hit.to());
                    }
                    if (visitor.isEmpty()) {
                        visitor = possessive(tokens, hit).or(() -> Optional.empty()).map(List::of)
                                .orElseGet(() -> implicitSubject(s, actors, clauses, clause, hit.from()));
                    }
                    if (visitor.isEmpty()) {
                        return;
                    }
                    add(participants, visitor);
                    if (!target.isEmpty() && persons(target)) {
                        add(participants, target);
                    } else {
                        List<Actor> targets = target;
                        Optional<EntityRef> host = place.flatMap(p -> p.type() == EntityType.STATE ? Optional.of(p)
                                : entities.stateOf(p)).or(() -> targets.stream().map(Actor::entity)
                                .filter(e -> e.type() == EntityType.STATE).findFirst());
                        if (host.isEmpty() || visitor.stream().anyMatch(v -> host.equals(entities.stateOf(v.entity())))) {
                            return; // a visit home, or to nowhere named
                        }
                        participants.add(host.get());
                    }
                }
                case NOUN -> {
                    if (demonstrative && after.isEmpty()) {
                        refineLatest(s, tokens, clause, found, hit, dayBefore);
                        return;
                    }
                    if (tokens.size() > hit.to() && tokens.get(hit.to()).is("antara")) {
                        add(participants, after);
                    } else {
                        List<Actor> subject = before.isEmpty() ? implicitSubject(s, actors, clauses, clause, hit.from())
                                : before;
                        if (trig.weak() && (subject.isEmpty() || after.isEmpty())) {
                            return;
                        }
                        add(participants, subject);
                        add(participants, after);
                    }
                }
                case GATHER -> add(participants, after);
                case ATTEND -> {
                    Optional<Actor> summit = summitAfter(tokens, actors, clause, hit.to());
                    if (summit.isEmpty()) {
                        return;
                    }
                    List<Actor> subject = before.isEmpty() ? implicitSubject(s, actors, clauses, clause, hit.from())
                            : before;
                    add(participants, subject);
                    participants.add(summit.get().entity());
                }
            }
            List<EntityRef> list = new ArrayList<>(participants);
            if (list.size() < 2) {
                return;
            }
            if (place.isEmpty()) {
                place = placeAfter(s, tokens, clause, hit.from());
            }
            MeetingStatus status = status(tokens, clause);
            boolean virtual = trig.virtual() || cuePresent(tokens, clause.from(), clause.to(), MeetingLexicon.Cue.VIRTUAL);
            Optional<TimeMention> time = time(found, clause, hit, status, dayBefore);
            if (status == MeetingStatus.OCCURRED && time.flatMap(TimeMention::value).isPresent() && anchor.isPresent()
                    && time.get().value().get().coverStart().isAfter(anchor.get())) {
                status = MeetingStatus.PLANNED;
            }
            Span evidence = evidence(tokens, clause);
            candidates.add(new Candidate(list, status, virtual, time, virtual ? Optional.empty() : place, evidence, s,
                    text.of(new Span(tokens.get(hit.from()).start(), tokens.get(hit.to() - 1).end())),
                    cited(s, tokens, clause, list)));
        }

        private boolean ruledOut(List<Token> tokens, Clauses.Clause clause, PhraseTable.Hit<?> hit) {
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
            // "39 kali", "puluhan kali": a count of meetings
            for (int i = clause.from() + 1; i < clause.to(); i++) {
                if (tokens.get(i).is("kali") && (tokens.get(i - 1).kind() == Token.Kind.NUMBER
                        || QUANTITY.contains(tokens.get(i - 1).norm()))) {
                    return true;
                }
            }
            return false;
        }

        private MeetingStatus status(List<Token> tokens, Clauses.Clause clause) {
            boolean planned = false;
            boolean uncertain = false;
            boolean reported = false;
            for (PhraseTable.Hit<MeetingLexicon.Cue> c : lexicon.cues().findAll(tokens, clause.from(), clause.to())) {
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
        private Optional<TimeMention> time(List<TimeExpression> found, Clauses.Clause clause,
                                           PhraseTable.Hit<MeetingLexicon.Trigger> hit, MeetingStatus status,
                                           Optional<TimeValue> dayBefore) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<Token> tokens = text.tokens(text.sentenceAt(found.get(0).span().start()));
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
            Tense tense = switch (status) {
                case PLANNED -> Tense.FUTURE;
                case OCCURRED -> Tense.PAST;
                case UNCERTAIN -> Tense.UNKNOWN;
            };
            return Optional.of(times.resolve(best, anchor, tense, dayBefore));
        }

        /** "kunjungan itu akan berlangsung dari Senin hingga Rabu": sharpens the time of the latest meeting. */
        private void refineLatest(int s, List<Token> tokens, Clauses.Clause clause, List<TimeExpression> found,
                                  PhraseTable.Hit<MeetingLexicon.Trigger> hit, Optional<TimeValue> dayBefore) {
            if (candidates.isEmpty()) {
                return;
            }
            Candidate last = candidates.get(candidates.size() - 1);
            Optional<TimeMention> t = time(found, clause, hit, last.status(), dayBefore);
            if (t.isEmpty() || t.get().value().isEmpty()) {
                return;
            }
            int clauseStart = tokens.get(clause.from()).start();
            int clauseEnd = tokens.get(clause.to() - 1).end();
            if (t.get().span().start() < clauseStart || t.get().span().end() > clauseEnd) {
                return;
            }
            TimeValue v = t.get().value().get();
            Optional<TimeValue> old = last.time().flatMap(TimeMention::value);
            if (old.isEmpty() || v.compatibleWith(old.get()) && v.coveredDays() < old.get().coveredDays()) {
                candidates.set(candidates.size() - 1, new Candidate(last.participants(), last.status(), last.virtual(),
                        t, last.place(), last.evidence(), last.sentence(), last.trigger(), last.cited()));
            }
        }

        /** The actors closest before the trigger in its clause, joined by "dan" or commas. */
        private List<Actor> groupBefore(List<Actor> actors, Clauses.Clause clause, int trigger) {
            List<Actor> in = actors.stream().filter(a -> a.from() >= clause.from() && a.to() <= trigger).toList();
            if (in.isEmpty()) {
                return List.of();
            }
            List<Actor> group = new ArrayList<>();
            Actor cur = in.get(in.size() - 1);
            group.add(0, cur);
            for (int i = in.size() - 2; i >= 0; i--) {
                Actor prev = in.get(i);
                if (joined(prev, cur)) {
                    group.add(0, prev);
                    cur = prev;
                } else {
                    break;
                }
            }
            return group;
        }

        /** The actors right after the trigger (after dengan/antara/ke/kepada and titles), joined by "dan". */
        private List<Actor> groupAfter(List<Token> tokens, List<Actor> actors, Clauses.Clause clause, int after) {
            List<Actor> in = actors.stream().filter(a -> a.from() >= after && a.to() <= clause.to()).toList();
            if (in.isEmpty() || in.get(0).from() - after > 8) {
                return List.of();
            }
            for (int i = after; i < in.get(0).from(); i++) {
                if (isVerbLike(tokens.get(i))) {
                    return List.of();
                }
            }
            List<Actor> group = new ArrayList<>();
            group.add(in.get(0));
            for (int i = 1; i < in.size(); i++) {
                if (joined(group.get(group.size() - 1), in.get(i))) {
                    group.add(in.get(i));
                } else {
                    break;
                }
            }
            return group;
        }

        /** Two actors are in one group when only connectors or the second one's title lie between them. */
        private boolean joined(Actor a, Actor b) {
            List<Token> tokens = text.tokens(a.mention().sentenceIndex());
            Span role = entities.roles().stream().filter(r -> r.holder().equals(b.entity())
                    && r.span().end() == b.mention().span().end()).map(RoleAssertion::span).findFirst().orElse(null);
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

        private boolean isVerbLike(Token t) {
            String w = t.norm();
            return t.isWord() && (w.startsWith("me") && w.length() > 5 && !w.equals("menteri") || w.equals("adalah")
                    || w.equals("merupakan") || w.equals("yaitu"));
        }

        /** With no actor before the trigger in its clause: the subject of the sentence's main clause. */
        private List<Actor> implicitSubject(int s, List<Actor> actors, List<Clauses.Clause> clauses,
                                            Clauses.Clause clause, int trigger) {
            List<Actor> earlier = actors.stream().filter(a -> a.to() <= trigger).toList();
            Optional<Actor> person = earlier.stream().filter(a -> a.entity().type() == EntityType.PERSON).findFirst();
            if (person.isPresent()) {
                return List.of(person.get());
            }
            return List.of();
        }

        /** "kunjungan pertamanya": the possessor is the latest person before. */
        private Optional<Actor> possessive(List<Token> tokens, PhraseTable.Hit<?> hit) {
            for (int i = hit.from(); i < Math.min(tokens.size(), hit.to() + 2); i++) {
                if (tokens.get(i).norm().endsWith("nya")) {
                    return entities.latestBefore(tokens.get(i).start(),
                                    m -> m.entity().type() == EntityType.PERSON)
                            .map(m -> new Actor(m, -1, -1));
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

        private Optional<EntityRef> cited(int s, List<Token> tokens, Clauses.Clause clause, List<EntityRef> participants) {
            for (EntityMention m : entities.inSentence(s)) {
                if (participants.contains(m.entity()) || m.entity().type() == EntityType.PLACE) {
                    continue;
                }
                int from = tokenAt(tokens, m.span().start());
                int to = tokenAt(tokens, m.span().end() - 1) + 1;
                if (from < 0 || to <= 0) {
                    continue;
                }
                boolean reportsAfter = to < tokens.size() && (tokens.get(to).is("melaporkan")
                        || tokens.get(to).is("memberitakan") || tokens.get(to).is("mengabarkan"));
                boolean menurut = from > 0 && (tokens.get(from - 1).is("menurut")
                        || from > 1 && tokens.get(from - 2).is("menurut"));
                if ((reportsAfter || menurut) && !clause.contains(from)) {
                    return Optional.of(m.entity());
                }
                if (reportsAfter) {
                    return Optional.of(m.entity());
                }
            }
            return Optional.empty();
        }

        private Span evidence(List<Token> tokens, Clauses.Clause clause) {
            int from = clause.from();
            int to = clause.to();
            while (from < to - 1 && tokens.get(from).kind() == Token.Kind.PUNCT) {
                from++;
            }
            while (to > from + 1 && tokens.get(to - 1).kind() == Token.Kind.PUNCT) {
                to--;
            }
            return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        }

        private int tokenAt(List<Token> tokens, int offset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                    return i;
                }
            }
            return -1;
        }

        private boolean hasWordAfter(List<Token> tokens, int i, String... words) {
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

        /** One report per meeting: later reports of the same meeting in the article only sharpen its time. */
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
                Candidate k = kept.get(same);
                Optional<TimeMention> time = k.time();
                Optional<TimeValue> kv = k.time().flatMap(TimeMention::value);
                Optional<TimeValue> cv = c.time().flatMap(TimeMention::value);
                if (cv.isPresent() && (kv.isEmpty() || cv.get().coveredDays() < kv.get().coveredDays())) {
                    time = c.time();
                }
                List<EntityRef> participants = k.participants().stream().anyMatch(e -> e.type() == EntityType.STATE)
                        && c.participants().stream().noneMatch(e -> e.type() == EntityType.STATE)
                        ? c.participants() : k.participants();
                kept.set(same, new Candidate(participants, k.status(), k.virtual(), time, k.place().or(c::place),
                        k.evidence(), k.sentence(), k.trigger(), k.cited().or(c::cited)));
            }
            List<MeetingReport> out = new ArrayList<>();
            for (Candidate c : kept) {
                out.add(new MeetingReport(out.size() + 1, c.participants(), c.status(), c.virtual(), c.time(), c.place(),
                        c.evidence(), c.sentence(), c.trigger(), c.cited()));
            }
            return out;
        }

        private boolean sameMeeting(Candidate a, Candidate b) {
            if (a.virtual() != b.virtual()) {
                return false;
            }
            Set<EntityRef> pa = new LinkedHashSet<>(a.participants());
            Set<EntityRef> pb = new LinkedHashSet<>(b.participants());
            boolean sameParticipants = pa.equals(pb) || covers(a, b) || covers(b, a);
            if (!sameParticipants) {
                return false;
            }
            Optional<TimeValue> ta = a.time().flatMap(TimeMention::value);
            Optional<TimeValue> tb = b.time().flatMap(TimeMention::value);
            if (ta.isPresent() && tb.isPresent()) {
                return ta.get().compatibleWith(tb.get());
            }
            if (a.place().isPresent() && b.place().isPresent() && !a.place().equals(b.place())) {
                return false;
            }
            return a.status() == b.status() && (ta.isPresent() || tb.isPresent() || a.sentence() == b.sentence()
                    || Math.abs(a.sentence() - b.sentence()) <= 1);
        }

        /** A state-level report (visitor, state) is the person-level one when a person of that state met the visitor. */
        private boolean covers(Candidate stateLevel, Candidate personLevel) {
            List<EntityRef> states = stateLevel.participants().stream().filter(e -> e.type() == EntityType.STATE).toList();
            if (states.isEmpty()) {
                return false;
            }
            Set<EntityRef> others = new LinkedHashSet<>(stateLevel.participants());
            others.removeAll(states);
            if (!personLevel.participants().containsAll(others)) {
                return false;
            }
            List<EntityRef> rest = personLevel.participants().stream().filter(e -> !others.contains(e)).toList();
            return rest.size() == states.size() && states.stream().allMatch(st -> rest.stream()
                    .anyMatch(p -> entities.stateOf(p).map(st::equals).orElse(false)));
        }
    }

    private static boolean persons(List<Actor> actors) {
        return actors.stream().anyMatch(a -> a.entity().type() == EntityType.PERSON);
    }

    private static Actor last(List<Actor> actors) {
        return actors.get(actors.size() - 1);
    }

    private static void add(Set<EntityRef> into, List<Actor> actors) {
        actors.forEach(a -> into.add(a.entity()));
    }

    /** Persons when any are named; otherwise the states and organizations. */
    private static List<EntityRef> specific(List<EntityRef> participants) {
        return participants.stream().distinct().toList();
    }
}
