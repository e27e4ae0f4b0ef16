package org.warta.extract.lexicon;

import java.util.Arrays;
import java.util.List;
import org.warta.text.Token;

/**
 * Whether the case of the text fits a gazetteer name: a name written in capitals (AS, PBB, RI) matches only
 * capitals, an acronym proper of four letters or more also with one capital ("Asean"); a capitalized word of the
 * name must be capitalized in the text; lower-case particles (bin, dan, van) may be either. Stateless.
 */
final class NameCase {
    /** An acronym proper this long or longer may be written with one capital ("Asean"). */
    private static final int ACRONYM_AS_WORD = 4;

    private NameCase() {
    }

    /**
     * Whether a name in capitals of four letters or more is an acronym proper, which Indonesian may write with one
     * capital, and not a name a word or a name also spells (its label holds it as a word: "ANTARA" of "Antara",
     * "RAND" of "RAND Corporation"). Shorter ones ("AS", "PBB") match only in capitals.
     */
    private static boolean acronymProper(String acronym, String label) {
        return label.equals(acronym) || Arrays.stream(label.split(" ")).noneMatch(w -> w.equalsIgnoreCase(acronym));
    }

    static boolean fits(String[] texts, boolean[] capitalized, boolean[] allCaps, boolean[] spaced, String label,
                        List<Token> tokens, int from) {
        for (int k = 0; k < texts.length; k++) {
            Token t = tokens.get(from + k);
            if (allCaps[k]) {
                if (!t.text().equals(texts[k]) && !t.norm().equals(Token.normalize(texts[k]))) {
                    return false;
                }
                // an acronym read as a word may have one capital ("Asean", "Nato"): see acronymProper
                boolean asWord = texts[k].length() >= ACRONYM_AS_WORD && t.isCapitalized()
                        && acronymProper(texts[k], label)
                        && t.text().substring(1).chars().allMatch(Character::isLowerCase);
                if (!t.isAllCaps() && !asWord) {
                    return false;
                }
            } else if (capitalized[k] && !t.isCapitalized()) {
                return false;
            }
            if (k > 0 && t.spaceBefore() != spaced[k]) {
                // "Rusia-China" must not match a name "Rusia China", nor the reverse
                return false;
            }
        }
        return true;
    }
}
