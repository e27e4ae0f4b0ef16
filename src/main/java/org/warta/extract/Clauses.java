package org.warta.extract;

import java.util.ArrayList;
import java.util.List;
import org.warta.text.SentenceEnds;
import org.warta.text.Token;

/**
 * Splits a sentence's tokens into clauses, so that what a meeting or a statement is about stays inside its own
 * clause: "… pada Februari 2022 ketika Putin mengunjungi Beijing" has the visit in the "ketika" clause. Clauses
 * end at a semicolon, before a subordinating word, at a comma followed by a conjunction or "yang" (the words are in
 * {@code clause-words.tsv}), and where a sentence ends inside a quotation the splitter kept whole. Loaded once;
 * stateless.
 */
public final class Clauses {
    /** The classes of {@code clause-words.tsv}. */
    public enum Word { SUBORDINATOR, AFTER_COMMA }

    /** A clause: tokens [from, to) of the sentence. */
    public record Clause(int from, int to) {
        public boolean contains(int token) {
            return from <= token && token < to;
        }
    }

    private final WordClasses<Word> words;
    private final SentenceEnds ends;

    private Clauses(WordClasses<Word> words, SentenceEnds ends) {
        this.words = words;
        this.ends = ends;
    }

    public static Clauses fromResources() {
        return fromResources(SentenceEnds.fromResources());
    }

    /** With the sentence ends the pipeline's splitter uses, loaded once. */
    public static Clauses fromResources(SentenceEnds ends) {
        return new Clauses(WordClasses.load(Clauses.class, "clause-words.tsv", Word.class), ends);
    }

    public List<Clause> split(List<Token> tokens) {
        return split(tokens, false);
    }

    /**
     * @param atQuotes also cut at quotation marks, so that what is said inside a quotation and the narrative
     *                 around it are separate clauses
     */
    public List<Clause> split(List<Token> tokens, boolean atQuotes) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int next = cutBefore(tokens, i, start, atQuotes);
            if (next >= 0 && next > start) {
                out.add(new Clause(start, next));
                start = next;
            }
        }
        if (start < tokens.size()) {
            out.add(new Clause(start, tokens.size()));
        }
        return out;
    }

    /**
     * A quotation mark around a nickname inside a name ("Joko "Jokowi" Widodo"): one capitalized word quoted
     * between two capitalized words. It encloses no speech, so it cuts no clause.
     */
    private static boolean nicknameQuote(List<Token> tokens, int i) {
        int open = i + 2 < tokens.size() && tokens.get(i + 2).kind() == Token.Kind.QUOTE ? i : i - 2;
        if (open < 1 || open + 3 >= tokens.size() || tokens.get(open).kind() != Token.Kind.QUOTE
                || tokens.get(open + 2).kind() != Token.Kind.QUOTE) {
            return false;
        }
        return capitalizedWord(tokens.get(open - 1)) && capitalizedWord(tokens.get(open + 1))
                && capitalizedWord(tokens.get(open + 3));
    }

    private static boolean capitalizedWord(Token t) {
        return t.isWord() && t.isCapitalized();
    }

    /** Where a new clause starts at token {@code i}, or -1 when the clause goes on. */
    private int cutBefore(List<Token> tokens, int i, int start, boolean atQuotes) {
        Token t = tokens.get(i);
        if (atQuotes && t.kind() == Token.Kind.QUOTE && t.text().charAt(0) != '\'' && t.text().charAt(0) != '’'
                && !nicknameQuote(tokens, i)) {
            return i + 1;
        }
        // "“Ani sudah tiba. Besok ia akan …,” kata Budi": the plan of the second sentence is not the first one's
        if (t.text().equals(";") || ends.endsAt(tokens, i)) {
            return i + 1;
        }
        if (t.isWord() && words.is(t, Word.SUBORDINATOR) && i > start) {
            // "hanya beberapa hari sebelum ia …" still cuts: the subordinate clause is about something else
            return i;
        }
        if (t.text().equals(",") && i + 1 < tokens.size() && words.is(tokens.get(i + 1), Word.AFTER_COMMA)
                && !titleCase(tokens, i + 1)) {
            return i + 1;
        }
        return -1;
    }

    /**
     * A capitalized word before another one inside a sentence opens a Title-Case phrase, not a clause: "…, Yang
     * Mulia Nama" is an honorific before a name, no relative clause.
     */
    private static boolean titleCase(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && capitalizedWord(tokens.get(i)) && capitalizedWord(tokens.get(i + 1));
    }

    /** The clause holding the token (the last clause when none does). */
    public static Clause of(List<Clause> clauses, int token) {
        for (Clause c : clauses) {
            if (c.contains(token)) {
                return c;
            }
        }
        return clauses.isEmpty() ? new Clause(0, 0) : clauses.get(clauses.size() - 1);
    }
}
