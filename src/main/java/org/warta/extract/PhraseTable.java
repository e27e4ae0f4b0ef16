package org.warta.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.text.Token;
import org.warta.text.Tokenizer;

/** Phrases of one or more words, matched on normalized tokens (ignoring case and accents); the longest wins. */
public final class PhraseTable<V> {
    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Tokenizer tokenizer = new Tokenizer();

    private record Entry<V>(List<String> words, V value) {
    }

    /** A phrase found at tokens [from, to). */
    public record Hit<V>(int from, int to, V value) {
    }

    public void add(String phrase, V value) {
        add(tokenizer.tokenize(phrase, 0, phrase.length()).stream().map(Token::norm).toList(), value);
    }

    public void add(List<String> words, V value) {
        if (words.isEmpty()) {
            return;
        }
        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(List.copyOf(words), value));
    }

    public Optional<Hit<V>> longestAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        List<Entry<V>> candidates = byFirst.get(tokens.get(i).norm());
        if (candidates == null) {
            return Optional.empty();
        }
        Hit<V> best = null;
        for (Entry<V> e : candidates) {
            int n = e.words().size();
            if (i + n > tokens.size() || (best != null && n <= best.to() - best.from())) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = tokens.get(i + k).norm().equals(e.words().get(k));
            }
            if (ok) {
                best = new Hit<>(i, i + n, e.value());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every non-overlapping phrase in tokens [from, to), left to right, longest first at each position. */
    public List<Hit<V>> findAll(List<Token> tokens, int from, int to) {
        List<Hit<V>> out = new ArrayList<>();
        int i = Math.max(0, from);
        while (i < to && i < tokens.size()) {
            Optional<Hit<V>> h = longestAt(tokens, i);
            if (h.isPresent() && h.get().to() <= to) {
                out.add(h.get());
                i = h.get().to();
            } else {
                i++;
            }
        }
        return out;
    }
}
