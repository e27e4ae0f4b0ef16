package org.warta.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable table of one- or few-word phrases, matched against token norms at a position. Lookup is by the
 * first word, so matching costs a hash lookup plus the few phrases sharing that word, whatever the text length.
 */
final class Phrases<V> {
    /** A phrase found: it ends before token {@code end}. */
    record Hit<V>(int end, V value) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;

    private Phrases(Map<String, List<Entry<V>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> longest(String[] norms, int i) {
        if (i < 0 || i >= norms.length) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(norms[i]);
        if (candidates == null) {
            return null;
        }
        // candidates are sorted longest first, so the first that fits is the longest
        for (Entry<V> e : candidates) {
            if (matches(e.words, norms, i)) {
                return new Hit<>(i + e.words.length, e.value);
            }
        }
        return null;
    }

    /** Whether the token at {@code i} is a one-word phrase of this table. */
    boolean wordAt(String[] norms, int i) {
        if (i < 0 || i >= norms.length) {
            return false;
        }
        List<Entry<V>> candidates = byFirstWord.get(norms[i]);
        if (candidates == null) {
            return false;
        }
        for (Entry<V> e : candidates) {
            if (e.words.length == 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase of this table starts at token {@code i}. */
    boolean startsAt(String[] norms, int i) {
        return longest(norms, i) != null;
    }

    private static boolean matches(String[] words, String[] norms, int i) {
        if (i + words.length > norms.length) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!words[k].equals(norms[i + k])) {
                return false;
            }
        }
        return true;
    }

    /** Collects phrases; the caller has already rejected duplicates. */
    static final class Builder<V> {
        private final Map<String, List<Entry<V>>> map = new HashMap<>();

        Builder<V> add(List<String> words, V value) {
            String[] w = words.toArray(new String[0]);
            map.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Entry<>(w, value));
            return this;
        }

        Phrases<V> build() {
            Map<String, List<Entry<V>>> copy = new HashMap<>();
            for (Map.Entry<String, List<Entry<V>>> e : map.entrySet()) {
                List<Entry<V>> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparingInt((Entry<V> x) -> -x.words.length));
                copy.put(e.getKey(), List.copyOf(list));
            }
            return new Phrases<>(Map.copyOf(copy));
        }
    }
}
