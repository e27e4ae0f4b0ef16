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
import org.warta.model.StatementKind;
import org.warta.text.Token;

/**
 * Gives a quotation its speaker from the reporting structure around it: a post verb after it ("“…,” kata
 * Wang"), a colon after a verb before it ("X mengatakan: “…”"), reported speech around a quoted phrase (mixed),
 * or the speaker of the previous paragraph's quotation, for a quotation paragraph that names nobody. Stateless.
 */
final class QuoteAttribution {
    /** A quotation attributed: to whom, by which verb, and as what kind of statement. */
    record Said(Attribution attribution, StatementKind kind) {
    }

    /** A description after a post verb has at most this many words. */
    private static final int DESCRIPTION_REACH = 7;

    private final ReportingVerbs verbs;
    private final Speakers speakers;
    private final WordClasses<StatementWord> words;

    QuoteAttribution(ReportingVerbs verbs, Speakers speakers, WordClasses<StatementWord> words) {
        this.verbs = verbs;
        this.speakers = speakers;
        this.words = words;
    }

    /**
     * @param continuesQuotes whether the sentence opens a paragraph right after a paragraph with a direct quotation
     */
    Optional<Said> attribute(SentenceContext s, List<Clauses.Clause> clauses, Quote q, SpeakerMemory memory,
                             boolean continuesQuotes) {
        boolean whole = q.coversSentence(s.size());
        Optional<Attribution> after = postVerbAfter(s, q, memory);
        if (after.isPresent() && (q.startsSentence() || whole)) {
            return after.map(a -> new Said(a, StatementKind.DIRECT));
        }
        Optional<Attribution> colon = colonBefore(s, q, memory);
        if (colon.isPresent()) {
            return colon.map(a -> new Said(a, StatementKind.DIRECT));
        }
        Optional<Attribution> reported = reportedAround(s, clauses, q, memory);
        if (reported.isPresent()) {
            return reported.map(a -> new Said(a, StatementKind.MIXED));
        }
        if (q.startsSentence() && whole && continuesQuotes && memory.speaker().isPresent()) {
            return Optional.of(new Said(new Attribution(memory.speaker().get(), "(continued)"), StatementKind.DIRECT));
        }
        return Optional.empty();
    }

    /** "“…,” kata Wang" / "“…,” katanya" / "“…,” tambah Kremlin". */
    private Optional<Attribution> postVerbAfter(SentenceContext s, Quote q, SpeakerMemory memory) {
        int i = q.close() + 1;
        if (i < s.size() && s.token(i).text().equals(",")) {
            i++;
        }
        Optional<PhraseTable.Hit<VerbClass>> v = verbs.at(s.tokens(), i);
        if (v.isEmpty() || v.get().value() != VerbClass.POST) {
            return Optional.empty();
        }
        // "“… Xi …,” ujar pria itu": who "pria itu" is was told before the quotation, not inside it
        return speakerOfPostVerb(s, v.get(), s.textOf(v.get().from(), v.get().to()), memory, s.token(q.open()).start());
    }

    /** The speaker a post verb names: the actor right after it, or for "-nya" the antecedent. */
    Optional<Attribution> speakerOfPostVerb(SentenceContext s, PhraseTable.Hit<VerbClass> v, String verb,
                                            SpeakerMemory memory) {
        return speakerOfPostVerb(s, v, verb, memory, s.token(v.from()).start());
    }

    /** As above; a pronoun or description refers to someone told of before {@code antecedentAt}. */
    private Optional<Attribution> speakerOfPostVerb(SentenceContext s, PhraseTable.Hit<VerbClass> v, String verb,
                                                    SpeakerMemory memory, int antecedentAt) {
        boolean pronounAfter = v.to() < s.size() && words.is(s.token(v.to()), StatementWord.PRONOUN);
        int demonstrative = descriptionEnd(s, v.to());
        boolean described = demonstrative >= 0;
        if (described && unnamedBefore(s, v.to(), demonstrative - 1)) {
            return Optional.empty(); // "Seorang pedagang … “…,” kata pedagang tersebut": no one named speaks
        }
        if (Speakers.clitic(s, v.to() - 1) || pronounAfter || described) {
            return speakers.antecedentOfQuote(s, antecedentAt, s.token(v.from()).start(), memory)
                    .map(e -> new Attribution(e, verb));
        }
        // "…,” ujar Kepala Biro … Brigjen TNI Nama Orang": the person whose title starts after the verb, before
        // an organization named inside that title
        return speakers.actorRightAfter(s, v.to()).or(() -> speakers.firstActorAfter(s, v.to(), 6))
                .map(e -> new Attribution(e, verb));
    }

    /**
     * "…,” sambung mantan wali kota itu.", "kata sumber tersebut": a description of someone told of before,
     * ending in "itu"/"tersebut" with no person named in it: the index of its "itu"/"tersebut", -1 when there is none.
     */
    private int descriptionEnd(SentenceContext s, int from) {
        for (int i = from; i < s.size() && i < from + DESCRIPTION_REACH; i++) {
            Token t = s.token(i);
            if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.QUOTE) {
                return -1;
            }
            if (personAt(s, t)) {
                return -1;
            }
            if (words.is(t, StatementWord.DEMONSTRATIVE)) {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the description's last word, {@code head}, before its "itu"/"tersebut" was written before, in its
     * paragraph, in lower case with no person named right after it ("Salah satu pengusaha dari … memuji …"): it
     * describes someone the story never names.
     */
    private boolean unnamedBefore(SentenceContext s, int from, int head) {
        String noun = s.token(head).text();
        for (int k = s.index(); k >= 0 && s.text().paragraph(k) == s.paragraph(); k--) {
            List<Token> tokens = s.text().tokens(k);
            int until = k == s.index() ? from - 1 : tokens.size();
            for (int i = 0; i < until; i++) {
                if (tokens.get(i).text().equals(noun) && !personSoonAfter(s, tokens, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a person's mention starts at the token. */
    private static boolean personAt(SentenceContext s, Token t) {
        return s.entities().startingAt(t.start()).filter(m -> m.entity().type() == EntityType.PERSON).isPresent();
    }

    private static boolean personSoonAfter(SentenceContext s, List<Token> tokens, int i) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (personAt(s, tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "dikutip darinya: “…”" / "X mengatakan: “…”" / "X mengatakan, “Kami …”" (a whole sentence quoted). */
    private Optional<Attribution> colonBefore(SentenceContext s, Quote q, SpeakerMemory memory) {
        int open = q.open();
        if (open == 0) {
            return Optional.empty();
        }
        if (s.token(open - 1).text().equals(",")) {
            return commaBefore(s, q, memory);
        }
        if (!s.token(open - 1).text().equals(":")) {
            return Optional.empty();
        }
        for (int i = open - 2; i >= 0 && i >= open - 6; i--) {
            Optional<PhraseTable.Hit<VerbClass>> v = verbs.at(s.tokens(), i);
            if (v.isPresent() && v.get().to() <= open - 1) {
                String verb = s.token(i).text();
                for (int k = v.get().to(); k < open - 1; k++) {
                    if (Speakers.clitic(s, k)) {
                        return speakers.antecedent(s, s.token(k).start(), memory).map(e -> new Attribution(e, verb));
                    }
                }
                return speakers.subjectBefore(s, 0, i).map(e -> new Attribution(e, verb));
            }
        }
        return Optional.empty();
    }

    /**
     * "Jokowi menjelaskan, “Kami sepakat …”": a full verb right before the comma, and a quotation that opens with a
     * capital and runs to the sentence's end, is the speaker's own words set after the verb as a colon would set
     * them; a lower-case phrase or one the sentence goes on after is a phrase quoted inside reported speech.
     */
    private Optional<Attribution> commaBefore(SentenceContext s, Quote q, SpeakerMemory memory) {
        int comma = q.open() - 1;
        if (comma < 1 || !s.token(q.open() + 1).isCapitalized() || !endsSentence(s, q.close())) {
            return Optional.empty();
        }
        for (int i = comma - 1; i >= 0 && i >= comma - 2; i--) {
            Optional<PhraseTable.Hit<VerbClass>> v = verbs.at(s.tokens(), i);
            if (v.isPresent() && v.get().to() == comma && v.get().value() == VerbClass.VERB) {
                String verb = s.textOf(i, comma);
                int at = i;
                return (Speakers.clitic(s, comma - 1)
                        ? speakers.antecedent(s, s.token(comma - 1).start(), memory)
                        : speakers.subjectBefore(s, 0, at).or(() -> speakers.pronounBefore(s, 0, at, memory)))
                        .map(e -> new Attribution(e, verb));
            }
        }
        return Optional.empty();
    }

    /** Whether nothing but punctuation follows token {@code close}. */
    private static boolean endsSentence(SentenceContext s, int close) {
        for (int i = close + 1; i < s.size(); i++) {
            if (s.token(i).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** A quoted phrase inside a clause that reports someone's speech: a verb before it, or "…, kata X" after. */
    private Optional<Attribution> reportedAround(SentenceContext s, List<Clauses.Clause> clauses, Quote q,
                                                 SpeakerMemory memory) {
        // the verb may stand in the quotation's clause or in the clause a "bahwa" clause hangs on
        Clauses.Clause own = Clauses.of(clauses, q.open());
        int limit = own.from();
        int idx = clauses.indexOf(own);
        if (idx > 0 && words.is(s.token(own.from()), StatementWord.COMPLEMENTIZER)) {
            limit = clauses.get(idx - 1).from();
        }
        for (int i = q.open() - 1; i >= limit; i--) {
            Optional<PhraseTable.Hit<VerbClass>> v = verbs.at(s.tokens(), i);
            if (v.isPresent() && v.get().to() <= q.open()) {
                Optional<Attribution> a = byVerbBefore(s, clauses, q, v.get(), memory);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        for (int i = q.close() + 1; i < s.size(); i++) {
            Optional<PhraseTable.Hit<VerbClass>> v = verbs.at(s.tokens(), i);
            if (v.isPresent() && v.get().value() == VerbClass.POST && s.token(i - 1).text().equals(",")) {
                return speakerOfPostVerb(s, v.get(), s.token(i).text(), memory);
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> byVerbBefore(SentenceContext s, List<Clauses.Clause> clauses, Quote q,
                                               PhraseTable.Hit<VerbClass> v, SpeakerMemory memory) {
        int at = v.from();
        String verb = s.textOf(at, v.to());
        return switch (v.value()) {
            case POST -> speakerOfPostVerb(s, v, verb, memory);
            case AGENT -> speakers.agentAfter(s, v.to()).map(e -> new Attribution(e, verb));
            case SOURCE -> (Speakers.clitic(s, at) ? speakers.antecedent(s, s.token(at).start(), memory)
                    : speakers.actorRightAfter(s, v.to())).map(e -> new Attribution(e, verb));
            default -> {
                Clauses.Clause c = Clauses.of(clauses, at);
                Optional<EntityRef> subject = speakers.subjectBefore(s, c.from(), at)
                        .or(() -> speakers.pronounBefore(s, c.from(), at, memory))
                        .or(() -> at <= 1 ? speakers.mainSubjectAfter(s, q.close()) : Optional.empty());
                yield subject.map(e -> new Attribution(e, verb));
            }
        };
    }
}
