package org.warta.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.model.WartaException;
import org.warta.text.Token;

/**
 * The Indonesian words of time expressions, read once from {@code calendar.tsv} and {@code relative.tsv} (the
 * files' header comments describe every kind). Immutable and shared by all threads. Loading stops at the first
 * bad line with an exception naming the file and line: an unknown kind, a bad value, a word not in
 * {@link Token#normalize} form, a duplicate, or a missing day or month name.
 */
final class TimeLexicon {
    static final List<String> RESOURCES = List.of("calendar.tsv", "relative.tsv");

    /** A direction word after a unit, day or month name. */
    enum ShiftWord {
        LAST(-1), THIS(0), NEXT(1);

        final int offset;

        ShiftWord(int offset) {
            this.offset = offset;
        }

        /** The occurrence of a day name this word picks: "Senin lalu", "Senin ini", "Senin depan". */
        TimeForm.Shift byDay() {
            return switch (this) {
                case LAST -> TimeForm.Shift.BEFORE;
                case THIS -> TimeForm.Shift.THIS_WEEK;
                case NEXT -> TimeForm.Shift.AFTER;
            };
        }

        /** The week this word picks after a week word or weekend: "pekan lalu", "akhir pekan ini". */
        TimeForm.Shift byWeek() {
            return switch (this) {
                case LAST -> TimeForm.Shift.LAST_WEEK;
                case THIS -> TimeForm.Shift.THIS_WEEK;
                case NEXT -> TimeForm.Shift.NEXT_WEEK;
            };
        }
    }

    /** What the word after "&lt;count&gt; &lt;unit&gt;" counts from, and in which direction. */
    enum CountEnd { PAST, FUTURE, EARLIER, LATER }

    record CountUnit(int count, Unit unit) {
    }

    private enum Kind {
        WEEKDAY("weekday", true, true), MONTH("month", true, true), MONTH_ABBR("month-abbr", true, true),
        PART_OF_DAY("part-of-day", false, false), ANCHOR_DAY("anchor-day", false, true),
        PREVIOUS_DAY("previous-day", false, true), PREVIOUS_YEAR("previous-year", false, true),
        PREVIOUS_LAST("previous-last", false, false), UNIT("unit", true, true), SHIFT("shift", false, true),
        COUNT("count", false, true), COUNT_UNIT("count-unit", true, true), COUNT_END("count-end", false, true),
        QUANTITY("quantity", true, false), PERIOD_PART("period-part", true, false),
        WEEKEND("weekend", false, false), PREFIX("prefix", true, false),
        RANGE_PREFIX("range-prefix", true, false), YEAR_CONTEXT("year-context", true, false),
        RANGE("range", false, false), PAIR("pair", true, false), WEEK_SIGN("week-sign", true, false);

        final String key;
        final boolean oneWord;
        final boolean hasValue;

        Kind(String key, boolean oneWord, boolean hasValue) {
            this.key = key;
            this.oneWord = oneWord;
            this.hasValue = hasValue;
        }

        static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    final Phrases<DayOfWeek> weekdays;
    final Phrases<Integer> months;
    final Phrases<Integer> monthAbbreviations;
    final Phrases<String> partsOfDay;
    /** anchor-day, previous-day, previous-year and previous-last phrases, each as the form it stands for. */
    final Phrases<TimeForm> fixed;
    final Phrases<Unit> units;
    final Phrases<ShiftWord> shifts;
    final Phrases<Integer> counts;
    final Phrases<CountUnit> countUnits;
    final Phrases<CountEnd> countEnds;
    final Phrases<String> quantities;
    final Phrases<String> periodParts;
    final Phrases<String> weekends;
    final Phrases<String> prefixes;
    final Phrases<String> rangePrefixes;
    final Phrases<String> yearContexts;
    final Phrases<String> ranges;
    final Phrases<String> pairs;
    final Phrases<String> weekSigns;

    private TimeLexicon(Loader l) {
        weekdays = l.weekdays.build();
        months = l.months.build();
        monthAbbreviations = l.monthAbbreviations.build();
        partsOfDay = l.partsOfDay.build();
        fixed = l.fixed.build();
        units = l.units.build();
        shifts = l.shifts.build();
        counts = l.counts.build();
        countUnits = l.countUnits.build();
        countEnds = l.countEnds.build();
        quantities = l.quantities.build();
        periodParts = l.periodParts.build();
        weekends = l.weekends.build();
        prefixes = l.prefixes.build();
        rangePrefixes = l.rangePrefixes.build();
        yearContexts = l.yearContexts.build();
        ranges = l.ranges.build();
        pairs = l.pairs.build();
        weekSigns = l.weekSigns.build();
    }

    /** Reads the lexicon files shipped next to this class. */
    static TimeLexicon fromResources() {
        Loader loader = new Loader();
        for (String name : RESOURCES) {
            try (InputStream in = TimeLexicon.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new WartaException("missing resource " + name);
                }
                loader.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        return loader.finish(String.join(", ", RESOURCES));
    }

    /** Reads lexicon text given as file name → content, in order; for tests of the loader's checks. */
    static TimeLexicon fromTexts(Map<String, String> files) {
        Loader loader = new Loader();
        files.forEach((name, content) -> {
            try {
                loader.read(name, new StringReader(content));
            } catch (IOException e) {
                throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
            }
        });
        return loader.finish(String.join(", ", files.keySet()));
    }

    /** Collects entries while reading; used only during construction. */
    private static final class Loader {
        final Phrases.Builder<DayOfWeek> weekdays = new Phrases.Builder<>();
        final Phrases.Builder<Integer> months = new Phrases.Builder<>();
        final Phrases.Builder<Integer> monthAbbreviations = new Phrases.Builder<>();
        final Phrases.Builder<String> partsOfDay = new Phrases.Builder<>();
        final Phrases.Builder<TimeForm> fixed = new Phrases.Builder<>();
        final Phrases.Builder<Unit> units = new Phrases.Builder<>();
        final Phrases.Builder<ShiftWord> shifts = new Phrases.Builder<>();
        final Phrases.Builder<Integer> counts = new Phrases.Builder<>();
        final Phrases.Builder<CountUnit> countUnits = new Phrases.Builder<>();
        final Phrases.Builder<CountEnd> countEnds = new Phrases.Builder<>();
        final Phrases.Builder<String> quantities = new Phrases.Builder<>();
        final Phrases.Builder<String> periodParts = new Phrases.Builder<>();
        final Phrases.Builder<String> weekends = new Phrases.Builder<>();
        final Phrases.Builder<String> prefixes = new Phrases.Builder<>();
        final Phrases.Builder<String> rangePrefixes = new Phrases.Builder<>();
        final Phrases.Builder<String> yearContexts = new Phrases.Builder<>();
        final Phrases.Builder<String> ranges = new Phrases.Builder<>();
        final Phrases.Builder<String> pairs = new Phrases.Builder<>();
        final Phrases.Builder<String> weekSigns = new Phrases.Builder<>();
        // the fixed phrases share one table, so duplicates are checked across their kinds
        final Map<String, String> seen = new HashMap<>();
        final Map<DayOfWeek, String> dayNames = new EnumMap<>(DayOfWeek.class);
        final Set<Integer> monthNumbers = new TreeSet<>();

        void read(String source, Reader reader) throws IOException {
            BufferedReader r = new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                entry(line, source + ":" + n);
            }
        }

        private void entry(String line, String where) {
            String[] f = line.split("\t", -1);
            Kind kind = f.length >= 2 ? Kind.of(f[0]) : null;
            if (f.length < 2) {
                throw new WartaException(where + ": expected KIND<TAB>WORDS[<TAB>VALUE], got '" + line + "'");
            }
            if (kind == null) {
                throw new WartaException(where + ": unknown kind '" + f[0] + "'");
            }
            if (f.length != (kind.hasValue ? 3 : 2)) {
                throw new WartaException(where + ": kind " + kind.key + (kind.hasValue ? " needs" : " takes no")
                        + " VALUE column");
            }
            String words = f[1];
            if (words.isEmpty() || !words.equals(Token.normalize(words)) || !words.equals(words.strip())
                    || words.contains("  ")) {
                throw new WartaException(where + ": words must be lower case, without accents and single-spaced: '"
                        + words + "'");
            }
            List<String> w = Arrays.asList(words.split(" "));
            if (kind.oneWord && w.size() != 1) {
                throw new WartaException(where + ": kind " + kind.key + " takes one word: '" + words + "'");
            }
            String group = switch (kind) {
                case ANCHOR_DAY, PREVIOUS_DAY, PREVIOUS_YEAR, PREVIOUS_LAST -> "fixed";
                default -> kind.key;
            };
            String first = seen.putIfAbsent(group + "\t" + words, where);
            if (first != null) {
                throw new WartaException(where + ": duplicate " + kind.key + " '" + words + "' (first at " + first + ")");
            }
            String value = kind.hasValue ? f[2] : "";
            switch (kind) {
                case WEEKDAY -> {
                    DayOfWeek d = parseEnum(DayOfWeek.class, value, where);
                    weekdays.add(w, d);
                    dayNames.putIfAbsent(d, words);
                }
                case MONTH -> {
                    int m = parseInt(value, 1, 12, where);
                    months.add(w, m);
                    monthNumbers.add(m);
                }
                case MONTH_ABBR -> monthAbbreviations.add(w, parseInt(value, 1, 12, where));
                case PART_OF_DAY -> partsOfDay.add(w, words);
                case ANCHOR_DAY -> fixed.add(w, new TimeForm.FromAnchor(Unit.DAY, parseInt(value, -7, 7, where)));
                case PREVIOUS_DAY -> fixed.add(w, new TimeForm.FromPrevious(Unit.DAY, parseInt(value, -7, 7, where)));
                case PREVIOUS_YEAR -> fixed.add(w, new TimeForm.FromPrevious(Unit.YEAR, parseInt(value, -5, 5, where)));
                case PREVIOUS_LAST -> fixed.add(w, new TimeForm.LastDayOfPrevious());
                case UNIT -> units.add(w, parseEnum(Unit.class, value, where));
                case SHIFT -> shifts.add(w, parseEnum(ShiftWord.class, value, where));
                case COUNT -> counts.add(w, parseInt(value, 1, 99, where));
                case COUNT_UNIT -> {
                    String[] cu = value.split(" ", -1);
                    if (cu.length != 2) {
                        throw new WartaException(where + ": expected '<number> <unit>', got '" + value + "'");
                    }
                    countUnits.add(w, new CountUnit(parseInt(cu[0], 1, 99, where), parseEnum(Unit.class, cu[1], where)));
                }
                case COUNT_END -> countEnds.add(w, parseEnum(CountEnd.class, value, where));
                case QUANTITY -> quantities.add(w, words);
                case PERIOD_PART -> periodParts.add(w, words);
                case WEEKEND -> weekends.add(w, words);
                case PREFIX -> prefixes.add(w, words);
                case RANGE_PREFIX -> rangePrefixes.add(w, words);
                case YEAR_CONTEXT -> yearContexts.add(w, words);
                case RANGE -> ranges.add(w, words);
                case PAIR -> pairs.add(w, words);
                case WEEK_SIGN -> weekSigns.add(w, words);
            }
        }

        TimeLexicon finish(String sources) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (!dayNames.containsKey(d)) {
                    throw new WartaException(sources + ": no weekday name for " + d);
                }
            }
            for (int m = 1; m <= 12; m++) {
                if (!monthNumbers.contains(m)) {
                    throw new WartaException(sources + ": no month name for month " + m);
                }
            }
            return new TimeLexicon(this);
        }

        private static int parseInt(String value, int min, int max, String where) {
            int v;
            try {
                v = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw badNumber(value, min, max, where);
            }
            if (v < min || v > max) {
                throw badNumber(value, min, max, where);
            }
            return v;
        }

        private static WartaException badNumber(String value, int min, int max, String where) {
            return new WartaException(where + ": expected a number from " + min + " to " + max + ", got '" + value + "'");
        }

        private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String where) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
            throw new WartaException(where + ": expected one of " + Arrays.toString(type.getEnumConstants()) + ", got '"
                    + value + "'");
        }
    }
}
