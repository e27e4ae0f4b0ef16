package org.warta.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.WartaException;

/**
 * Where a period closes a sentence and where it closes an abbreviation (abbreviations.txt: "Dr.", "Jl.") or an
 * initial ("Joseph R. Biden"). The splitter cuts the text at the ends outside quotations; the clauses of a
 * quotation that holds several sentences are cut at the ends inside it. Loaded once; stateless.
 */
public final class SentenceEnds {
    private final Set<String> abbreviations;

    public SentenceEnds(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public static SentenceEnds fromResources() {
        Set<String> abbreviations = new HashSet<>();
        String name = "abbreviations.txt";
        try (InputStream in = SentenceEnds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new WartaException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    abbreviations.add(s);
                }
            }
        } catch (IOException e) {
            throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new SentenceEnds(abbreviations);
    }

    /**
     * "“Ani sudah tiba. Besok ia akan …,” kata Budi": token {@code i} is a period, "!" or "?" right after a word,
     * with a capitalized word after a space next, that closes no abbreviation or initial: a sentence ends there
     * even inside a unit the splitter kept whole.
     */
    public boolean endsAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || i + 1 >= tokens.size() || t.kind() != Token.Kind.PUNCT
                || !(t.text().equals(".") || t.text().equals("!") || t.text().equals("?"))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return tokens.get(i - 1).isWord() && next.isWord() && next.isCapitalized() && next.spaceBefore()
                && !(t.text().equals(".") && abbreviation(tokens, i));
    }

    /** Whether the period at {@code dot} closes an abbreviation or an initial. */
    boolean abbreviation(List<Token> line, int dot) {
        Token prev = line.get(dot - 1);
        if (prev.end() != line.get(dot).start() || !prev.isWord()) {
            return false;
        }
        String w = prev.norm();
        if (w.length() == 1 && prev.isCapitalized()) {
            return true;
        }
        if (abbreviations.contains(w)) {
            return true;
        }
        // a.n. / u.p. style: letter, dot, letter
        return dot >= 3 && line.get(dot - 2).text().equals(".") && line.get(dot - 3).isWord()
                && abbreviations.contains(line.get(dot - 3).norm() + "." + w);
    }
}
