package org.warta.extract.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.model.WartaException;
import org.warta.text.Token;

/**
 * The Indonesian words of time expressions as phrase tables, one per kind, read once from {@code calendar.tsv}
 * and {@code relative.tsv} by a {@link TimeLexiconLoader} (the files' header comments describe every kind).
 * Immutable and shared by all threads. Loading stops at the first bad line with an exception naming the file and
 * line: an unknown kind, a bad value, a word not in {@link Token#normalize} form, a duplicate, or a missing day or
 * month name.
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

    /** A number and a unit in one word ("sehari" is 1 DAY). */
    record CountUnit(int count, Unit unit) {
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
    /** Words opening a relative clause, whose verb has its own tense ("yang tiba … pada Senin"). */
    final Phrases<String> relatives;
    /** Words after which a time starts a stretch running on to the telling ("sejak dilantik 24 Agustus"). */
    final Phrases<String> sinceWords;
    /** Words opening what happened before the main clause ("setelah X menyerang … (9/9)"). */
    final Phrases<String> afterEventWords;

    TimeLexicon(TimeLexiconLoader l) {
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
        relatives = l.relatives.build();
        sinceWords = l.sinceWords.build();
        afterEventWords = l.afterEventWords.build();
    }

    /** Reads the lexicon files shipped next to this class. */
    static TimeLexicon fromResources() {
        TimeLexiconLoader loader = new TimeLexiconLoader();
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
        TimeLexiconLoader loader = new TimeLexiconLoader();
        files.forEach((name, content) -> {
            try {
                loader.read(name, new StringReader(content));
            } catch (IOException e) {
                throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
            }
        });
        return loader.finish(String.join(", ", files.keySet()));
    }
}
