package org.warta.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.time.TimeForm.Range;
import org.warta.model.Span;
import org.warta.text.Token;

/**
 * Finds time expressions in a sentence's tokens: at each token it tries every rule — {@link FixedPhrases},
 * {@link CountedExpressions}, {@link UnitPhrases}, {@link Ranges} of {@link WeekdayItems} and {@link DateItems}
 * — keeps the longest match and continues after it. Every rule looks at a bounded number of tokens ahead (and two
 * behind), so the work is linear in the number of tokens whatever the input. Stateless; each call reads its own
 * {@link SentenceScan}.
 */
final class TimeFinder {
    /** How many prefix words ("pada hari", "dari") may stand before a time and be kept in its span. */
    private static final int MAX_PREFIXES = 2;

    private final TimeLexicon lex;

    TimeFinder(TimeLexicon lex) {
        this.lex = lex;
    }

    List<TimeExpression> find(String text, List<Token> tokens) {
        if (text == null || tokens == null || tokens.isEmpty()) {
            return List.of();
        }
        SentenceScan s = new SentenceScan(lex, tokens);
        List<TimeExpression> out = new ArrayList<>();
        int lastEnd = 0;
        int i = 0;
        while (i < s.n) {
            Match m = expression(s, i, 0);
            if (m == null) {
                i++;
                continue;
            }
            Span span = s.tokens.span(i, m.end(), text.length());
            // tokens whose offsets do not fit the text (or run backwards) yield nothing rather than a bad span
            if (span != null && span.start() >= lastEnd) {
                out.add(new TimeExpression(span, span.of(text), m.form()));
                lastEnd = span.end();
            }
            i = m.end();
        }
        return out;
    }

    /** The longest expression at token {@code i}, with up to {@link #MAX_PREFIXES} prefix words kept before it. */
    private static Match expression(SentenceScan s, int i, int depth) {
        Match best = FixedPhrases.fixed(s, i);
        best = Match.longer(best, FixedPhrases.weekend(s, i));
        best = Match.longer(best, CountedExpressions.counted(s, i));
        best = Match.longer(best, UnitPhrases.unitShift(s, i));
        best = Match.longer(best, UnitPhrases.periodPart(s, i));
        best = Match.longer(best, Ranges.rangeOrItem(s, i));
        if (depth < MAX_PREFIXES) {
            Phrases.Hit<String> p = s.lex.prefixes.longest(s.norms, i);
            if (p != null) {
                best = Match.longer(best, expression(s, p.end(), depth + 1));
            }
            // "dari" and "antara" belong to a range only: "lebih dari setahun" keeps "setahun" alone
            Phrases.Hit<String> rp = s.lex.rangePrefixes.longest(s.norms, i);
            Match range = rp == null ? null : expression(s, rp.end(), depth + 1);
            if (range != null && range.form() instanceof Range) {
                best = Match.longer(best, range);
            }
        }
        return best;
    }
}
