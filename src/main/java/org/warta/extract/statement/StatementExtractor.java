package org.warta.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.Lexicons;
import org.warta.extract.PhraseTable;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.model.StatementKind;
import org.warta.model.WartaException;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * Finds who said what.
 * <ul>
 *   <li>direct: a quotation attributed by a reporting verb after it ("“…,” kata Wang", "“…,” katanya"), by a
 *       colon before it ("dikutip darinya: “…”"), or a quotation paragraph continuing the previous speaker;</li>
 *   <li>mixed: a quoted phrase inside reported speech ("Lavrov mengatakan … “kesinambungan” …");</li>
 *   <li>indirect: reported speech without quotation marks ("X mengatakan bahwa …", "menurut X, …",
 *       "…, kata X").</li>
 * </ul>
 * Speakers are persons, organizations or states; "katanya", "dia/ia mengatakan" go to the most recent speaker,
 * else the most recent person. A quotation nobody is said to have said (a heading, an author blurb) is not a
 * statement. One statement per speaker and sentence: a quoted phrase wins over the reported clause around it.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementExtractor {
    private final PhraseTable<String> verbs = new PhraseTable<>();

    public static StatementExtractor fromResources() {
        return new StatementExtractor();
    }

    private StatementExtractor() {
        Lexicons.readRows(Lexicons.class, "reporting-verbs.tsv", 2, (f, where) -> {
            if (!Set.of("post", "verb", "act", "source", "passive").contains(f[1])) {
                throw new WartaException(where + ": unknown class '" + f[1] + "'");
            }
            verbs.add(f[0], f[1]);
        });
    }

    public List<Statement> extract(ArticleText text, ArticleEntities entities) {
        return new Run(text, entities).run();
    }

    /** A quotation in a sentence: tokens [open, close] are the marks; content lies between. */
    private record Quote(int open, int close) {
    }

    private record Found(EntityRef speaker, Span content, StatementKind kind, String verb, int sentence,
                         Optional<EntityRef> cited) {
    }

    private final class Run {
        private final ArticleText text;
        private final ArticleEntities entities;
        private final List<Found> found = new ArrayList<>();
        private EntityRef lastSpeaker;
        /** The source a sentence names for what is said in it ("menurut Retno, …"). */
        private Optional<EntityRef> cited = Optional.empty();
        private int lastSpeakerParagraph = -10;
        private boolean lastParagraphQuoted;
        private int lastParagraph = -1;

        Run(ArticleText text, ArticleEntities entities) {
            this.text = text;
            this.entities = entities;
        }

        List<Statement> run() {
            for (int s = 0; s < text.sentences().size(); s++) {
                int p = text.paragraph(s);
                if (p != lastParagraph) {
                    lastParagraphQuoted = lastParagraph >= 0 && paragraphHadDirect(lastParagraph);
                    lastParagraph = p;
                }
                sentence(s);
            }
            List<Statement> out = new ArrayList<>();
            for (Found f : found) {
                out.add(new Statement(out.size() + 1, f.speaker(), text.of(f.content()), f.content(), f.kind(),
                        f.verb(), f.sentence(), f.cited()));
            }
            return out;
        }

        private boolean paragraphHadDirect(int paragraph) {
            return found.stream().anyMatch(f -> f.kind() == StatementKind.DIRECT
                    && text.paragraph(f.sentence()) == paragraph);
        }

        private void sentence(int s) {
            cited = Optional.empty();
            List<Token> tokens = text.tokens(s);
            List<Quote> quotes = quotes(tokens);
            Set<EntityRef> spoke = new HashSet<>();
            List<Clauses.Clause> clauses = Clauses.split(tokens);
            // quotations first: direct, or mixed inside reported speech
            for (Quote q : quotes) {
                if (q.close() - q.open() < 2) {
                    continue;
                }
                Span content = new Span(tokens.get(q.open() + 1).start(), tokens.get(q.close() - 1).end());
                Optional<Attribution> after = postVerbAfter(s, tokens, q.close());
                boolean startsSentence = q.open() <= 1;
                if (after.isPresent() && (startsSentence || covers(tokens, q))) {
                    add(after.get().speaker(), content, StatementKind.DIRECT, after.get().verb(), s, spoke);
                    continue;
                }
                Optional<Attribution> colon = colonBefore(s, tokens, q.open());
                if (colon.isPresent()) {
                    add(colon.get().speaker(), content, StatementKind.DIRECT, colon.get().verb(), s, spoke);
                    continue;
                }
                Optional<Attribution> reported = reportedAround(s, tokens, clauses, q);
                if (reported.isPresent()) {
                    add(reported.get().speaker(), content, StatementKind.MIXED, reported.get().verb(), s, spoke);
                    continue;
                }
                if (startsSentence && covers(tokens, q) && text.startsParagraph(s) && lastParagraphQuoted
                        && lastSpeaker != null) {
                    add(lastSpeaker, content, StatementKind.DIRECT, "(continued)", s, spoke);
                }
            }
            // reported speech without quotation marks
            for (Clauses.Clause c : clauses) {
                indirect(s, tokens, c, quotes, spoke);
            }
        }

        private void add(EntityRef speaker, Span content, StatementKind kind, String verb, int s, Set<EntityRef> spoke) {
            if (content.length() == 0) {
                return;
            }
            if (kind == StatementKind.MIXED && spoke.contains(speaker)) {
                return; // one quoted phrase per speaker and sentence
            }
            found.add(new Found(speaker, content, kind, verb, s, cited.filter(c -> !c.equals(speaker))));
            spoke.add(speaker);
            lastSpeaker = speaker;
            lastSpeakerParagraph = text.paragraph(s);
        }

        /** Pairs of double quotation marks in the sentence; an unclosed one runs to the end. */
        private List<Quote> quotes(List<Token> tokens) {
            List<Quote> out = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() != Token.Kind.QUOTE) {
                    continue;
                }
                char c = t.text().charAt(0);
                if (c == '“' || c == '„' || c == '«' || (c == '"' && open < 0)) {
                    if (open < 0) {
                        open = i;
                    }
                } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
                    out.add(new Quote(open, i));
                    open = -1;
                }
            }
            if (open >= 0 && open + 2 < tokens.size()) {
                out.add(new Quote(open, tokens.size()));
            }
            return out;
        }

        /** Whether the quotation is most of the sentence. */
        private boolean covers(List<Token> tokens, Quote q) {
            return (q.close() - q.open()) * 2 >= tokens.size();
        }

        private record Attribution(EntityRef speaker, String verb) {
        }

        /** "“…,” kata Wang" / "“…,” katanya" / "“…,” tambah Kremlin". */
        private Optional<Attribution> postVerbAfter(int s, List<Token> tokens, int close) {
            int i = close + 1;
            if (i < tokens.size() && tokens.get(i).text().equals(",")) {
                i++;
            }
            if (i > close + 1 && close < tokens.size() && tokens.get(close).text().equals(",")) {
                i = close + 1;
            }
            // a comma may also sit inside the closing mark: ",” kata"
            Optional<PhraseTable.Hit<String>> v = verbs.longestAt(tokens, i);
            if (v.isEmpty() || !v.get().value().equals("post")) {
                return Optional.empty();
            }
            String verb = text.of(new Span(tokens.get(v.get().from()).start(), tokens.get(v.get().to() - 1).end()));
            return speakerAt(s, tokens, v.get(), verb);
        }

        /** The speaker a post verb names: the actor right after it, or for "-nya" the most recent speaker. */
        private Optional<Attribution> speakerAt(int s, List<Token> tokens, PhraseTable.Hit<String> v, String verb) {
            if (tokens.get(v.to() - 1).norm().endsWith("nya")) {
                return antecedent(tokens.get(v.from()).start()).map(e -> new Attribution(e, verb));
            }
            return firstActorAfter(s, tokens, v.to(), 6).map(e -> new Attribution(e, verb));
        }

        /** "dikutip darinya: “…”" / "X mengatakan: “…”". */
        private Optional<Attribution> colonBefore(int s, List<Token> tokens, int open) {
            if (open == 0 || !tokens.get(open - 1).text().equals(":")) {
                return Optional.empty();
            }
            for (int i = open - 2; i >= 0 && i >= open - 6; i--) {
                Optional<PhraseTable.Hit<String>> v = verbs.longestAt(tokens, i);
                if (v.isPresent() && v.get().to() <= open - 1) {
                    String verb = tokens.get(i).text();
                    for (int k = v.get().to(); k < open - 1; k++) {
                        if (tokens.get(k).norm().endsWith("nya")) {
                            return antecedent(tokens.get(k).start()).map(e -> new Attribution(e, verb));
                        }
                    }
                    return subjectBefore(s, tokens, 0, i).map(e -> new Attribution(e, verb));
                }
            }
            return Optional.empty();
        }

        /** A quoted phrase inside a clause that reports someone's speech: mixed. */
        private Optional<Attribution> reportedAround(int s, List<Token> tokens, List<Clauses.Clause> clauses, Quote q) {
            // a reporting verb before the quotation in its clause (or the clause a "bahwa" clause hangs on)
            Clauses.Clause own = Clauses.of(clauses, q.open());
            int limit = own.from();
            int idx = clauses.indexOf(own);
            if (idx > 0 && tokens.get(own.from()).is("bahwa")) {
                limit = clauses.get(idx - 1).from();
            }
            for (int i = q.open() - 1; i >= limit; i--) {
                Optional<PhraseTable.Hit<String>> v = verbs.longestAt(tokens, i);
                if (v.isEmpty() || v.get().to() > q.open()) {
                    continue;
                }
                String cls = v.get().value();
                String verb = text.of(new Span(tokens.get(i).start(), tokens.get(v.get().to() - 1).end()));
                if (cls.equals("post")) {
                    Optional<Attribution> a = speakerAt(s, tokens, v.get(), verb);
                    if (a.isPresent()) {
                        return a;
                    }
                    continue;
                }
                if (cls.equals("source")) {
                    Optional<EntityRef> e = tokens.get(i).norm().endsWith("nya")
                            ? antecedent(tokens.get(i).start()) : actorRightAfter(s, tokens, v.get().to());
                    if (e.isPresent()) {
                        return e.map(x -> new Attribution(x, verb));
                    }
                    continue;
                }
                final int at = i;
                Clauses.Clause c = Clauses.of(clauses, at);
                Optional<EntityRef> subject = subjectBefore(s, tokens, c.from(), at)
                        .or(() -> pronounBefore(tokens, c.from(), at))
                        .or(() -> at <= 1 ? mainSubjectAfter(s, tokens, q.close()) : Optional.empty());
                if (subject.isPresent()) {
                    return subject.map(x -> new Attribution(x, verb));
                }
            }
            // "…, kata X." or "…, katanya." after the quotation, ending the sentence
            for (int i = q.close() + 1; i < tokens.size(); i++) {
                Optional<PhraseTable.Hit<String>> v = verbs.longestAt(tokens, i);
                if (v.isPresent() && v.get().value().equals("post") && i > 0 && tokens.get(i - 1).text().equals(",")) {
                    String verb = tokens.get(i).text();
                    return speakerAt(s, tokens, v.get(), verb);
                }
            }
            return Optional.empty();
        }

        /** Reported speech in one clause: "X mengatakan (bahwa) …", "menurut X, …", "…, kata X". */
        private void indirect(int s, List<Token> tokens, Clauses.Clause c, List<Quote> quotes, Set<EntityRef> spoke) {
            for (int i = c.from(); i < c.to(); i++) {
                Optional<PhraseTable.Hit<String>> hit = verbs.longestAt(tokens, i);
                if (hit.isEmpty()) {
                    continue;
                }
                PhraseTable.Hit<String> v = hit.get();
                String cls = v.value();
                String verb = text.of(new Span(tokens.get(v.from()).start(), tokens.get(v.to() - 1).end()));
                if (insideQuote(quotes, i) || negatedOrInfinitive(tokens, i)) {
                    continue;
                }
                if (cls.equals("source") && !tokens.get(i).norm().endsWith("nya")) {
                    // "menurut X, CONTENT" or "CONTENT, menurut X"
                    Optional<EntityRef> who = actorRightAfter(s, tokens, v.to());
                    if (who.isEmpty()) {
                        continue;
                    }
                    int afterName = endOfActor(s, tokens, v.to());
                    if (afterName < tokens.size() && tokens.get(afterName).text().equals(",") && i <= c.from() + 1) {
                        if (hasOwnSpeaker(s, tokens, afterName + 1)) {
                            // "Menurut Retno, Jokowi berharap …": Jokowi speaks; Retno is the source relaying it
                            cited = who;
                            continue;
                        }
                        content(s, tokens, afterName + 1, tokens.size()).ifPresent(span ->
                                addIndirect(who.get(), span, verb, s, spoke));
                    } else if (i > 0 && tokens.get(i - 1).text().equals(",")) {
                        content(s, tokens, 0, i - 1).ifPresent(span -> addIndirect(who.get(), span, verb, s, spoke));
                    }
                    return;
                }
                if (cls.equals("post") && i > 0 && tokens.get(i - 1).text().equals(",")
                        && (i < 2 || tokens.get(i - 2).kind() != Token.Kind.QUOTE)) {
                    Optional<Attribution> a = speakerAt(s, tokens, v, verb);
                    if (a.isPresent()) {
                        content(s, tokens, 0, i - 1).ifPresent(span -> addIndirect(a.get().speaker(), span, verb, s, spoke));
                    }
                    return;
                }
                if (cls.equals("verb") || cls.equals("act")) {
                    final int at = i;
                    Optional<EntityRef> subject = subjectBefore(s, tokens, c.from(), at)
                            .or(() -> pronounBefore(tokens, c.from(), at));
                    if (subject.isEmpty()) {
                        continue;
                    }
                    int start = cls.equals("act") ? i : v.to();
                    for (int k = v.to(); k < Math.min(c.to(), v.to() + 8); k++) {
                        if (tokens.get(k).is("bahwa")) {
                            start = k + 1;
                            break;
                        }
                    }
                    int end = c.to();
                    // the reported content runs to the end of the sentence, across clause cuts made by "bahwa"
                    end = tokens.size();
                    int from = start;
                    content(s, tokens, from, end).ifPresent(span -> addIndirect(subject.get(), span, verb, s, spoke));
                    return;
                }
            }
        }

        /** "tidak mengutuk", "menolak untuk mengakui", "untuk membahas": no one said anything here. */
        private boolean negatedOrInfinitive(List<Token> tokens, int verb) {
            for (int k = Math.max(0, verb - 3); k < verb; k++) {
                Token t = tokens.get(k);
                if (t.is("tidak") || t.is("tak") || t.is("belum") || t.is("bukan") || t.is("enggan")
                        || t.is("menolak") || t.is("tanpa")) {
                    return true;
                }
            }
            return verb > 0 && tokens.get(verb - 1).is("untuk");
        }

        /** Whether content from {@code from} has its own speaker and reporting verb ("…, Jokowi berharap …"). */
        private boolean hasOwnSpeaker(int s, List<Token> tokens, int from) {
            for (int k = from; k < tokens.size(); k++) {
                Optional<PhraseTable.Hit<String>> v = verbs.longestAt(tokens, k);
                if (v.isPresent() && (v.get().value().equals("verb") || v.get().value().equals("act"))
                        && subjectBefore(s, tokens, from, k).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private void addIndirect(EntityRef speaker, Span content, String verb, int s, Set<EntityRef> spoke) {
            if (spoke.contains(speaker)) {
                return;
            }
            add(speaker, content, StatementKind.INDIRECT, verb, s, spoke);
        }

        /** Content tokens [from, to), trimmed of punctuation; empty when too short to be a statement. */
        private Optional<Span> content(int s, List<Token> tokens, int from, int to) {
            while (from < to && (tokens.get(from).kind() == Token.Kind.PUNCT || tokens.get(from).is("bahwa"))) {
                from++;
            }
            while (to > from && (tokens.get(to - 1).kind() == Token.Kind.PUNCT
                    || tokens.get(to - 1).kind() == Token.Kind.QUOTE && to - 1 > from
                    && !hasOpening(tokens, from, to - 1))) {
                to--;
            }
            if (to - from < 3) {
                return Optional.empty();
            }
            return Optional.of(new Span(tokens.get(from).start(), tokens.get(to - 1).end()));
        }

        private boolean hasOpening(List<Token> tokens, int from, int to) {
            for (int i = from; i < to; i++) {
                if (tokens.get(i).kind() == Token.Kind.QUOTE) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideQuote(List<Quote> quotes, int i) {
            return quotes.stream().anyMatch(q -> q.open() < i && i < q.close());
        }

        /** The nearest actor before the verb in the clause (persons, organizations, states). */
        private Optional<EntityRef> subjectBefore(int s, List<Token> tokens, int from, int verb) {
            List<EntityMention> actors = actors(s);
            if (verb > from && (tokens.get(verb - 1).is("dan") || tokens.get(verb - 1).is("serta"))) {
                // a coordinated predicate shares the clause's subject: "X bertemu Y dan memuji …" is X's
                for (EntityMention m : actors) {
                    int start = indexOf(tokens, m.span().start());
                    if (start >= from && start < verb) {
                        return Optional.of(m.entity());
                    }
                }
                return Optional.empty();
            }
            for (int i = actors.size() - 1; i >= 0; i--) {
                EntityMention m = actors.get(i);
                int start = indexOf(tokens, m.span().start());
                int end = indexOf(tokens, m.span().end() - 1) + 1;
                if (start >= from && end <= verb) {
                    // only a short gap: "Lavrov juga mengatakan", "Kementerian … Rusia mengatakan"
                    if (verb - end <= 4 && noVerbBetween(tokens, end, verb)) {
                        return Optional.of(m.entity());
                    }
                    // or a short aside between commas: "Wang Wenbin, Selasa (11/7), mengatakan"
                    if (aside(tokens, end, verb)) {
                        return Optional.of(m.entity());
                    }
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private boolean aside(List<Token> tokens, int from, int to) {
            if (to - from < 3 || to - from > 10 || !tokens.get(from).text().equals(",")
                    || !tokens.get(to - 1).text().equals(",")) {
                return false;
            }
            for (int i = from + 1; i < to - 1; i++) {
                if (tokens.get(i).text().equals(",") || tokens.get(i).kind() == Token.Kind.QUOTE) {
                    return false;
                }
            }
            return true;
        }

        private boolean noVerbBetween(List<Token> tokens, int from, int to) {
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.text().equals(",") || t.kind() == Token.Kind.QUOTE) {
                    return false;
                }
            }
            return true;
        }

        /** "Dia/Ia/Mereka mengatakan …": the most recent speaker or person. */
        private Optional<EntityRef> pronounBefore(List<Token> tokens, int from, int verb) {
            for (int i = Math.max(from, verb - 3); i < verb; i++) {
                Token t = tokens.get(i);
                if (t.is("dia") || t.is("ia") || t.is("beliau")) {
                    return antecedent(t.start());
                }
            }
            return Optional.empty();
        }

        /** "Menyebut hubungan … “…”, Lavrov berjanji …": the clause's subject after the participle. */
        private Optional<EntityRef> mainSubjectAfter(int s, List<Token> tokens, int after) {
            List<EntityMention> actors = actors(s);
            for (EntityMention m : actors) {
                int start = indexOf(tokens, m.span().start());
                if (start > after && m.entity().type() == EntityType.PERSON) {
                    return Optional.of(m.entity());
                }
            }
            return Optional.empty();
        }

        private Optional<EntityRef> firstActorAfter(int s, List<Token> tokens, int from, int window) {
            for (EntityMention m : actors(s)) {
                int start = indexOf(tokens, m.span().start());
                if (start >= from && start < from + window) {
                    return Optional.of(m.entity());
                }
            }
            return Optional.empty();
        }

        /** The actor that starts right at {@code from}, or whose title does ("menurut juru bicara Kremlin X"). */
        private Optional<EntityRef> actorRightAfter(int s, List<Token> tokens, int from) {
            if (from >= tokens.size()) {
                return Optional.empty();
            }
            int offset = tokens.get(from).start();
            for (EntityMention m : actors(s)) {
                if (m.span().start() == offset) {
                    return Optional.of(m.entity());
                }
                boolean titled = entities.roles().stream().anyMatch(r -> r.sentenceIndex() == s
                        && r.span().start() == offset && r.holder().equals(m.entity())
                        && r.span().end() == m.span().end());
                if (titled) {
                    return Optional.of(m.entity());
                }
            }
            return Optional.empty();
        }

        private int endOfActor(int s, List<Token> tokens, int from) {
            for (EntityMention m : actors(s)) {
                int start = indexOf(tokens, m.span().start());
                if (start >= from && start < from + 6) {
                    int end = indexOf(tokens, m.span().end() - 1) + 1;
                    // an apposition after the name belongs to it: "Menurut X, sekretaris …, …"
                    return end;
                }
            }
            return from;
        }

        /** The most recent speaker if recent, else the most recent person before the offset. */
        private Optional<EntityRef> antecedent(int offset) {
            int paragraph = text.paragraph(Math.max(0, text.sentenceAt(offset)));
            if (lastSpeaker != null && paragraph - lastSpeakerParagraph <= 3) {
                return Optional.of(lastSpeaker);
            }
            return entities.pronounAntecedent(offset);
        }

        /** Speakers in the sentence: see {@link ArticleEntities#actors}. */
        private List<EntityMention> actors(int s) {
            return entities.actors(s);
        }

        private int indexOf(List<Token> tokens, int offset) {
            return Tokens.indexAt(tokens, offset);
        }
    }
}
