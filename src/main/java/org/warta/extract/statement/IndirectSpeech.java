package org.warta.extract.statement;

import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.SentenceContext;
import org.warta.extract.VerbClass;
import org.warta.extract.WordClasses;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;
import org.warta.text.Token;

/**
 * Reported speech without quotation marks, one clause at a time: "X mengatakan (bahwa) …", "menurut X, …",
 * "…, menurut X", "…, kata X". A clause gives at most one statement. "Menurut Retno, Jokowi berharap …" makes
 * Retno the cited source of what follows, not its speaker. Stateless.
 */
final class IndirectSpeech {
    /** Reported content shorter than this many tokens is no statement. */
    private static final int MIN_CONTENT = 3;
    /** How far after a verb "bahwa" may start the content. */
    private static final int BAHWA_REACH = 8;

    /** A statement found in a clause, before its speaker is checked against those who spoke already. */
    record Found(Attribution attribution, Span content) {
    }

    /**
     * What a clause gave: perhaps a statement, and the cited source in force after it; or the one who performed a
     * speech act that reports nothing ({@code actedBy}: "Budi menyampaikan terima kasih …"), still the one speaking.
     */
    record ClauseSpeech(Optional<Found> found, Optional<EntityRef> cited, Optional<EntityRef> actedBy) {
        ClauseSpeech(Optional<Found> found, Optional<EntityRef> cited) {
            this(found, cited, Optional.empty());
        }
    }

    private final ReportingVerbs verbs;
    private final Speakers speakers;
    private final QuoteAttribution quotes;
    private final WordClasses<StatementWord> words;

    IndirectSpeech(ReportingVerbs verbs, Speakers speakers, QuoteAttribution quotes, WordClasses<StatementWord> words) {
        this.verbs = verbs;
        this.speakers = speakers;
        this.quotes = quotes;
        this.words = words;
    }

    /** "Menurutnya, …", "Menurut dia, …" opening the clause: the comma after "-nya" or the pronoun, else -1. */
    private int carriedOverSource(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v) {
        if (v.value() != VerbClass.SOURCE || v.from() > c.from() + 1) {
            return -1;
        }
        int comma = Speakers.clitic(s, v.to() - 1) ? v.to()
                : v.to() < s.size() && words.is(s.token(v.to()), StatementWord.PRONOUN) ? v.to() + 1 : -1;
        return comma > 0 && commaAt(s, comma) && !hasOwnSpeaker(s, comma + 1) ? comma : -1;
    }

    /** What follows "Menurutnya," (up to its comma), said by the speaker told of before. */
    private Optional<Found> speechOfCarriedOver(SentenceContext s, PhraseTable.Hit<VerbClass> v, int comma,
                                                String verb, SpeakerMemory memory) {
        return speakers.antecedent(s, s.token(v.from()).start(), memory)
                .flatMap(who -> content(s, comma + 1, s.size())
                        .map(span -> new Found(new Attribution(who, verb), span)));
    }

    /** "…, kata X": what comes before the comma (or around an interruption), said by the post verb's speaker. */
    private Optional<Found> speechBeforePostVerb(SentenceContext s, PhraseTable.Hit<VerbClass> v, String verb,
                                                 SpeakerMemory memory) {
        return quotes.speakerOfPostVerb(s, v, verb, memory).flatMap(x -> interrupted(s, v)
                .or(() -> content(s, 0, v.from() - 1)).or(() -> runningOnAfter(s, v))
                .map(span -> new Found(x, span)));
    }

    /**
     * "Jepang, kata Budi akan terus …": with too little before the comma to be what was said (a subject), what
     * was said is the predicate running on after the speaker's name, the closing comma left out.
     */
    private Optional<Span> runningOnAfter(SentenceContext s, PhraseTable.Hit<VerbClass> v) {
        if (Speakers.clitic(s, v.to() - 1)) {
            return Optional.empty();
        }
        int end = v.to() < s.size() && words.is(s.token(v.to()), StatementWord.PRONOUN) ? v.to() + 1
                : speakers.endOfActor(s, v.to());
        return end > v.to() && runsOn(s, end) ? content(s, end, s.size()) : Optional.empty();
    }

    /**
     * "Sejak tahun lalu, kedua kota kata Budi, telah bekerja sama …": a post verb inside the clause with
     * no comma before it, a person's name right after it and a comma after the name; what was said is what follows
     * (the subject before the attribution is cut off by it, as annotators and readers take the claim after it).
     */
    private Optional<Found> insideClause(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v,
                                         String verb) {
        int i = v.from();
        if (v.value() != VerbClass.POST || i <= c.from() || !s.token(i - 1).isWord()
                || Speakers.clitic(s, v.to() - 1)) {
            return Optional.empty();
        }
        Optional<EntityRef> who = speakers.actorRightAfter(s, v.to()).filter(e -> e.type() == EntityType.PERSON);
        int end = speakers.endOfActor(s, v.to());
        return who.isEmpty() || !commaAt(s, end) ? Optional.empty()
                : content(s, end + 1, s.size()).map(span -> new Found(new Attribution(who.get(), verb), span));
    }

    /** "X mengatakan …", "Ia menegaskan …": the subject of a speech verb, or the speaker its pronoun refers to. */
    private Optional<EntityRef> subjectOfVerb(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v,
                                              SpeakerMemory memory) {
        if (v.value() != VerbClass.VERB && v.value() != VerbClass.ACT) {
            return Optional.empty();
        }
        if (describedBefore(s, c, v.from())) {
            return speakers.antecedent(s, s.token(c.from()).start(), memory);
        }
        return speakers.subjectBefore(s, c.from(), v.from()).or(() -> speakers.pronounBefore(s, c.from(), v.from(),
                memory));
    }

    /**
     * "Mantan Dubes untuk Jepang itu (pun) mengatakan …": the clause opens with a description of someone
     * told of before, ending in "itu"/"tersebut" before the verb and naming no person; a state named inside it is
     * not the one speaking.
     */
    private boolean describedBefore(SentenceContext s, Clauses.Clause c, int verb) {
        int k = verb - 1;
        while (k > c.from() && words.is(s.token(k), StatementWord.PARTICLE)) {
            k--;
        }
        if (k <= c.from() || !words.is(s.token(k), StatementWord.DEMONSTRATIVE) || !s.token(c.from()).isCapitalized()) {
            return false;
        }
        int end = k;
        return s.actors().stream().noneMatch(m -> m.entity().type() == EntityType.PERSON
                && s.tokenAt(m.span().start()) >= c.from() && s.tokenAt(m.span().start()) < end);
    }

    /** The verb's subject; a verb coordinated after a speech act ("… dukungan … dan mendesak …") shares its. */
    private Optional<EntityRef> speakerOf(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v,
                                          SpeakerMemory memory, Optional<EntityRef> acted) {
        boolean coordinated = acted.isPresent() && words.is(s.token(v.from() - 1), StatementWord.COORDINATOR);
        return coordinated ? acted : subjectOfVerb(s, c, v, memory);
    }

    private static boolean quotedAt(List<Quote> quoted, int token) {
        return quoted.stream().anyMatch(q -> q.contains(token));
    }

    /**
     * Whether a quotation closes before token {@code token} with a post verb after it ("“…,” ujar X, …"): what it
     * says is attributed already. A word set in quotation marks ("diikuti “makan siang informal”") is not.
     */
    private boolean attributedBefore(SentenceContext s, List<Quote> quoted, int token) {
        return quoted.stream().filter(q -> q.hasContent() && q.close() < token).anyMatch(q -> {
            for (int k = q.close() + 1; k < token; k++) {
                if (verbs.at(s.tokens(), k).filter(h -> h.value() == VerbClass.POST).isPresent()) {
                    return true;
                }
            }
            return false;
        });
    }

    ClauseSpeech scan(SentenceContext s, Clauses.Clause c, List<Quote> quoted, SpeakerMemory memory,
                      Optional<EntityRef> cited) {
        Optional<EntityRef> source = cited;
        Optional<EntityRef> acted = Optional.empty();
        for (int i = c.from(); i < c.to(); i++) {
            Optional<PhraseTable.Hit<VerbClass>> hit = verbs.at(s.tokens(), i);
            if (hit.isEmpty() || quotedAt(quoted, i) || notSaid(s.tokens(), i)) {
                continue;
            }
            PhraseTable.Hit<VerbClass> v = hit.get();
            String verb = s.textOf(v.from(), v.to());
            Optional<ClauseSpeech> opening = setOff(s, c, v, verb, memory, source);
            if (opening.isPresent()) {
                return opening.get();
            }
            Optional<EntityRef> who = v.value() == VerbClass.SOURCE && !Speakers.clitic(s, i)
                    ? speakers.actorRightAfter(s, v.to()) : Optional.empty();
            int afterName = who.isPresent() ? speakers.endOfActor(s, v.to()) : v.to();
            if (who.isPresent() && commaAt(s, afterName) && i <= c.from() + 1 && hasOwnSpeaker(s, afterName + 1)) {
                source = who; // "Menurut Retno, Jokowi berharap …": Jokowi speaks, Retno relays it
            } else if (who.isPresent() && attributedBefore(s, quoted, i)) {
                continue; // "“…,” ujar Trump kepada wartawan, mengutip AFP": the outlet's source, the quote Trump's
            } else if (who.isPresent()) {
                return new ClauseSpeech(source(s, c, i, afterName, who.get(), verb), source);
            }
            if (v.value() == VerbClass.SOURCE) {
                continue;
            }
            // "Hal itu disampaikan oleh X": X speaks, saying nothing here; so does one who thanks or invites
            boolean agent = v.value() == VerbClass.AGENT;
            Optional<EntityRef> subject = agent ? speakers.agentAfter(s, v.to()) : speakerOf(s, c, v, memory, acted);
            if (subject.isPresent() && (agent || performsAct(s, v, contentStart(s, c, v)))) {
                acted = subject; // "… menyampaikan ucapan selamat …, serta menyatakan bahwa …" may follow
            } else if (subject.isPresent()) {
                return new ClauseSpeech(content(s, contentStart(s, c, v), s.size())
                        .map(span -> new Found(new Attribution(subject.get(), verb), span)), source);
            }
        }
        return new ClauseSpeech(Optional.empty(), source, acted);
    }

    /**
     * An attribution set off by a comma: what is said comes before "…, kata X", after one opening the clause
     * ("Menurutnya, …", "Kata dia, …", "Dikatakan oleh Budi, …"); empty when the verb makes no such attribution.
     */
    private Optional<ClauseSpeech> setOff(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v,
                                          String verb, SpeakerMemory memory, Optional<EntityRef> source) {
        if (postAfterComma(s, v)) {
            return Optional.of(new ClauseSpeech(speechBeforePostVerb(s, v, verb, memory), source));
        }
        Optional<Found> inside = insideClause(s, c, v, verb);
        if (inside.isPresent()) {
            return Optional.of(new ClauseSpeech(inside, source));
        }
        int carried = carriedOverSource(s, c, v);
        if (carried > 0) {
            return Optional.of(new ClauseSpeech(speechOfCarriedOver(s, v, carried, verb, memory), source));
        }
        if (v.value() == VerbClass.POST && v.from() == c.from() && !(v.from() > 0 && commaAt(s, v.from() - 1))) {
            return Optional.of(new ClauseSpeech(quotes.speakerOfPostVerb(s, v, verb, memory)
                    .flatMap(x -> interrupted(s, v).map(span -> new Found(x, span))), source));
        }
        return frontedAgent(s, c, v, verb).map(found -> new ClauseSpeech(Optional.of(found), source));
    }

    /** "Dikatakan (oleh) X, CONTENT": a passive speech verb opening the clause, its agent, a comma, what X said. */
    private Optional<Found> frontedAgent(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v,
                                         String verb) {
        if (v.value() != VerbClass.AGENT || v.from() > c.from()) {
            return Optional.empty();
        }
        int at = speakers.pastAgentMarker(s, v.to());
        int end = speakers.endOfActor(s, at);
        return end == at || !commaAt(s, end) ? Optional.empty() : speakers.actorRightAfter(s, at)
                .flatMap(who -> content(s, end + 1, s.size()).map(span -> new Found(new Attribution(who, verb), span)));
    }

    /**
     * "Selain itu, imbuh Budi, rapat tadi juga menyinggung …": an attribution set between commas inside the
     * sentence; what is said is what follows it.
     */
    private Optional<Span> interrupted(SentenceContext s, PhraseTable.Hit<VerbClass> v) {
        if (Speakers.clitic(s, v.to() - 1)) {
            return commaAt(s, v.to()) ? content(s, v.to() + 1, s.size()) : Optional.empty();
        }
        if (v.to() < s.size() && words.is(s.token(v.to()), StatementWord.PRONOUN)) { // ", kata dia, …"
            return commaAt(s, v.to() + 1) ? content(s, v.to() + 2, s.size()) : Optional.empty();
        }
        int end = speakers.endOfActor(s, v.to());
        return end > v.to() && commaAt(s, end) ? content(s, end + 1, s.size()) : Optional.empty();
    }

    /** "menurut X, CONTENT" or "CONTENT, menurut X". */
    private Optional<Found> source(SentenceContext s, Clauses.Clause c, int verbAt, int afterName, EntityRef who,
                                   String verb) {
        Optional<Span> span = Optional.empty();
        if (commaAt(s, afterName) && verbAt <= c.from() + 1) {
            span = content(s, afterName + 1, s.size());
        } else if (verbAt <= c.from() + 1 && runsOn(s, afterName)) {
            span = content(s, afterName, s.size()); // "Menurut Budi kunjungan itu penting": the comma left out
        } else if (verbAt > 0 && commaAt(s, verbAt - 1)) {
            span = content(s, 0, verbAt - 1);
        }
        return span.map(x -> new Found(new Attribution(who, verb), x));
    }

    /**
     * Where the content starts: at an act verb itself, else after the verb or after a "bahwa" close behind it.
     * The content runs to the end of the sentence, across the clause cut "bahwa" makes.
     */
    private int contentStart(SentenceContext s, Clauses.Clause c, PhraseTable.Hit<VerbClass> v) {
        for (int k = v.to(); k < Math.min(c.to(), v.to() + BAHWA_REACH); k++) {
            if (words.is(s.token(k), StatementWord.COMPLEMENTIZER)) {
                return k + 1;
            }
        }
        return v.value() == VerbClass.ACT ? v.from() : v.to();
    }

    /** "…, kata X" after a clause of the sentence; "“…,” kata X" after a quotation is a direct quote's. */
    private static boolean postAfterComma(SentenceContext s, PhraseTable.Hit<VerbClass> v) {
        int i = v.from();
        return v.value() == VerbClass.POST && i > 0 && commaAt(s, i - 1)
                && (i < 2 || s.token(i - 2).kind() != Token.Kind.QUOTE);
    }

    /** "Budi menyampaikan terima kasih kepada …": the verb performs the act its object names and reports nothing. */
    private boolean performsAct(SentenceContext s, PhraseTable.Hit<VerbClass> v, int contentStart) {
        return v.value() == VerbClass.VERB && contentStart == v.to() && contentStart < s.size()
                && words.is(s.token(contentStart), StatementWord.ACT_OBJECT);
    }

    /** Whether the words at {@code i} run on from a name as what is said: a lower-case word, not "yang". */
    private boolean runsOn(SentenceContext s, int i) {
        return i < s.size() && s.token(i).isWord() && !s.token(i).isCapitalized()
                && !words.is(s.token(i), StatementWord.RELATIVE);
    }

    private static boolean commaAt(SentenceContext s, int i) {
        return i < s.size() && s.token(i).text().equals(",");
    }

    /** "tidak mengutuk", "menolak untuk mengakui", "untuk membahas": no one said anything here. */
    private boolean notSaid(List<Token> tokens, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            if (words.is(tokens.get(k), StatementWord.NEGATOR)) {
                return true;
            }
        }
        return verb > 0 && words.is(tokens.get(verb - 1), StatementWord.INFINITIVE);
    }

    /** Whether content from {@code from} has its own speaker and reporting verb ("…, Jokowi berharap …"). */
    private boolean hasOwnSpeaker(SentenceContext s, int from) {
        for (int k = from; k < s.size(); k++) {
            Optional<PhraseTable.Hit<VerbClass>> v = verbs.at(s.tokens(), k);
            if (v.isPresent() && (v.get().value() == VerbClass.VERB || v.get().value() == VerbClass.ACT)
                    && speakers.subjectBefore(s, from, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Content tokens [from, to), trimmed of punctuation; empty when too short to be a statement. */
    private Optional<Span> content(SentenceContext s, int from, int to) {
        List<Token> tokens = s.tokens();
        while (from < to && (tokens.get(from).kind() == Token.Kind.PUNCT
                || words.is(tokens.get(from), StatementWord.COMPLEMENTIZER))) {
            from++;
        }
        while (to > from && (tokens.get(to - 1).kind() == Token.Kind.PUNCT
                || tokens.get(to - 1).kind() == Token.Kind.QUOTE && to - 1 > from && !hasQuoteMark(tokens, from, to - 1))) {
            to--;
        }
        return to - from < MIN_CONTENT ? Optional.empty() : Optional.of(s.span(from, to));
    }

    private static boolean hasQuoteMark(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Token.Kind.QUOTE) {
                return true;
            }
        }
        return false;
    }
}
