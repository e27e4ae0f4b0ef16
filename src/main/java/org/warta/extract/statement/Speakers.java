package org.warta.extract.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.SentenceContext;
import org.warta.extract.WordClasses;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * Finds the speaker a reporting structure points at: the subject before a verb ("Lavrov juga mengatakan"), the
 * actor after a post verb or "menurut", a pronoun's antecedent. Speakers are the sentence's actors: persons,
 * organizations, states. Stateless.
 */
final class Speakers {
    /** At most this many words between a subject and its verb ("Kementerian … Rusia mengatakan"). */
    private static final int SUBJECT_GAP = 4;
    /** Tokens from a sentence's start within which its opening person, or a pronoun referring back, stands. */
    private static final int OPENER_REACH = 3;
    /** A phrase fronted before the comma of a sentence opening with a person has at most this many words. */
    private static final int FRONTED_WORDS = 4;
    /** A relative clause between a speaker and the verb has at most this many words ("yang datang bersama …"). */
    private static final int RELATIVE_REACH = 10;

    private final WordClasses<StatementWord> words;

    Speakers(WordClasses<StatementWord> words) {
        this.words = words;
    }

    /** Whether token {@code i} ends in the clitic "-nya" ("katanya", "menurutnya"): it points back to someone. */
    static boolean clitic(SentenceContext s, int i) {
        return s.token(i).endsWithNya();
    }

    /** The nearest actor before the verb in tokens [from, verb), close to it or set off by a short aside. */
    Optional<EntityRef> subjectBefore(SentenceContext s, int from, int verb) {
        List<EntityMention> actors = s.actors();
        if (verb > from && words.is(s.token(verb - 1), StatementWord.COORDINATOR)) {
            // a coordinated predicate shares its clause's subject: "X bertemu Y dan memuji …" is X's; the subject
            // is the last actor with no comma before the predicates ("…, Budi sempat bercerita dan mengaku …")
            for (int i = actors.size() - 1; i >= 0; i--) {
                int start = s.tokenAt(actors.get(i).span().start());
                int end = s.tokenAt(actors.get(i).span().end() - 1) + 1;
                if (start >= from && end < verb && noBreakBetween(s.tokens(), start, verb)
                        && !s.token(end).isCapitalized() && !words.is(s.token(end), StatementWord.COORDINATOR)
                        && !words.is(s.token(end), StatementWord.PREPOSITION)) {
                    return Optional.of(actors.get(i).entity());
                }
            }
            return actors.stream().filter(m -> {
                int start = s.tokenAt(m.span().start());
                return start >= from && start < verb;
            }).findFirst().map(EntityMention::entity);
        }
        for (int i = actors.size() - 1; i >= 0; i--) {
            EntityMention m = actors.get(i);
            int start = s.tokenAt(m.span().start());
            int end = s.tokenAt(m.span().end() - 1) + 1;
            if (start >= from && end <= verb) {
                if (bracketed(s.tokens(), start, end, verb) || dashed(s.tokens(), start, end, verb)) {
                    continue; // "Pejabat di Wisma (kediaman resmi menteri) mengatakan": a gloss, not the subject
                }
                if (m.entity().type() == EntityType.STATE && start > 0
                        && words.is(s.token(start - 1), StatementWord.PREPOSITION)) {
                    continue; // "pejabat yang bertugas di Jepang menyatakan": a place, not the subject
                }
                // a short gap ("Lavrov juga mengatakan") or an aside ("Wang Wenbin, Selasa (11/7), mengatakan"); a
                // relative clause tells what a person said ("Ani yang mengatakan …") but what a state or body did
                // ("Palestina yang telah menyatakan sikapnya")
                // "Pejabat di Kremlin (pusat …) mengatakan", "Presiden X – membalikkan kebijakan … – mengumumkan"
                int after = pastDashes(s.tokens(), pastGloss(s.tokens(), end, verb), verb);
                boolean close = verb - after <= SUBJECT_GAP && noBreakBetween(s.tokens(), after, verb)
                        && !(m.entity().type() != EntityType.PERSON && relative(s.tokens(), after, verb));
                if (!(close || aside(s.tokens(), end, verb) || apposed(s.tokens(), start, end, verb))) {
                    return Optional.empty();
                }
                return Optional.of(relativeHead(s, start, verb).orElse(m.entity()));
            }
        }
        return Optional.empty();
    }

    /**
     * "PM X yang datang bersama Ibu Y mengaku …": a name inside a relative clause ("yang …") that opens right after
     * a person and runs to the verb; the verb is that person's, the head the clause tells of.
     */
    private Optional<EntityRef> relativeHead(SentenceContext s, int start, int verb) {
        for (EntityMention head : s.actors()) {
            int end = s.tokenAt(head.span().end() - 1) + 1;
            if (head.entity().type() == EntityType.PERSON && end < start && verb - end <= RELATIVE_REACH
                    && words.is(s.token(end), StatementWord.RELATIVE) && noBreakBetween(s.tokens(), end, verb)) {
                return Optional.of(head.entity());
            }
        }
        return Optional.empty();
    }

    /** Whether the actor sits in brackets closed before the verb ("(kediaman resmi Menteri X)"). */
    private static boolean bracketed(List<Token> tokens, int start, int end, int verb) {
        int open = start - 1;
        while (open >= 0 && !tokens.get(open).text().equals("(") && !tokens.get(open).text().equals(")")) {
            open--;
        }
        if (open < 0 || tokens.get(open).text().equals(")")) {
            return false;
        }
        return pastGloss(tokens, open, verb) > open;
    }

    /** Past a bracketed gloss that opens at {@code at} and closes before the verb; else {@code at} itself. */
    private static int pastGloss(List<Token> tokens, int at, int verb) {
        if (at >= verb || !tokens.get(at).text().equals("(")) {
            return at;
        }
        for (int i = at + 1; i < verb; i++) {
            if (tokens.get(i).text().equals(")")) {
                return i + 1;
            }
        }
        return at;
    }

    /** Whether the actor sits in an aside between two dashes, closed before the verb ("– kebijakan AS –"). */
    private static boolean dashed(List<Token> tokens, int start, int end, int verb) {
        int open = start - 1;
        while (open >= 0 && !dash(tokens.get(open))) {
            open--;
        }
        return open >= 0 && pastDashes(tokens, open, verb) > open;
    }

    /** Past an aside that opens with a dash at {@code at} and closes with one before the verb; else {@code at}. */
    private static int pastDashes(List<Token> tokens, int at, int verb) {
        if (at >= verb || !dash(tokens.get(at))) {
            return at;
        }
        for (int i = at + 1; i < verb; i++) {
            if (dash(tokens.get(i))) {
                return i + 1;
            }
        }
        return at;
    }

    /** A dash set off by spaces: an aside's mark, not a hyphen inside a word. */
    private static boolean dash(Token t) {
        return (t.text().equals("–") || t.text().equals("—")) && t.spaceBefore();
    }

    private boolean relative(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.is(tokens.get(i), StatementWord.RELATIVE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Juru bicara Kemlu, Nama Orang, mengatakan …": a name set between commas after its title, the verb right after
     * the closing one (or after a short run of words with no break).
     */
    private static boolean apposed(List<Token> tokens, int start, int end, int verb) {
        return start > 0 && tokens.get(start - 1).text().equals(",") && end < verb && tokens.get(end).text().equals(",")
                && verb - (end + 1) <= SUBJECT_GAP && noBreakBetween(tokens, end + 1, verb);
    }

    /** ", Selasa (11/7)," : a short stretch between two commas with no comma or quotation mark inside. */
    private static boolean aside(List<Token> tokens, int from, int to) {
        if (to - from < 3 || to - from > 10 || !tokens.get(from).text().equals(",")
                || !tokens.get(to - 1).text().equals(",")) {
            return false;
        }
        return noBreakBetween(tokens, from + 1, to - 1);
    }

    /** No comma, quotation mark or dash (an aside's mark, spaced or not: "invasi Rusia—atau bahkan …") between. */
    private static boolean noBreakBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",") || t.kind() == Token.Kind.QUOTE || t.text().equals("—") || t.text().equals("–")) {
                return false;
            }
        }
        return true;
    }

    /** "Dia/Ia mengatakan …": the pronoun's referent, within three words before the verb. */
    Optional<EntityRef> pronounBefore(SentenceContext s, int from, int verb, SpeakerMemory memory) {
        for (int i = Math.max(from, verb - 3); i < verb; i++) {
            Token t = s.token(i);
            if (words.is(t, StatementWord.PRONOUN)) {
                return antecedent(s, t.start(), memory);
            }
        }
        return Optional.empty();
    }

    /** "disampaikan (oleh) X": the actor after a passive speech verb and its "oleh". */
    Optional<EntityRef> agentAfter(SentenceContext s, int from) {
        return actorRightAfter(s, pastAgentMarker(s, from));
    }

    /** The token after "oleh" at {@code from}, else {@code from}: where a passive verb's agent starts. */
    int pastAgentMarker(SentenceContext s, int from) {
        return from < s.size() && words.is(s.token(from), StatementWord.AGENT_MARKER) ? from + 1 : from;
    }

    /** "Menyebut hubungan … “…”, Lavrov berjanji …": the first person after the quotation. */
    Optional<EntityRef> mainSubjectAfter(SentenceContext s, int after) {
        return s.actors().stream().filter(m -> s.tokenAt(m.span().start()) > after
                && m.entity().type() == EntityType.PERSON).findFirst().map(EntityMention::entity);
    }

    /** The first actor starting within {@code window} tokens from {@code from}. */
    Optional<EntityRef> firstActorAfter(SentenceContext s, int from, int window) {
        return firstActorStartingIn(s, from, window).map(EntityMention::entity);
    }

    /** The actor that starts right at {@code from}, or whose title does ("menurut juru bicara Kremlin X"). */
    Optional<EntityRef> actorRightAfter(SentenceContext s, int from) {
        if (from >= s.size()) {
            return Optional.empty();
        }
        int offset = s.token(from).start();
        // "menurut Bapak Patrushev", "kata Pak Jokowi": an honorific may stand before the name
        int honorific = from;
        while (honorific < Math.min(s.size() - 1, from + 2) && s.token(honorific).isCapitalized()
                && s.entities().startingAt(s.token(honorific).start()).isEmpty()) {
            honorific++;
        }
        int nameAt = s.token(honorific).start();
        for (EntityMention m : s.actors()) {
            if (m.span().start() == nameAt && m.entity().type() == EntityType.PERSON && honorific > from) {
                return Optional.of(m.entity());
            }
            boolean titled = s.entities().roles().stream().anyMatch(r -> r.sentenceIndex() == s.index()
                    && r.span().start() == offset && r.holder().equals(m.entity())
                    && r.span().end() == m.span().end());
            if (m.span().start() == offset || titled) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }

    /** The token after the first actor starting within six tokens of {@code from}, else {@code from}. */
    int endOfActor(SentenceContext s, int from) {
        return firstActorStartingIn(s, from, 6).map(m -> s.tokenAt(m.span().end() - 1) + 1).orElse(from);
    }

    private Optional<EntityMention> firstActorStartingIn(SentenceContext s, int from, int window) {
        return s.actors().stream().filter(m -> {
            int start = s.tokenAt(m.span().start());
            return start >= from && start < from + window;
        }).findFirst();
    }

    /**
     * What "-nya" or "dia" at this offset refers to: the person the sentence before in its paragraph opens with
     * ("Budi tiba pagi tadi. Ia menyatakan …"), else the recent speaker, else the article's pronoun antecedent.
     */
    Optional<EntityRef> antecedent(SentenceContext s, int offset, SpeakerMemory memory) {
        return openerBefore(s, offset).or(() -> memory.recentAt(paragraphAt(s, offset)))
                .or(() -> s.entities().pronounAntecedent(offset));
    }

    /**
     * The person the sentence before, in the same paragraph, opens with — only its title before the name — when the
     * offset is in its own sentence's start.
     */
    private static Optional<EntityRef> openerBefore(SentenceContext s, int offset) {
        int before = s.index() - 1;
        if (before < 0 || s.text().paragraph(before) != s.paragraph() || s.tokenAt(offset) > OPENER_REACH) {
            return Optional.empty();
        }
        List<Token> tokens = s.text().tokens(before);
        return s.entities().actors(before).stream().findFirst()
                .filter(m -> m.entity().type() == EntityType.PERSON && titleOnlyBefore(tokens, m.span().start()))
                .map(EntityMention::entity);
    }

    private static boolean titleOnlyBefore(List<Token> tokens, int offset) {
        for (Token t : tokens.subList(pastFrontedPhrase(tokens, offset), tokens.size())) {
            if (t.end() > offset) {
                return true;
            }
            if (!t.isWord() || !t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Past a short phrase fronted before a comma at the sentence's start, ending before {@code offset}: "Sementara
     * itu, Nama …", "Di sisi lain, Nama …" open with the person all the same; 0 when there is none.
     */
    private static int pastFrontedPhrase(List<Token> tokens, int offset) {
        for (int i = 1; i <= Math.min(FRONTED_WORDS, tokens.size() - 1); i++) {
            if (tokens.get(i).text().equals(",")) {
                return tokens.get(i).end() <= offset ? i + 1 : 0;
            }
            if (!tokens.get(i - 1).isWord()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Whom a "-nya", a pronoun or a description after a quotation (between {@code quoteStart} and {@code quoteEnd})
     * refers to: the recent speaker, unless the quotation speaks of that person (a speaker does not name himself in
     * the third person), then the one who spoke before; with no speaker in memory, the antecedent before the
     * quotation that it does not speak of.
     */
    Optional<EntityRef> antecedentOfQuote(SentenceContext s, int quoteStart, int quoteEnd, SpeakerMemory memory) {
        Set<EntityRef> spokenOf = new HashSet<>();
        for (EntityMention m : s.entities().inSentence(s.index())) {
            boolean inside = m.span().start() >= quoteStart && m.span().end() <= quoteEnd;
            if (m.entity().type() == EntityType.PERSON && inside) {
                spokenOf.add(m.entity());
            }
        }
        if (spokenOf.isEmpty()) {
            return antecedent(s, quoteStart, memory);
        }
        int paragraph = paragraphAt(s, quoteStart);
        return memory.recentAt(paragraph, spokenOf).or(() -> memory.recentAt(paragraph).isPresent()
                ? Optional.empty() : s.entities().pronounAntecedent(quoteStart).filter(e -> !spokenOf.contains(e)));
    }

    private static int paragraphAt(SentenceContext s, int offset) {
        return s.text().paragraph(Math.max(0, s.text().sentenceAt(offset)));
    }
}
