package org.warta.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.SentenceContext;
import org.warta.extract.WordClasses;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.model.StatementKind;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * Finds who said what, sentence by sentence, in three stages: {@link QuoteFinder} (the quotations),
 * {@link QuoteAttribution} (direct: "“…,” kata Wang", "X mengatakan: “…”", a quotation paragraph continuing the
 * previous speaker; mixed: a quoted phrase inside reported speech) and {@link IndirectSpeech} (reported speech
 * without quotation marks). {@link Speakers} resolves who a structure points at. The only thing carried from one
 * sentence to the next is the {@link SpeakerMemory}. One statement per speaker and sentence: a quoted phrase wins
 * over the reported clause around it.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementExtractor {
    private final Clauses clauses;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final QuoteAttribution attribution;
    private final IndirectSpeech indirect;

    public StatementExtractor(ReportingVerbs verbs, Clauses clauses, WordClasses<StatementWord> words) {
        this.clauses = clauses;
        Speakers speakers = new Speakers(words);
        this.attribution = new QuoteAttribution(verbs, speakers, words);
        this.indirect = new IndirectSpeech(verbs, speakers, attribution, words);
    }

    public static WordClasses<StatementWord> words() {
        return WordClasses.load(StatementExtractor.class, "statement-words.tsv", StatementWord.class);
    }

    public List<Statement> extract(ArticleText text, ArticleEntities entities) {
        List<Statement> out = new ArrayList<>();
        SpeakerMemory memory = SpeakerMemory.none();
        boolean lastParagraphQuoted = false;
        boolean lastParagraphSpoke = false;
        for (int s = 0; s < text.sentences().size(); s++) {
            if (s > 0 && text.paragraph(s) != text.paragraph(s - 1)) {
                int previous = text.paragraph(s - 1);
                lastParagraphQuoted = out.stream().anyMatch(st -> st.kind() == StatementKind.DIRECT
                        && text.paragraph(st.sentenceIndex()) == previous);
                lastParagraphSpoke = out.stream().anyMatch(st -> text.paragraph(st.sentenceIndex()) == previous);
            }
            // "Menurut Retno, isu G20 juga dibahas. ¶ “Indonesia sampaikan penghargaan …”": a quotation paragraph
            // after the speaker's reported speech goes on with that speaker as after a quotation; a lower-case
            // quoted phrase there is a line broken off a sentence, not a paragraph of speech
            boolean continuesQuotes = text.startsParagraph(s)
                    && (lastParagraphQuoted || lastParagraphSpoke && opensWithCapital(text.tokens(s)));
            if (text.isBody(s)) {
                memory = sentence(SentenceContext.of(text, entities, s), memory, continuesQuotes, out);
            }
        }
        return out;
    }

    /** Whether the sentence opens with a quotation mark and a capitalized word. */
    private static boolean opensWithCapital(List<Token> tokens) {
        return tokens.size() > 1 && tokens.get(0).kind() == Token.Kind.QUOTE && tokens.get(1).isCapitalized();
    }

    /** Adds the sentence's statements to {@code out}; returns the memory after them. */
    private SpeakerMemory sentence(SentenceContext s, SpeakerMemory memory, boolean continuesQuotes,
                                   List<Statement> out) {
        List<Quote> quotes = quoteFinder.find(s.tokens());
        List<Clauses.Clause> cl = clauses.split(s.tokens());
        Set<EntityRef> spoke = new HashSet<>();
        SpeakerMemory m = memory;
        for (Quote q : quotes) {
            if (!q.hasContent()) {
                continue;
            }
            Optional<QuoteAttribution.Said> said = attribution.attribute(s, cl, q, m, continuesQuotes);
            if (said.isPresent() && !(said.get().kind() == StatementKind.MIXED
                    && spoke.contains(said.get().attribution().speaker()))) {
                m = add(s, said.get().attribution(), q.content(s.tokens()), said.get().kind(), Optional.empty(),
                        spoke, out, m);
            }
        }
        Optional<EntityRef> cited = Optional.empty();
        for (int k = 0; k < cl.size(); k++) {
            IndirectSpeech.ClauseSpeech found = indirect.scan(s, cl.get(k), quotes, m, cited);
            if (found.found().isEmpty() && found.actedBy().isPresent() && k + 1 < cl.size()) {
                // "… menyampaikan ucapan selamat …, serta menyatakan bahwa …": the next clause's coordinated verb
                // has the act's subject
                Clauses.Clause joined = new Clauses.Clause(cl.get(k).from(), cl.get(k + 1).to());
                IndirectSpeech.ClauseSpeech again = indirect.scan(s, joined, quotes, m, cited);
                if (again.found().isPresent()) {
                    found = again;
                    k++;
                }
            }
            cited = found.cited();
            Optional<IndirectSpeech.Found> f = found.found();
            if (f.isPresent()) {
                m = reported(s, f.get(), cited, spoke, out, m);
            } else if (found.actedBy().isPresent()) {
                m = m.spoke(found.actedBy().get(), s.paragraph()); // a later "saya" in quotes is still this one
            }
        }
        return m;
    }

    /** Reported speech: a statement of its own, or the wider span of the speaker's mixed statement before. */
    private SpeakerMemory reported(SentenceContext s, IndirectSpeech.Found f, Optional<EntityRef> cited,
                                   Set<EntityRef> spoke, List<Statement> out, SpeakerMemory memory) {
        if (spoke.contains(f.attribution().speaker())) {
            widenMixed(s, f, out);
            return memory;
        }
        return add(s, f.attribution(), f.content(), StatementKind.INDIRECT, cited, spoke, out, memory);
    }

    /**
     * "Lavrov mengatakan hubungan kedua negara mencerminkan “pendekatan bersama …”": a mixed statement of the
     * sentence is the reported speech around its quoted phrase, when the speaker's reported content holds it.
     */
    private static void widenMixed(SentenceContext s, IndirectSpeech.Found reported, List<Statement> out) {
        Span content = reported.content();
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceIndex() == s.index(); i--) {
            Statement st = out.get(i);
            if (st.kind() == StatementKind.MIXED && st.speaker().equals(reported.attribution().speaker())
                    && content.start() < st.quoteSpan().start() && content.end() >= st.quoteSpan().end() - 1) {
                Span widened = new Span(content.start(), Math.max(content.end(), st.quoteSpan().end()));
                if (out.stream().anyMatch(o -> o != st && o.sentenceIndex() == s.index()
                        && o.quoteSpan().start() < widened.end() && widened.start() < o.quoteSpan().end())) {
                    continue; // another quote inside: the reported speech is not this phrase's alone
                }
                out.set(i, new Statement(st.ordinal(), st.speaker(), s.text().of(widened), widened, st.kind(),
                        st.verb(), st.sentenceIndex(), st.citedSource()));
            }
        }
    }

    private SpeakerMemory add(SentenceContext s, Attribution a, Span content, StatementKind kind,
                              Optional<EntityRef> cited, Set<EntityRef> spoke, List<Statement> out,
                              SpeakerMemory memory) {
        if (content.length() == 0) {
            return memory;
        }
        EntityRef speaker = a.speaker();
        out.add(new Statement(out.size() + 1, speaker, s.text().of(content), content, kind, a.verb(), s.index(),
                cited.filter(c -> !c.equals(speaker))));
        spoke.add(speaker);
        return memory.spoke(speaker, s.paragraph());
    }
}
