package org.warta.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarMonth;
import org.warta.extract.time.TimeForm.CalendarYear;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.FromPrevious;
import org.warta.extract.time.TimeForm.LastDayOfPrevious;
import org.warta.extract.time.TimeForm.Range;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.extract.time.TimeForm.Weekend;
import org.warta.model.Granularity;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * Places a {@link TimeForm} on the calendar from the publication date, the clause's tense and the last day
 * resolved before. Stateless. Never guesses: what needs a missing anchor or earlier time stays unresolved with a
 * note saying why.
 */
final class TimeResolver {
    static final String NO_ANCHOR = "relative expression, no publication date";
    static final String NO_PREVIOUS = "chained expression, no earlier time in the article";
    /** How far from the anchor a written weekday may move a date against the clause's tense (one quarter). */
    static final int WEEKDAY_REACH_DAYS = 92;

    /** How a day or month is chosen among its occurrences around a reference date. */
    private enum Direction { ON_OR_BEFORE, BEFORE, ON_OR_AFTER, AFTER, NEAREST }

    /** Thrown inside the resolver only, caught in {@link #resolve}; carries the note. */
    private static final class Unresolved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unresolved(String note) {
            super(note, null, false, false);
        }
    }

    private record Context(Optional<LocalDate> anchorDate, Tense tense, Optional<TimeValue> previous,
            List<String> notes) {
        LocalDate anchor() {
            return anchorDate.orElseThrow(() -> new Unresolved(NO_ANCHOR));
        }

        TimeValue previousTime() {
            return previous.orElseThrow(() -> new Unresolved(NO_PREVIOUS));
        }

        Context withTense(Tense t) {
            return new Context(anchorDate, t, previous, notes);
        }
    }

    TimeMention resolve(TimeExpression e, Optional<LocalDate> anchor, Tense tense, Optional<TimeValue> previous) {
        Context c = new Context(anchor == null ? Optional.empty() : anchor, tense == null ? Tense.UNKNOWN : tense,
                previous == null ? Optional.empty() : previous, new ArrayList<>());
        try {
            TimeValue v = value(e.form(), c);
            return new TimeMention(e.span(), e.text(), Optional.of(v), String.join("; ", c.notes));
        } catch (Unresolved u) {
            return new TimeMention(e.span(), e.text(), Optional.empty(), u.getMessage());
        } catch (DateTimeException | ArithmeticException x) {
            return new TimeMention(e.span(), e.text(), Optional.empty(), "outside the calendar: " + x.getMessage());
        }
    }

    private TimeValue value(TimeForm form, Context c) {
        if (form instanceof FromAnchor f) {
            return fromAnchor(f, c.anchor());
        } else if (form instanceof FromPrevious p) {
            return fromPrevious(p, c);
        } else if (form instanceof LastDayOfPrevious) {
            TimeValue p = c.previousTime();
            if (p.granularity() != Granularity.DAY || !p.isInterval()) {
                throw new Unresolved("the earlier time " + p + " is not a range of days");
            }
            return TimeValue.day(p.last());
        } else if (form instanceof Weekend w) {
            return weekend(w.shift(), c.anchor(), c.tense);
        } else if (form instanceof Weekday w) {
            return weekday(w, c);
        } else if (form instanceof CalendarDate d) {
            return date(d, c, null, null);
        } else if (form instanceof CalendarMonth m) {
            return month(m, c, null, null);
        } else if (form instanceof CalendarYear y) {
            return TimeValue.year(y.year());
        } else if (form instanceof Range r) {
            return range(r, c);
        }
        throw new IllegalStateException("unhandled time form " + form);
    }

    private static TimeValue fromAnchor(FromAnchor f, LocalDate a) {
        return switch (f.unit()) {
            case DAY -> TimeValue.day(a.plusDays(f.offset()));
            case WEEK -> week(a, f.offset());
            case MONTH -> month(YearMonth.from(a).plusMonths(f.offset()));
            case YEAR -> TimeValue.year(a.getYear() + f.offset());
        };
    }

    private static TimeValue fromPrevious(FromPrevious f, Context c) {
        if (f.unit() == TimeForm.Unit.YEAR && c.previous.isEmpty()) {
            // "tahun sebelumnya" with nothing dated before: the year before the publication year
            int year = c.anchor().getYear();
            c.notes.add("no earlier time; counted from the publication year");
            return TimeValue.year(year + f.offset());
        }
        TimeValue p = c.previousTime();
        if (f.offset() == 0) {
            return p;
        }
        // forwards from the end of an earlier range, backwards from its start
        LocalDate base = f.offset() > 0 ? p.coverEnd() : p.coverStart();
        return switch (f.unit()) {
            case DAY -> {
                if (p.granularity() != Granularity.DAY) {
                    throw new Unresolved("the earlier time " + p + " is not a day");
                }
                yield TimeValue.day(base.plusDays(f.offset()));
            }
            case WEEK -> week(base, f.offset());
            case MONTH -> month(YearMonth.from(base).plusMonths(f.offset()));
            case YEAR -> TimeValue.year(base.getYear() + f.offset());
        };
    }

    private static TimeValue weekend(Shift shift, LocalDate a, Tense tense) {
        LocalDate saturday = monday(a).plusDays(5);
        return switch (shift) {
            case LAST_WEEK -> weekendFrom(saturday.minusWeeks(1));
            case THIS_WEEK -> weekendFrom(saturday);
            case NEXT_WEEK -> weekendFrom(saturday.plusWeeks(1));
            default -> {
                List<LocalDate> saturdays = List.of(saturday.minusWeeks(1), saturday, saturday.plusWeeks(1));
                LocalDate chosen = switch (tense) {
                    // the latest weekend begun by the anchor, the earliest not yet over, or the nearest
                    case PAST -> choose(saturdays, LocalDate::toEpochDay, a.toEpochDay(), Direction.ON_OR_BEFORE);
                    case FUTURE -> choose(saturdays, s -> s.plusDays(1).toEpochDay(), a.toEpochDay(),
                            Direction.ON_OR_AFTER);
                    case UNKNOWN -> choose(saturdays, s -> nearestDay(s, a), a.toEpochDay(), Direction.NEAREST);
                };
                yield weekendFrom(chosen);
            }
        };
    }

    /** The day of the weekend starting on {@code saturday} nearest to {@code a}, as an epoch day. */
    private static long nearestDay(LocalDate saturday, LocalDate a) {
        long sat = saturday.toEpochDay();
        long day = a.toEpochDay();
        return day <= sat ? sat : Math.min(day, sat + 1);
    }

    private static TimeValue weekendFrom(LocalDate saturday) {
        return TimeValue.days(saturday, saturday.plusDays(1));
    }

    private static TimeValue weekday(Weekday w, Context c) {
        LocalDate a = c.anchor();
        return switch (w.shift()) {
            case BY_TENSE -> TimeValue.day(dayNear(w.day(), a, direction(c.tense)));
            case BEFORE -> TimeValue.day(dayNear(w.day(), a, Direction.BEFORE));
            case AFTER -> TimeValue.day(dayNear(w.day(), a, Direction.AFTER));
            case LAST_WEEK -> TimeValue.day(dayInWeek(w.day(), a, -1));
            case THIS_WEEK -> TimeValue.day(dayInWeek(w.day(), a, 0));
            case NEXT_WEEK -> TimeValue.day(dayInWeek(w.day(), a, 1));
        };
    }

    /**
     * A date. With {@code ref} and {@code dir} set, an unstated year is chosen around {@code ref} (the other end
     * of a range); otherwise around the anchor in the direction of the expression's word or the clause.
     */
    private static TimeValue date(CalendarDate d, Context c, LocalDate ref, Direction dir) {
        LocalDate date;
        if (d.year() instanceof YearRef.Given g) {
            date = exactDate(g.year(), d.month(), d.day());
        } else if (d.year() instanceof YearRef.Relative r) {
            date = exactDate(c.anchor().getYear() + r.offset(), d.month(), d.day());
        } else {
            LocalDate around = ref != null ? ref : c.anchor();
            Direction towards = dir != null ? dir : direction(((YearRef.Implied) d.year()).word().orElse(c.tense));
            List<LocalDate> candidates = new ArrayList<>();
            // 29 February needs up to eight years either way to find a leap year
            for (int y = around.getYear() - 8; y <= around.getYear() + 8; y++) {
                if (d.day() <= YearMonth.of(y, d.month()).lengthOfMonth()) {
                    candidates.add(LocalDate.of(y, d.month(), d.day()));
                }
            }
            if (candidates.isEmpty()) {
                throw new Unresolved("no such date: day " + d.day() + " of month " + d.month());
            }
            date = ref == null ? byWeekday(d, candidates, around, towards)
                    : choose(candidates, LocalDate::toEpochDay, around.toEpochDay(), towards);
        }
        d.weekday().filter(w -> w != date.getDayOfWeek()).ifPresent(w -> c.notes.add("the weekday "
                + w.name().toLowerCase(Locale.ROOT) + " does not match " + date + "; the date wins"));
        return TimeValue.day(date);
    }

    /**
     * Without a direction word, a weekday written with the date may overrule the clause's tense: when the nearest
     * occurrence on the other side of the anchor falls on that weekday, lies within {@value #WEEKDAY_REACH_DAYS}
     * days of it, and the one the tense picks does not. "Senin (18/11)" published on Sunday 2024-11-17 is the
     * next day even in a clause read as past; a weekday that fits neither is a typo and changes nothing.
     */
    private static LocalDate byWeekday(CalendarDate d, List<LocalDate> candidates, LocalDate anchor, Direction dir) {
        long ref = anchor.toEpochDay();
        LocalDate chosen = choose(candidates, LocalDate::toEpochDay, ref, dir);
        if (d.weekday().isEmpty() || ((YearRef.Implied) d.year()).word().isPresent()
                || chosen.getDayOfWeek() == d.weekday().get()) {
            return chosen;
        }
        Direction other = chosen.isAfter(anchor) ? Direction.ON_OR_BEFORE : Direction.ON_OR_AFTER;
        LocalDate alternative = best(candidates, LocalDate::toEpochDay, ref, other);
        boolean fits = alternative != null && alternative.getDayOfWeek() == d.weekday().get()
                && Math.abs(alternative.toEpochDay() - ref) <= WEEKDAY_REACH_DAYS;
        return fits ? alternative : chosen;
    }

    private static TimeValue month(CalendarMonth m, Context c, LocalDate ref, Direction dir) {
        if (m.year() instanceof YearRef.Given g) {
            return TimeValue.month(g.year(), m.month());
        } else if (m.year() instanceof YearRef.Relative r) {
            return TimeValue.month(c.anchor().getYear() + r.offset(), m.month());
        }
        LocalDate around = ref != null ? ref : c.anchor();
        Direction towards = dir != null ? dir : direction(((YearRef.Implied) m.year()).word().orElse(c.tense));
        List<YearMonth> candidates = new ArrayList<>();
        for (int y = around.getYear() - 1; y <= around.getYear() + 1; y++) {
            candidates.add(YearMonth.of(y, m.month()));
        }
        return month(choose(candidates, TimeResolver::monthIndex, monthIndex(YearMonth.from(around)), towards));
    }

    /**
     * A range. The more specific end is placed first and the other next to it: a written year beats a date or
     * month, which beats a bare weekday ("Senin (8/7) hingga Rabu"). Between equals, the end comes first for a
     * past clause (so the range lies before the anchor) and the start first otherwise.
     */
    private TimeValue range(Range r, Context c) {
        int fromRank = rank(r.from());
        int toRank = rank(r.to());
        Tense t = ownWord(r.to()).or(() -> ownWord(r.from())).orElse(c.tense);
        Context directed = c.withTense(t);
        TimeValue from;
        TimeValue to;
        if (fromRank > toRank || (fromRank == toRank && t != Tense.PAST)) {
            from = value(r.from(), directed);
            to = r.to().isAbsolute() ? value(r.to(), c) : near(r.to(), directed, from.first(), Direction.ON_OR_AFTER);
        } else {
            to = value(r.to(), directed);
            from = r.from().isAbsolute() ? value(r.from(), c)
                    : near(r.from(), directed, to.first(), Direction.ON_OR_BEFORE);
        }
        Granularity g = from.granularity().compareTo(to.granularity()) >= 0 ? from.granularity() : to.granularity();
        if (g.unitStart(to.last()).isBefore(g.unitStart(from.first()))) {
            throw new Unresolved("range ends before it starts: " + from + " to " + to);
        }
        return new TimeValue(from.first(), to.last(), g);
    }

    /** How much a range end fixes by itself: a written year, a day or month number, or only a weekday. */
    private static int rank(TimeForm form) {
        if (form.isAbsolute()) {
            return 3;
        }
        return form instanceof CalendarDate || form instanceof CalendarMonth ? 2 : 1;
    }

    /** One end of a range placed next to the other ({@code ref}), if it names no fixed time of its own. */
    private TimeValue near(TimeForm form, Context c, LocalDate ref, Direction dir) {
        if (form instanceof Weekday w && w.shift() == Shift.BY_TENSE) {
            return TimeValue.day(dayNear(w.day(), ref, dir));
        } else if (form instanceof CalendarDate d && d.year() instanceof YearRef.Implied) {
            return date(d, c, ref, dir);
        } else if (form instanceof CalendarMonth m && m.year() instanceof YearRef.Implied) {
            return month(m, c, ref, dir);
        }
        return value(form, c);
    }

    /** The direction a form's own words give ("Senin lalu", "April lalu", "November mendatang"). */
    private static Optional<Tense> ownWord(TimeForm form) {
        if (form instanceof Weekday w) {
            return switch (w.shift()) {
                case BEFORE, LAST_WEEK -> Optional.of(Tense.PAST);
                case AFTER, NEXT_WEEK -> Optional.of(Tense.FUTURE);
                default -> Optional.empty();
            };
        } else if (form instanceof CalendarDate d && d.year() instanceof YearRef.Implied i) {
            return i.word();
        } else if (form instanceof CalendarMonth m && m.year() instanceof YearRef.Implied i) {
            return i.word();
        }
        return Optional.empty();
    }

    private static LocalDate dayNear(DayOfWeek day, LocalDate ref, Direction dir) {
        List<LocalDate> candidates = new ArrayList<>(3);
        LocalDate d = ref.minusDays(7).with(TemporalAdjusters.nextOrSame(day));
        for (; !d.isAfter(ref.plusDays(7)); d = d.plusWeeks(1)) {
            candidates.add(d);
        }
        return choose(candidates, LocalDate::toEpochDay, ref.toEpochDay(), dir);
    }

    private static LocalDate dayInWeek(DayOfWeek day, LocalDate a, int weeks) {
        return monday(a).plusWeeks(weeks).plusDays(day.getValue() - 1L);
    }

    private static LocalDate monday(LocalDate a) {
        return a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static TimeValue week(LocalDate a, int weeks) {
        LocalDate m = monday(a).plusWeeks(weeks);
        return TimeValue.days(m, m.plusDays(6));
    }

    private static TimeValue month(YearMonth ym) {
        return TimeValue.month(ym.getYear(), ym.getMonthValue());
    }

    private static long monthIndex(YearMonth ym) {
        return ym.getYear() * 12L + ym.getMonthValue() - 1;
    }

    private static LocalDate exactDate(int year, int month, int day) {
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new Unresolved("no such date: " + YearMonth.of(year, month) + "-" + day);
        }
        return LocalDate.of(year, month, day);
    }

    private static Direction direction(Tense t) {
        return switch (t) {
            case PAST -> Direction.ON_OR_BEFORE;
            case FUTURE -> Direction.ON_OR_AFTER;
            case UNKNOWN -> Direction.NEAREST;
        };
    }

    /** The candidate whose index fits the direction from {@code ref} best; ties of NEAREST go to the past. */
    private static <T> T choose(List<T> candidates, ToLongFunction<T> index, long ref, Direction dir) {
        T best = best(candidates, index, ref, dir);
        if (best == null) {
            throw new Unresolved("no occurrence " + dir.name().toLowerCase(Locale.ROOT) + " the reference date");
        }
        return best;
    }

    /** As {@link #choose}, or null when no candidate lies in the direction. */
    private static <T> T best(List<T> candidates, ToLongFunction<T> index, long ref, Direction dir) {
        T best = null;
        long bestKey = 0;
        for (T t : candidates) {
            long i = index.applyAsLong(t);
            boolean allowed = switch (dir) {
                case ON_OR_BEFORE -> i <= ref;
                case BEFORE -> i < ref;
                case ON_OR_AFTER -> i >= ref;
                case AFTER -> i > ref;
                case NEAREST -> true;
            };
            if (!allowed) {
                continue;
            }
            // smaller key is better: distance, with the past winning ties for NEAREST
            long key = switch (dir) {
                case ON_OR_BEFORE, BEFORE -> ref - i;
                case ON_OR_AFTER, AFTER -> i - ref;
                case NEAREST -> Math.abs(i - ref) * 2 + (i > ref ? 1 : 0);
            };
            if (best == null || key < bestKey) {
                best = t;
                bestKey = key;
            }
        }
        return best;
    }
}
