package org.warta.eval;

import org.warta.text.Token;

/** How names are compared in the evaluation: case, accents, hyphens, periods and spacing do not matter. */
final class NameKey {
    static String of(String name) {
        String n = Token.normalize(name).replace('-', ' ').replace('.', ' ').replace('’', '\'');
        return n.replaceAll("\\s+", " ").strip();
    }

    /** A quotation or its start, compared without quotation marks, final punctuation and spacing. */
    static String quote(String q) {
        String n = Token.normalize(q).replaceAll("[\"“”‘’„«»]", "").replaceAll("\\s+", " ").strip();
        return n.replaceAll("[\\s.,;:!?…]+$", "");
    }

    private NameKey() {
    }
}
