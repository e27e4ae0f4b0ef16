package org.warta.extract.time;

import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.FromPrevious;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeLexicon.CountEnd;
import org.warta.extract.time.TimeLexicon.CountUnit;

/**
 * A count of units and the word saying from where it counts: "dua hari lalu", "tiga pekan lagi", "sehari
 * kemudian", "dua tahun sebelumnya".
 */
final class CountedExpressions {
    /** "dua hari", "3 pekan" or "sehari", ending before token {@code end}. */
    private record Quantity(int count, Unit unit, int end) {
    }

    private CountedExpressions() {
    }

    static Match counted(SentenceScan s, int i) {
        Quantity q = quantity(s, i);
        if (q == null) {
            return null;
        }
        Phrases.Hit<CountEnd> e = s.lex.countEnds.longest(s.norms, q.end);
        if (e == null) {
            return null;
        }
        TimeForm form = switch (e.value()) {
            case PAST -> new FromAnchor(q.unit, -q.count);
            case FUTURE -> new FromAnchor(q.unit, q.count);
            case EARLIER -> new FromPrevious(q.unit, -q.count);
            case LATER -> new FromPrevious(q.unit, q.count);
        };
        return new Match(e.end(), form);
    }

    /** A number and unit in one word ("sehari"), or a number word or digits followed by a unit word. */
    private static Quantity quantity(SentenceScan s, int i) {
        Phrases.Hit<CountUnit> cu = s.lex.countUnits.longest(s.norms, i);
        if (cu != null) {
            return new Quantity(cu.value().count(), cu.value().unit(), cu.end());
        }
        int count;
        int j;
        Phrases.Hit<Integer> c = s.lex.counts.longest(s.norms, i);
        if (c != null) {
            count = c.value();
            j = c.end();
        } else {
            count = s.tokens.digits(i, 2);
            j = i + 1;
            if (count < 1) {
                return null;
            }
        }
        Phrases.Hit<Unit> u = s.lex.units.longest(s.norms, j);
        return u == null ? null : new Quantity(count, u.value(), u.end());
    }
}
