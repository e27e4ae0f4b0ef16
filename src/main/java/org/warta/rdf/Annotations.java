package org.warta.rdf;

import java.util.Locale;
import org.warta.model.WartaException;

/**
 * How much of an article's analysis goes into the store. {@link #LEAN} (the default) keeps every fact — meeting
 * reports, statements, roles, the entities they name — with its article, its sentence's span and its evidence
 * span, and the article's text once; {@link #FULL} adds, in a named graph of its own per article, every sentence
 * and every mention with their text (NIF-complete), removed boilerplate and the words as written (triggers,
 * reporting verbs, time expressions). The lean graph is the same in both, so every query over it answers alike.
 */
public enum Annotations {
    LEAN, FULL;

    public static Annotations of(String name) {
        for (Annotations a : values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new WartaException("unknown annotation level '" + name + "': use lean or full");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
