package org.warta.extract.time;

import java.util.List;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.text.Token;

/**
 * One sentence's tokens with the lexicon that reads them: the immutable view every finder rule works on, built
 * once per {@link TimeFinder#find} call, with the token tests the rules share.
 */
final class SentenceScan {
    final TimeLexicon lex;
    final TokenView tokens;
    /** The token norms, shared with the phrase tables; never modified. */
    final String[] norms;
    final int n;

    SentenceScan(TimeLexicon lex, List<Token> tokens) {
        this.lex = lex;
        this.tokens = new TokenView(tokens);
        this.norms = this.tokens.norms();
        this.n = this.tokens.size();
    }

    /** The unit word at token {@code i}, or null. */
    Unit unitAt(int i) {
        Phrases.Hit<Unit> u = lex.units.longest(norms, i);
        return u == null ? null : u.value();
    }

    /**
     * A number or quantity word right before, or the first half of a reduplication: "dua pekan lalu",
     * "beberapa pekan lalu" and "bulan-bulan mendatang" are not "pekan lalu" or "bulan mendatang".
     */
    boolean quantityBefore(int i) {
        boolean reduplicated = i >= 2 && "-".equals(norms[i - 1]) && norms[i - 2].equals(norms[i]);
        return reduplicated || tokens.digits(i - 1, 3) >= 0 || lex.counts.wordAt(norms, i - 1)
                || lex.quantities.wordAt(norms, i - 1) || lex.countUnits.wordAt(norms, i - 1);
    }

    /** Whether a range word and a year follow: the second year of "2019-2021". */
    boolean yearFollows(int j) {
        Phrases.Hit<String> joiner = lex.ranges.longest(norms, j);
        return joiner != null && tokens.year(joiner.end()) > 0;
    }

    /** The token after a part of the day at {@code j} ("malam"), or {@code j} when there is none. */
    int skipPartOfDay(int j) {
        Phrases.Hit<String> p = lex.partsOfDay.longest(norms, j);
        return p == null ? j : p.end();
    }
}
