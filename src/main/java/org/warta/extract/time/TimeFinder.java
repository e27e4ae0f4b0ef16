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
import org.warta.model.Span;
import org.warta.text.Token;

/**
 * Finds time expressions in a sentence's tokens: at each token it tries every rule, keeps the longest match and
 * continues after it. Every rule looks at a bounded number of tokens ahead (and one behind), so the work is
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
            Span span = s.span(i, m.end, text.length());
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

    /** The tokens of one call, with their norms copied into an array for the phrase tables. */
    private final class Scan {
        final int n;
        final String[] norms;
        final String[] texts;
        final Token.Kind[] kinds;
        final boolean[] capitalized;
        final int[] starts;
        final int[] ends;

        Scan(List<Token> tokens) {
            n = tokens.size();
            norms = new String[n];
            texts = new String[n];
            kinds = new Token.Kind[n];
            capitalized = new boolean[n];
            starts = new int[n];
            ends = new int[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                String text = t == null || t.text() == null ? "" : t.text();
                texts[i] = text;
                norms[i] = t == null ? "" : t.norm() != null ? t.norm() : Token.normalize(text);
                kinds[i] = t == null || t.kind() == null ? Token.Kind.PUNCT : t.kind();
                capitalized[i] = t != null && t.kind() != null && t.text() != null && t.isCapitalized();
                starts[i] = t == null ? -1 : t.start();
                ends[i] = t == null ? -1 : t.end();
            }
        }

        Span span(int from, int to, int textLength) {
            int start = starts[from];
            int end = ends[to - 1];
            if (start < 0 || end < start || end > textLength) {
                return null;
            }
            return new Span(start, end);
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
                    count = digits(i, 2);
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
            if (u.value() == Unit.YEAR && year(j) > 0) {
                return new Match(j + 1, new CalendarYear(year(j)));
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
            return year(j) > 0 ? new Match(j + 1, new CalendarYear(year(j))) : null;
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
            int y = year(i);
            // a bare number is a year only where a year is expected ("sejak 2019"), not "2019 orang"
            if (y > 0 && (second || lex.yearContexts.wordAt(norms, i - 1))) {
                return new Item(i + 1, ItemKind.YEAR, new CalendarYear(y));
            }
            int day = digits(i, 2);
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
                    && (!capitalized[i] || shift != null || lex.weekSigns.startsAt(norms, wd.end()))) {
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
            boolean comma = ",".equals(norm(j));
            int k = comma ? j + 1 : j;
            Item d = comma ? null : parenDate(k);
            if (d == null) {
                int[] nd = numericDate(k);
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
            int[] nd = numericDate(i);
            // without a year or brackets "2/3" is as likely a fraction
            if (nd != null && nd[2] > 0) {
                return new Item(i + 1, ItemKind.DAY, date(nd));
            }
            return longDate(i);
        }

        /** A day number, a month name or abbreviation and an optional year ("24 Februari tahun lalu"). */
        Item longDate(int i) {
            int d = digits(i, 2);
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
            if (!"(".equals(norm(i))) {
                return null;
            }
            int[] nd = numericDate(i + 1);
            if (nd != null && ")".equals(norm(i + 2))) {
                return new Item(i + 3, ItemKind.DAY, date(nd));
            }
            int first = digits(i + 1, 2);
            Phrases.Hit<String> joiner = first < 1 ? null : lex.ranges.longest(norms, i + 2);
            if (joiner == null) {
                return null;
            }
            int[] last = numericDate(joiner.end());
            if (last == null || first >= last[0] || !")".equals(norm(joiner.end() + 1))) {
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
            // alone, a month name counts only capitalised, as news writes it
            if (m == null || !(named || capitalized[j])) {
                return null;
            }
            YearSpec y = yearSpec(m.end());
            return new Item(y.end, ItemKind.MONTH, new CalendarMonth(m.value(), y.ref));
        }

        /** The year after a day and month or a month: "2022", "tahun lalu", "tahun 2021", "lalu", "mendatang". */
        YearSpec yearSpec(int j) {
            if (year(j) > 0) {
                return new YearSpec(new YearRef.Given(year(j)), j + 1);
            }
            if (unitAt(j) == Unit.YEAR) {
                if (year(j + 1) > 0) {
                    return new YearSpec(new YearRef.Given(year(j + 1)), j + 2);
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

        String norm(int i) {
            return i >= 0 && i < n ? norms[i] : "";
        }

        Unit unitAt(int i) {
            Phrases.Hit<Unit> u = lex.units.longest(norms, i);
            return u == null ? null : u.value();
        }

        /** A number or quantity word right before: "dua pekan lalu" is not "pekan lalu". */
        boolean quantityBefore(int i) {
            return digits(i - 1, 3) >= 0 || lex.counts.wordAt(norms, i - 1) || lex.quantities.wordAt(norms, i - 1)
                    || lex.countUnits.wordAt(norms, i - 1);
        }

        int skipPartOfDay(int j) {
            Phrases.Hit<String> p = lex.partsOfDay.longest(norms, j);
            return p == null ? j : p.end();
        }

        /** The value of a number token of at most {@code maxDigits} ASCII digits, or -1. */
        int digits(int i, int maxDigits) {
            if (i < 0 || i >= n || kinds[i] != Token.Kind.NUMBER) {
                return -1;
            }
            return number(texts[i], 0, texts[i].length(), maxDigits);
        }

        /** A four-digit year 1900-2100, or -1. */
        int year(int i) {
            int y = i >= 0 && i < n && texts[i].length() == 4 ? digits(i, 4) : -1;
            return y >= 1900 && y <= 2100 ? y : -1;
        }

        /** "23/3", "12/7/2023", "9/8/23" as {day, month, year or -1}, or null. */
        int[] numericDate(int i) {
            if (i < 0 || i >= n || kinds[i] != Token.Kind.NUMBER) {
                return null;
            }
            String t = texts[i];
            int a = t.indexOf('/');
            int b = a < 0 ? -1 : t.indexOf('/', a + 1);
            if (a < 0 || (b >= 0 && t.indexOf('/', b + 1) >= 0)) {
                return null;
            }
            int day = number(t, 0, a, 2);
            int month = number(t, a + 1, b < 0 ? t.length() : b, 2);
            if (day < 1 || day > 31 || month < 1 || month > 12) {
                return null;
            }
            if (b < 0) {
                return new int[] {day, month, -1};
            }
            int yearLength = t.length() - b - 1;
            int y = number(t, b + 1, t.length(), 4);
            if (yearLength == 2 && y >= 0) {
                // two-digit years: 00-69 are this century, 70-99 the last
                return new int[] {day, month, y < 70 ? 2000 + y : 1900 + y};
            }
            return yearLength == 4 && y >= 1900 && y <= 2100 ? new int[] {day, month, y} : null;
        }

        private int number(String t, int from, int to, int maxDigits) {
            if (to <= from || to - from > maxDigits) {
                return -1;
            }
            int v = 0;
            for (int k = from; k < to; k++) {
                char c = t.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }

    private static CalendarDate date(int[] nd) {
        YearRef y = nd[2] > 0 ? new YearRef.Given(nd[2]) : new YearRef.Implied(Optional.empty());
        return new CalendarDate(nd[0], nd[1], y, Optional.empty());
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
