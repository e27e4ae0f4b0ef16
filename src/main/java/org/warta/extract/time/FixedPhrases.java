package org.warta.extract.time;

import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeForm.Weekend;
import org.warta.extract.time.TimeLexicon.ShiftWord;

/** Phrases the lexicon lists whole: "kemarin", "keesokan harinya", "pada hari terakhir", "akhir pekan lalu". */
final class FixedPhrases {
    private FixedPhrases() {
    }

    /** A fixed phrase ("hari ini", "kemarin malam"), with a part of the day after one counted from the anchor. */
    static Match fixed(SentenceScan s, int i) {
        Phrases.Hit<TimeForm> h = s.lex.fixed.longest(s.norms, i);
        if (h == null || (s.lex.units.wordAt(s.norms, i) && s.quantityBefore(i))) {
            return null;
        }
        int end = h.end();
        if (h.value() instanceof FromAnchor f && f.unit() == Unit.DAY) {
            end = s.skipPartOfDay(end);
        }
        return new Match(end, h.value());
    }

    /** "akhir pekan", optionally shifted by a week ("akhir pekan lalu"). */
    static Match weekend(SentenceScan s, int i) {
        Phrases.Hit<String> w = s.lex.weekends.longest(s.norms, i);
        if (w == null) {
            return null;
        }
        Phrases.Hit<ShiftWord> shift = s.lex.shifts.longest(s.norms, w.end());
        if (shift == null) {
            return new Match(w.end(), new Weekend(Shift.BY_TENSE));
        }
        return new Match(shift.end(), new Weekend(shift.value().byWeek()));
    }
}
