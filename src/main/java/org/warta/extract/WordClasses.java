package org.warta.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.model.WartaException;
import org.warta.text.Token;

/**
 * Single words sorted into the classes of one enum, read from a lexicon file of {@code WORD <TAB> CLASS} lines
 * (class names in lower case, hyphens for underscores: {@code object-lead} is {@code OBJECT_LEAD}). The loader is
 * strict: an unknown class, a word with a space, a line given twice, or a class with no word is an error that
 * names the file and line. A word may belong to several classes.
 */
public final class WordClasses<E extends Enum<E>> {
    private final Map<String, Set<E>> byWord;
    private final Map<E, Set<String>> byClass;

    private WordClasses(Map<String, Set<E>> byWord, Map<E, Set<String>> byClass) {
        this.byWord = byWord;
        this.byClass = byClass;
    }

    /** Loads {@code file} next to {@code anchor}; every class of {@code type} must have at least one word. */
    public static <E extends Enum<E>> WordClasses<E> load(Class<?> anchor, String file, Class<E> type) {
        Map<String, Set<E>> byWord = new HashMap<>();
        Map<E, Set<String>> byClass = new EnumMap<>(type);
        Lexicons.readRows(anchor, file, 2, (f, where) -> {
            if (f[0].contains(" ")) {
                throw new WartaException(where + ": '" + f[0] + "' is not a single word");
            }
            E cls = parse(type, f[1], where);
            String word = Token.normalize(f[0]);
            if (!byWord.computeIfAbsent(word, k -> EnumSet.noneOf(type)).add(cls)) {
                throw new WartaException(where + ": '" + f[0] + "' is already listed as " + f[1]);
            }
            byClass.computeIfAbsent(cls, k -> new LinkedHashSet<>()).add(word);
        });
        for (E cls : type.getEnumConstants()) {
            if (!byClass.containsKey(cls)) {
                throw new WartaException(file + ": no word of class " + name(cls));
            }
        }
        Map<String, Set<E>> words = new HashMap<>();
        byWord.forEach((w, c) -> words.put(w, Collections.unmodifiableSet(c)));
        Map<E, Set<String>> classes = new EnumMap<>(type);
        byClass.forEach((c, w) -> classes.put(c, Collections.unmodifiableSet(w)));
        return new WordClasses<>(words, classes);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new WartaException(where + ": unknown class '" + value + "'");
        }
    }

    /** The class's name as written in the file. */
    public static String name(Enum<?> cls) {
        return cls.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the token (by its normalized form) is a word of the class. */
    public boolean is(Token t, E cls) {
        return has(t.norm(), cls);
    }

    /** Whether a normalized word is a word of the class. */
    public boolean has(String norm, E cls) {
        Set<E> c = byWord.get(norm);
        return c != null && c.contains(cls);
    }

    /** The words of a class, normalized, in file order. */
    public Set<String> words(E cls) {
        return byClass.get(cls);
    }
}
