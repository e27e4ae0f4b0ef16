package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * Runs of name words: capitalized words that are not stopwords, particles inside ("Osama bin Laden"), hyphen
 * joins, initials ("Charles Q. Brown"); a run stops before a state, organization or place. Stateless.
 */
final class NameRuns {
    static final int MAX_NAME_TOKENS = 5;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;

    NameRuns(Gazetteer gazetteer, EntityLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Whether a name may start at token {@code i}: capitalized, not a stopword, not all capitals. */
    boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isCapitalized() && !lexicon.isStopword(t) && !t.isAllCaps();
    }

    /** The end of a run of name words from {@code i} ({@code i} itself when none). */
    int end(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i;
        int words = 0;
        while (k < n && words < MAX_NAME_TOKENS) {
            Token t = tokens.get(k);
            if (t.isWord() && t.isCapitalized() && !lexicon.isStopword(t) && (k == i || !isEntityStart(tokens, k))) {
                k++;
                words++;
            } else if (t.isWord() && lexicon.isParticle(t) && k > i && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
                k++;
            } else if (t.text().equals("-") && !t.spaceBefore() && k > i && k + 1 < n
                    && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).isWord()) {
                k += 2;
                words++;
            } else if (t.text().equals(".") && !t.spaceBefore() && k > i && tokens.get(k - 1).text().length() == 1
                    && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
                k++; // an initial: "Charles Q. Brown"
            } else {
                break;
            }
        }
        return k;
    }

    /** Whether a state, organization or place starts here (a name stops before it). */
    private boolean isEntityStart(List<Token> tokens, int k) {
        Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
        return g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON);
    }

    /** The name as written in tokens [from, to), without zero-width characters. */
    static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && t.spaceBefore()) {
                b.append(' ');
            }
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (!(c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF')) {
                    b.append(c); // zero-width characters are not part of the name
                }
            }
        }
        return b.toString();
    }
}
