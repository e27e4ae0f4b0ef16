package org.warta.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeLexicon.CountEnd;
import org.warta.extract.time.TimeLexicon.CountUnit;
import org.warta.extract.time.TimeLexicon.ShiftWord;
import org.warta.model.WartaException;

/**
 * Reads time lexicon files into the tables of a {@link TimeLexicon}: each line through {@link TimeLexiconRow},
 * duplicates rejected within a table, and at the end every weekday and month required to have a name. Used once,
 * during construction; every error names file and line.
 */
final class TimeLexiconLoader {
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
    final Phrases.Builder<String> relatives = new Phrases.Builder<>();
    final Phrases.Builder<String> sinceWords = new Phrases.Builder<>();
    final Phrases.Builder<String> afterEventWords = new Phrases.Builder<>();
    /** Where each table's words were first seen, keyed by table and words. */
    private final Map<String, String> seen = new HashMap<>();
    private final Map<DayOfWeek, String> dayNames = new EnumMap<>(DayOfWeek.class);
    private final Set<Integer> monthNumbers = new TreeSet<>();

    /** Reads one file; {@code source} names it in errors. */
    void read(String source, Reader reader) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entry(TimeLexiconRow.parse(line, source + ":" + n));
        }
    }

    /** The lexicon read so far; {@code sources} names the files in the error when a day or month has no name. */
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

    private void entry(TimeLexiconRow row) {
        String first = seen.putIfAbsent(row.kind().table() + "\t" + row.words(), row.where());
        if (first != null) {
            throw new WartaException(row.where() + ": duplicate " + row.kind().key + " '" + row.words()
                    + "' (first at " + first + ")");
        }
        switch (row.kind()) {
            case WEEKDAY -> {
                DayOfWeek d = row.constant(DayOfWeek.class);
                weekdays.add(row.wordList(), d);
                dayNames.putIfAbsent(d, row.words());
            }
            case MONTH -> {
                int m = row.number(1, 12);
                months.add(row.wordList(), m);
                monthNumbers.add(m);
            }
            case MONTH_ABBR -> monthAbbreviations.add(row.wordList(), row.number(1, 12));
            case ANCHOR_DAY, PREVIOUS_DAY, PREVIOUS_YEAR, PREVIOUS_LAST -> fixed.add(row.wordList(), fixedForm(row));
            case UNIT -> units.add(row.wordList(), row.constant(Unit.class));
            case SHIFT -> shifts.add(row.wordList(), row.constant(ShiftWord.class));
            case COUNT -> counts.add(row.wordList(), row.number(1, 99));
            case COUNT_UNIT -> countUnits.add(row.wordList(), row.countUnit());
            case COUNT_END -> countEnds.add(row.wordList(), row.constant(CountEnd.class));
            default -> words(row.kind()).add(row.wordList(), row.words());
        }
    }

    /** The form a fixed phrase stands for. */
    private static TimeForm fixedForm(TimeLexiconRow row) {
        return switch (row.kind()) {
            case ANCHOR_DAY -> new TimeForm.FromAnchor(Unit.DAY, row.number(-7, 7));
            case PREVIOUS_DAY -> new TimeForm.FromPrevious(Unit.DAY, row.number(-7, 7));
            case PREVIOUS_YEAR -> new TimeForm.FromPrevious(Unit.YEAR, row.number(-5, 5));
            case PREVIOUS_LAST -> new TimeForm.LastDayOfPrevious();
            default -> throw new IllegalArgumentException("not a fixed phrase kind: " + row.kind());
        };
    }

    /** The table of a kind whose words are all it says. */
    private Phrases.Builder<String> words(TimeLexiconKind kind) {
        return switch (kind) {
            case PART_OF_DAY -> partsOfDay;
            case QUANTITY -> quantities;
            case PERIOD_PART -> periodParts;
            case WEEKEND -> weekends;
            case PREFIX -> prefixes;
            case RANGE_PREFIX -> rangePrefixes;
            case YEAR_CONTEXT -> yearContexts;
            case RANGE -> ranges;
            case PAIR -> pairs;
            case WEEK_SIGN -> weekSigns;
            case RELATIVE -> relatives;
            case SINCE -> sinceWords;
            case AFTER_EVENT -> afterEventWords;
            default -> throw new IllegalArgumentException("kind " + kind.key + " has a value");
        };
    }
}
