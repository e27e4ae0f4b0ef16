package org.warta.extract.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarMonth;
import org.warta.extract.time.TimeForm.CalendarYear;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.FromPrevious;
import org.warta.extract.time.TimeForm.Range;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.extract.time.TimeForm.Weekend;
import org.warta.extract.time.TimeLexicon.CountEnd;
import org.warta.extract.time.TimeLexicon.CountUnit;
import org.warta.extract.time.TimeLexicon.ShiftWord;
import org.warta.extract.time.TokenView.NumericDate;
import org.warta.model.Span;
import org.warta.text.Token;

/**
 * Finds time expressions in a sentence's tokens: at each token it tries every rule, keeps the longest match and
 * continues after it. Every rule looks at a bounded number of tokens ahead (and two behind), so the work is
 * linear in the number of tokens whatever the input. Stateless; each call works on its own {@link Scan}.
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
        Scan s = new Scan(tokens);
        List<TimeExpression> out = new ArrayList<>();
        int lastEnd = 0;
        int i = 0;
        while (i < s.n) {
            Match m = s.expression(i, 0);
            if (m == null) {
                i++;
                continue;
            }
            Span span = s.v.span(i, m.end, text.length());
            // tokens whose offsets do not fit the text (or run backwards) yield nothing rather than a bad span
            if (span != null && span.start() >= lastEnd) {
                out.add(new TimeExpression(span, span.of(text), m.form));
                lastEnd = span.end();
            }
            i = m.end;
        }
        return out;
    }

    /** A rule's match: the form, ending before token {@code end}. */
    private record Match(int end, TimeForm form) {
    }

    /** What an item of a range can be joined with. */
    private enum ItemKind { DAY, DAY_NUMBER, MONTH, YEAR }

    /** One end of a possible range; {@code form} is null for a bare day number ("6" in "6-10 Maret"). */
    private record Item(int end, ItemKind kind, TimeForm form, int dayNumber) {
        Item(int end, ItemKind kind, TimeForm form) {
            this(end, kind, form, 0);
        }
    }

    /** A year reference and the token after it. */
    private record YearSpec(YearRef ref, int end) {
    }

    /** One call's tokens and the rules that read them. */
    private final class Scan {
        final TokenView v;
        final String[] norms;
        final int n;

        Scan(List<Token> tokens) {
            v = new TokenView(tokens);
            norms = v.norms();
            n = v.size();
        }

        // ---- expressions ------------------------------------------------------------------------------------

        Match expression(int i, int depth) {
            Match best = fixed(i);
            best = longer(best, weekend(i));
            best = longer(best, counted(i));
            best = longer(best, unitShift(i));
            best = longer(best, periodPart(i));
            best = longer(best, rangeOrItem(i));
            if (depth < MAX_PREFIXES) {
                Phrases.Hit<String> p = lex.prefixes.longest(norms, i);
                if (p != null) {
                    best = longer(best, expression(p.end(), depth + 1));
                }
                Phrases.Hit<String> rp = lex.rangePrefixes.longest(norms, i);
                Match range = rp == null ? null : expression(rp.end(), depth + 1);
                if (range != null && range.form instanceof Range) {
                    best = longer(best, range);
                }
            }
            return best;
        }

        /** Fixed phrases: "kemarin", "hari ini", "keesokan harinya", "pada hari terakhir" … */
        Match fixed(int i) {
            Phrases.Hit<TimeForm> h = lex.fixed.longest(norms, i);
            if (h == null || (lex.units.wordAt(norms, i) && quantityBefore(i))) {
                return null;
            }
            int end = h.end();
            if (h.value() instanceof FromAnchor f && f.unit() == Unit.DAY) {
                end = skipPartOfDay(end);
            }
            return new Match(end, h.value());
        }

        /** "akhir pekan", optionally shifted by a week ("akhir pekan lalu"). */
        Match weekend(int i) {
            Phrases.Hit<String> w = lex.weekends.longest(norms, i);
            if (w == null) {
                return null;
            }
            Phrases.Hit<ShiftWord> s = lex.shifts.longest(norms, w.end());
            if (s == null) {
                return new Match(w.end(), new Weekend(Shift.BY_TENSE));
            }
            Shift shift = switch (s.value()) {
                case LAST -> Shift.LAST_WEEK;
                case THIS -> Shift.THIS_WEEK;
                case NEXT -> Shift.NEXT_WEEK;
            };
            return new Match(s.end(), new Weekend(shift));
        }

        /** "dua hari lalu", "tiga pekan lagi", "sehari kemudian", "dua tahun sebelumnya". */
        Match counted(int i) {
            int count;
            Unit unit;
            int j;
            Phrases.Hit<CountUnit> cu = lex.countUnits.longest(norms, i);
            if (cu != null) {
                count = cu.value().count();
                unit = cu.value().unit();
                j = cu.end();
            } else {
                Phrases.Hit<Integer> c = lex.counts.longest(norms, i);
                if (c != null) {
                    count = c.value();
                    j = c.end();
                } else {
                    count = v.digits(i, 2);
                    j = i + 1;
                    if (count < 1) {
                        return null;
                    }
                }
                Phrases.Hit<Unit> u = lex.units.longest(norms, j);
                if (u == null) {
                    return null;
                }
                unit = u.value();
                j = u.end();
            }
            Phrases.Hit<CountEnd> e = lex.countEnds.longest(norms, j);
            if (e == null) {
                return null;
            }
            TimeForm form = switch (e.value()) {
                case PAST -> new FromAnchor(unit, -count);
                case FUTURE -> new FromAnchor(unit, count);
                case EARLIER -> new FromPrevious(unit, -count);
                case LATER -> new FromPrevious(unit, count);
            };
            return new Match(e.end(), form);
        }

        /** "pekan lalu", "bulan depan", "tahun ini", "tahun 2023". */
        Match unitShift(int i) {
            Phrases.Hit<Unit> u = lex.units.longest(norms, i);
            if (u == null || quantityBefore(i) || (lex.weekdays.wordAt(norms, i) && unitAt(i - 1) == Unit.DAY)) {
                return null;
            }
            int j = u.end();
            if (u.value() == Unit.YEAR && v.year(j) > 0) {
                return new Match(j + 1, new CalendarYear(v.year(j)));
            }
            if (u.value() == Unit.DAY) {
                return null;
            }
            Phrases.Hit<ShiftWord> s = lex.shifts.longest(norms, j);
            return s == null ? null : new Match(s.end(), new FromAnchor(u.value(), s.value().offset));
        }

        /** "awal Desember", "akhir April lalu", "akhir tahun ini", "awal bulan", "penghujung 2023". */
        Match periodPart(int i) {
            Phrases.Hit<String> p = lex.periodParts.longest(norms, i);
            if (p == null || lex.weekends.startsAt(norms, i)) {
                return null;
            }
            int j = p.end();
            Item month = monthItem(j, true);
            if (month != null) {
                return new Match(month.end, month.form);
            }
            Match unit = unitShift(j);
            if (unit != null) {
                return unit;
            }
            Phrases.Hit<Unit> u = lex.units.longest(norms, j);
            if (u != null && u.value() != Unit.DAY) {
                return new Match(u.end(), new FromAnchor(u.value(), 0));
            }
            return v.year(j) > 0 ? new Match(j + 1, new CalendarYear(v.year(j))) : null;
        }

        /** An item, or two joined into one range ("Senin hingga Rabu", "6-10 Maret", "Maret hingga Mei"). */
        Match rangeOrItem(int i) {
            Item a = item(i, false);
            if (a == null) {
                return null;
            }
            Match single = a.kind == ItemKind.DAY_NUMBER ? null : new Match(a.end, a.form);
            Phrases.Hit<String> joiner = lex.ranges.longest(norms, a.end);
            if (joiner == null && (a.kind == ItemKind.DAY || a.kind == ItemKind.DAY_NUMBER)) {
                joiner = lex.pairs.longest(norms, a.end);
            }
            if (joiner == null) {
                return single;
            }
            Item b = item(joiner.end(), true);
            Phrases.Hit<String> prefix = lex.prefixes.longest(norms, joiner.end());
            if (b == null && prefix != null) {
                // "hari Senin hingga hari Rabu"
                b = item(prefix.end(), true);
            }
            TimeForm joined = b == null ? null : join(a, b);
            return joined == null ? single : new Match(b.end, joined);
        }

        TimeForm join(Item a, Item b) {
            if (a.kind == ItemKind.DAY_NUMBER) {
                if (b.form instanceof CalendarDate d && d.weekday().isEmpty() && a.dayNumber < d.day()) {
                    return new Range(new CalendarDate(a.dayNumber, d.month(), d.year(), Optional.empty()), d);
                }
                return null;
            }
            if (a.kind != b.kind || b.kind == ItemKind.DAY_NUMBER) {
                return null;
            }
            // a weekday range with the dates written after it: the numbers win ("Kamis hingga Jumat (9-10/11)")
            if (b.form instanceof Range rb) {
                return a.form instanceof Weekday ? rb : new Range(startOf(a.form), rb.to());
            }
            return new Range(startOf(a.form), b.form);
        }

        Item item(int i, boolean second) {
            Item w = weekdayItem(i);
            if (w != null) {
                return w;
            }
            Item d = dateItem(i);
            if (d != null) {
                return d;
            }
            Item m = monthItem(i, false);
            if (m != null) {
                return m;
            }
            int y = v.year(i);
            // a bare number is a year only where a year is expected ("sejak 2019", "2019-2021"), not "2019 orang"
            if (y > 0 && (second || lex.yearContexts.wordAt(norms, i - 1) || yearFollows(i + 1))) {
                return new Item(i + 1, ItemKind.YEAR, new CalendarYear(y));
            }
            int day = v.digits(i, 2);
            return day >= 1 && day <= 31 ? new Item(i + 1, ItemKind.DAY_NUMBER, null, day) : null;
        }

        /** "Kamis", "Kamis malam", "Senin lalu", "Rabu pekan depan", "Selasa (23/3)", "Rabu, 15 November 2023". */
        Item weekdayItem(int i) {
            Phrases.Hit<DayOfWeek> wd = lex.weekdays.longest(norms, i);
            if (wd == null) {
                return null;
            }
            DayOfWeek day = wd.value();
            boolean afterHari = unitAt(i - 1) == Unit.DAY;
            Phrases.Hit<ShiftWord> shift = lex.shifts.longest(norms, wd.end());
            // "Minggu" is also the week: a day only when capitalised and not followed by "lalu", "ini", "terakhir" …
            if (lex.units.wordAt(norms, i) && !afterHari
                    && (!v.capitalized(i) || shift != null || lex.weekSigns.startsAt(norms, wd.end()))) {
                return null;
            }
            if (shift != null) {
                Shift s = switch (shift.value()) {
                    case LAST -> Shift.BEFORE;
                    case THIS -> Shift.THIS_WEEK;
                    case NEXT -> Shift.AFTER;
                };
                return new Item(shift.end(), ItemKind.DAY, new Weekday(day, s));
            }
            int j = skipPartOfDay(wd.end());
            Phrases.Hit<Unit> week = lex.units.longest(norms, j);
            if (week != null && week.value() == Unit.WEEK) {
                Phrases.Hit<ShiftWord> s = lex.shifts.longest(norms, week.end());
                if (s != null) {
                    Shift ws = switch (s.value()) {
                        case LAST -> Shift.LAST_WEEK;
                        case THIS -> Shift.THIS_WEEK;
                        case NEXT -> Shift.NEXT_WEEK;
                    };
                    return new Item(s.end(), ItemKind.DAY, new Weekday(day, ws));
                }
            }
            Item date = attachedDate(j);
            if (date != null) {
                return new Item(skipPartOfDay(date.end), ItemKind.DAY, withWeekday(date.form, day));
            }
            return new Item(j, ItemKind.DAY, new Weekday(day, Shift.BY_TENSE));
        }

        /** The date after a day name: "(23/3)", " ( 18/11)", "4/9", ", 15 November 2023", "4 September 2023". */
        Item attachedDate(int j) {
            boolean comma = ",".equals(v.norm(j));
            int k = comma ? j + 1 : j;
            Item d = comma ? null : parenDate(k);
            if (d == null) {
                NumericDate nd = v.numericDate(k);
                if (nd != null) {
                    d = new Item(k + 1, ItemKind.DAY, date(nd));
                }
            }
            return d != null ? d : longDate(k);
        }

        /** "29 Juli", "15 November 2023", "02/03/2023", "(12/7/2023)", "(9-10/11)". */
        Item dateItem(int i) {
            Item p = parenDate(i);
            if (p != null) {
                return p;
            }
            NumericDate nd = v.numericDate(i);
            // without a year or brackets "2/3" is as likely a fraction
            if (nd != null && nd.year() > 0) {
                return new Item(i + 1, ItemKind.DAY, date(nd));
            }
            return longDate(i);
        }

        /** A day number, a month name or abbreviation and an optional year ("24 Februari tahun lalu"). */
        Item longDate(int i) {
            int d = v.digits(i, 2);
            if (d < 1 || d > 31) {
                return null;
            }
            Phrases.Hit<Integer> m = lex.months.longest(norms, i + 1);
            if (m == null) {
                m = lex.monthAbbreviations.longest(norms, i + 1);
            }
            if (m == null) {
                return null;
            }
            YearSpec y = yearSpec(m.end());
            return new Item(y.end, ItemKind.DAY, new CalendarDate(d, m.value(), y.ref, Optional.empty()));
        }

        /** "(d/m)", "(d/m/yy)", "(d/m/yyyy)" or a range "(d-d/m)" with its brackets. */
        Item parenDate(int i) {
            if (!"(".equals(v.norm(i))) {
                return null;
            }
            NumericDate nd = v.numericDate(i + 1);
            if (nd != null && ")".equals(v.norm(i + 2))) {
                return new Item(i + 3, ItemKind.DAY, date(nd));
            }
            int first = v.digits(i + 1, 2);
            Phrases.Hit<String> joiner = first < 1 ? null : lex.ranges.longest(norms, i + 2);
            if (joiner == null) {
                return null;
            }
            NumericDate last = v.numericDate(joiner.end());
            if (last == null || first >= last.day() || !")".equals(v.norm(joiner.end() + 1))) {
                return null;
            }
            CalendarDate to = date(last);
            return new Item(joiner.end() + 2, ItemKind.DAY,
                    new Range(new CalendarDate(first, to.month(), to.year(), Optional.empty()), to));
        }

        /** "Mei", "pada bulan Desember", "Februari 2022", "Februari tahun lalu", "November mendatang". */
        Item monthItem(int i, boolean loose) {
            int j = i;
            boolean named = loose;
            if (unitAt(j) == Unit.MONTH) {
                j++;
                named = true;
            }
            Phrases.Hit<Integer> m = lex.months.longest(norms, j);
            if (m == null && v.year(j + 1) > 0) {
                // an abbreviation needs a number next to it: "Des 2022", never "Jan" alone
                m = lex.monthAbbreviations.longest(norms, j);
            }
            // alone, a month name counts only capitalised, as news writes it
            if (m == null || !(named || v.capitalized(j))) {
                return null;
            }
            YearSpec y = yearSpec(m.end());
            return new Item(y.end, ItemKind.MONTH, new CalendarMonth(m.value(), y.ref));
        }

        /** The year after a day and month or a month: "2022", "tahun lalu", "tahun 2021", "lalu", "mendatang". */
        YearSpec yearSpec(int j) {
            if (v.year(j) > 0) {
                return new YearSpec(new YearRef.Given(v.year(j)), j + 1);
            }
            if (unitAt(j) == Unit.YEAR) {
                if (v.year(j + 1) > 0) {
                    return new YearSpec(new YearRef.Given(v.year(j + 1)), j + 2);
                }
                Phrases.Hit<ShiftWord> s = lex.shifts.longest(norms, j + 1);
                if (s != null) {
                    return new YearSpec(new YearRef.Relative(s.value().offset), s.end());
                }
            }
            Phrases.Hit<ShiftWord> s = lex.shifts.longest(norms, j);
            if (s == null) {
                return new YearSpec(new YearRef.Implied(Optional.empty()), j);
            }
            YearRef ref = switch (s.value()) {
                case LAST -> new YearRef.Implied(Optional.of(Tense.PAST));
                case THIS -> new YearRef.Relative(0);
                case NEXT -> new YearRef.Implied(Optional.of(Tense.FUTURE));
            };
            return new YearSpec(ref, s.end());
        }

        // ---- token tests --------------------------------------------------------------------------------------

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
            return reduplicated || v.digits(i - 1, 3) >= 0 || lex.counts.wordAt(norms, i - 1)
                    || lex.quantities.wordAt(norms, i - 1) || lex.countUnits.wordAt(norms, i - 1);
        }

        /** Whether a range word and a year follow: the second year of "2019-2021". */
        boolean yearFollows(int j) {
            Phrases.Hit<String> joiner = lex.ranges.longest(norms, j);
            return joiner != null && v.year(joiner.end()) > 0;
        }

        int skipPartOfDay(int j) {
            Phrases.Hit<String> p = lex.partsOfDay.longest(norms, j);
            return p == null ? j : p.end();
        }
    }

    private static CalendarDate date(NumericDate nd) {
        YearRef y = nd.year() > 0 ? new YearRef.Given(nd.year()) : new YearRef.Implied(Optional.empty());
        return new CalendarDate(nd.day(), nd.month(), y, Optional.empty());
    }

    private static TimeForm withWeekday(TimeForm form, DayOfWeek day) {
        return form instanceof CalendarDate d ? new CalendarDate(d.day(), d.month(), d.year(), Optional.of(day)) : form;
    }

    private static TimeForm startOf(TimeForm form) {
        return form instanceof Range r ? r.from() : form;
    }

    private static Match longer(Match a, Match b) {
        return b != null && (a == null || b.end > a.end) ? b : a;
    }
}
