package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.FromPrevious;
import org.warta.extract.time.TimeForm.LastDayOfPrevious;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeLexicon.CountEnd;
import org.warta.extract.time.TimeLexicon.CountUnit;
import org.warta.extract.time.TimeLexicon.ShiftWord;
import org.warta.model.WartaException;

/**
 * The shipped lexicon's rows land in their tables with the values they state, and the loader names file and
 * line of every bad entry, duplicate or unknown kind.
 */
class TimeLexiconTest {
    private static final TimeLexicon SHIPPED = TimeLexicon.fromResources();

    /** Every weekday and month once: the least a lexicon must hold. */
    private static final String MINIMAL = """
            # header
            weekday\tsenin\tMONDAY
            weekday\tselasa\tTUESDAY
            weekday\trabu\tWEDNESDAY
            weekday\tkamis\tTHURSDAY
            weekday\tjumat\tFRIDAY
            weekday\tsabtu\tSATURDAY
            weekday\tminggu\tSUNDAY
            month\tjanuari\t1
            month\tfebruari\t2
            month\tmaret\t3
            month\tapril\t4
            month\tmei\t5
            month\tjuni\t6
            month\tjuli\t7
            month\tagustus\t8
            month\tseptember\t9
            month\toktober\t10
            month\tnovember\t11
            month\tdesember\t12
            """;

    private static TimeLexicon load(String extraLine) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("calendar.tsv", MINIMAL);
        files.put("extra.tsv", "# extra\n" + extraLine + "\n");
        return TimeLexicon.fromTexts(files);
    }

    private static String resource(String name) {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped files as the loader reads them, in order, with {@code extra} as a third file. */
    private static Map<String, String> shippedWith(String extra) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : TimeLexicon.RESOURCES) {
            files.put(name, resource(name));
        }
        files.put("extra.tsv", extra);
        return files;
    }

    /** The 1-based number of the line of a shipped file that is exactly {@code line}. */
    private static int lineOf(String name, String line) {
        List<String> lines = resource(name).lines().toList();
        int i = lines.indexOf(line);
        assertTrue(i >= 0, name + " has no line '" + line + "'");
        return i + 1;
    }

    /** {@code words} is a phrase of {@code table}, matched whole, standing for {@code expected}. */
    private static <V> void assertEntry(Phrases<V> table, String words, V expected, String where) {
        String[] norms = words.split(" ");
        Phrases.Hit<V> hit = table.longest(norms, 0);
        assertNotNull(hit, where + ": '" + words + "' not in its table");
        assertEquals(norms.length, hit.end(), where + ": '" + words + "' matched only in part");
        assertEquals(expected, hit.value(), where + ": '" + words + "'");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            senin,   MONDAY
            selasa,  TUESDAY
            rabu,    WEDNESDAY
            kamis,   THURSDAY
            jumat,   FRIDAY
            jum'at,  FRIDAY
            sabtu,   SATURDAY
            minggu,  SUNDAY
            ahad,    SUNDAY
            """)
    void everyWeekdayNameIsItsDay(String words, DayOfWeek day) {
        assertEntry(SHIPPED.weekdays, words, day, "weekday");
    }

    @ParameterizedTest(name = "{0} is month {1}")
    @CsvSource(textBlock = """
            januari,   1
            februari,  2
            pebruari,  2
            maret,     3
            april,     4
            mei,       5
            juni,      6
            juli,      7
            agustus,   8
            september, 9
            oktober,   10
            november,  11
            nopember,  11
            desember,  12
            """)
    void everyMonthNameIsItsNumber(String words, int month) {
        assertEntry(SHIPPED.months, words, month, "month");
        assertNull(SHIPPED.monthAbbreviations.longest(new String[] {words}, 0), words + " is a name, not an abbreviation");
    }

    @ParameterizedTest(name = "{0} is month {1}")
    @CsvSource(textBlock = """
            jan,   1
            feb,   2
            peb,   2
            mar,   3
            apr,   4
            jun,   6
            jul,   7
            agu,   8
            agt,   8
            ags,   8
            agust, 8
            sep,   9
            sept,  9
            okt,   10
            nov,   11
            nop,   11
            des,   12
            """)
    void everyMonthAbbreviationIsItsNumber(String words, int month) {
        assertEntry(SHIPPED.monthAbbreviations, words, month, "month-abbr");
        assertNull(SHIPPED.months.longest(new String[] {words}, 0), words + " is an abbreviation, not a name");
    }

    static Stream<Arguments> fixedPhrases() {
        FromAnchor today = new FromAnchor(Unit.DAY, 0);
        FromAnchor yesterday = new FromAnchor(Unit.DAY, -1);
        FromAnchor tomorrow = new FromAnchor(Unit.DAY, 1);
        FromAnchor inTwoDays = new FromAnchor(Unit.DAY, 2);
        FromPrevious sameDay = new FromPrevious(Unit.DAY, 0);
        FromPrevious nextDay = new FromPrevious(Unit.DAY, 1);
        return Stream.of(
                arguments("hari ini", today), arguments("kemarin", yesterday),
                arguments("kemarin lusa", new FromAnchor(Unit.DAY, -2)), arguments("besok", tomorrow),
                arguments("esok", tomorrow), arguments("esok hari", tomorrow), arguments("besok lusa", inTwoDays),
                arguments("esok lusa", inTwoDays), arguments("lusa", inTwoDays), arguments("semalam", yesterday),
                arguments("tadi malam", yesterday), arguments("tadi pagi", today), arguments("tadi siang", today),
                arguments("tadi sore", today), arguments("pagi ini", today), arguments("siang ini", today),
                arguments("sore ini", today), arguments("malam ini", today), arguments("nanti malam", today),
                arguments("nanti pagi", today), arguments("nanti siang", today), arguments("nanti sore", today),
                arguments("pagi nanti", today), arguments("siang nanti", today), arguments("sore nanti", today),
                arguments("malam nanti", today),
                arguments("dini hari tadi", today), arguments("pagi tadi", today), arguments("siang tadi", today),
                arguments("sore tadi", today), arguments("malam tadi", yesterday),
                arguments("keesokan harinya", nextDay), arguments("keesokan hari", nextDay),
                arguments("keesokan paginya", nextDay), arguments("keesokan malamnya", nextDay),
                arguments("esok harinya", nextDay), arguments("hari berikutnya", nextDay),
                arguments("hari sebelumnya", new FromPrevious(Unit.DAY, -1)), arguments("hari yang sama", sameDay),
                arguments("di hari yang sama", sameDay), arguments("hari itu", sameDay),
                arguments("pagi harinya", sameDay), arguments("siang harinya", sameDay),
                arguments("sore harinya", sameDay), arguments("malam harinya", sameDay),
                arguments("petang harinya", sameDay), arguments("petang hari", sameDay),
                arguments("pagi itu", sameDay), arguments("siang itu", sameDay), arguments("sore itu", sameDay),
                arguments("malam itu", sameDay), arguments("petang itu", sameDay),
                arguments("tahun sebelumnya", new FromPrevious(Unit.YEAR, -1)),
                arguments("tahun berikutnya", new FromPrevious(Unit.YEAR, 1)),
                arguments("pada hari terakhir", new LastDayOfPrevious()),
                arguments("di hari terakhir", new LastDayOfPrevious()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("fixedPhrases")
    void everyFixedPhraseIsTheFormItDeclares(String words, TimeForm form) {
        assertEntry(SHIPPED.fixed, words, form, "fixed");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(textBlock = """
            hari,             unit,       DAY
            pekan,            unit,       WEEK
            minggu,           unit,       WEEK
            bulan,            unit,       MONTH
            tahun,            unit,       YEAR
            lalu,             shift,      LAST
            yang lalu,        shift,      LAST
            kemarin,          shift,      LAST
            ini,              shift,      THIS
            depan,            shift,      NEXT
            mendatang,        shift,      NEXT
            yang akan datang, shift,      NEXT
            lalu,             count-end,  PAST
            yang lalu,        count-end,  PAST
            lagi,             count-end,  FUTURE
            kemudian,         count-end,  LATER
            setelahnya,       count-end,  LATER
            sesudahnya,       count-end,  LATER
            berikutnya,       count-end,  LATER
            sebelumnya,       count-end,  EARLIER
            """)
    void everyUnitShiftAndCountEndIsItsConstant(String words, String kind, String constant) {
        switch (kind) {
            case "unit" -> assertEntry(SHIPPED.units, words, Unit.valueOf(constant), kind);
            case "shift" -> assertEntry(SHIPPED.shifts, words, ShiftWord.valueOf(constant), kind);
            case "count-end" -> assertEntry(SHIPPED.countEnds, words, CountEnd.valueOf(constant), kind);
            default -> fail("unknown kind in the test table: " + kind);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            satu,      1
            dua,       2
            tiga,      3
            empat,     4
            lima,      5
            enam,      6
            tujuh,     7
            delapan,   8
            sembilan,  9
            sepuluh,   10
            sebelas,   11
            dua belas, 12
            """)
    void everyCountWordIsItsNumber(String words, int count) {
        assertEntry(SHIPPED.counts, words, count, "count");
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(textBlock = """
            sehari,   1, DAY
            sepekan,  1, WEEK
            seminggu, 1, WEEK
            sebulan,  1, MONTH
            setahun,  1, YEAR
            """)
    void everyCountUnitIsItsNumberAndUnit(String words, int count, Unit unit) {
        assertEntry(SHIPPED.countUnits, words, new CountUnit(count, unit), "count-unit");
    }

    @Test
    void theShiftWordsPickTheirDayAndWeek() {
        assertEquals(-1, ShiftWord.LAST.offset);
        assertEquals(0, ShiftWord.THIS.offset);
        assertEquals(1, ShiftWord.NEXT.offset);
        assertEquals(List.of(TimeForm.Shift.BEFORE, TimeForm.Shift.THIS_WEEK, TimeForm.Shift.AFTER),
                Stream.of(ShiftWord.values()).map(ShiftWord::byDay).toList());
        assertEquals(List.of(TimeForm.Shift.LAST_WEEK, TimeForm.Shift.THIS_WEEK, TimeForm.Shift.NEXT_WEEK),
                Stream.of(ShiftWord.values()).map(ShiftWord::byWeek).toList());
    }

    /**
     * Every row of the shipped files, read here by its own columns, is in the table of its kind with the value it
     * states; a kind this test does not know fails it, so a new kind needs a check here.
     */
    @Test
    void everyShippedRowIsInItsTableWithItsValue() {
        List<String> checked = new ArrayList<>();
        for (String name : TimeLexicon.RESOURCES) {
            List<String> lines = resource(name).lines().toList();
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                checkRow(f[0], f[1], f.length > 2 ? f[2] : null, name + ":" + n);
                checked.add(f[0]);
            }
        }
        for (TimeLexiconKind kind : TimeLexiconKind.values()) {
            assertTrue(checked.contains(kind.key), "the shipped files have no " + kind.key + " row");
        }
    }

    private static void checkRow(String kind, String words, String value, String where) {
        switch (kind) {
            case "weekday" -> assertEntry(SHIPPED.weekdays, words, DayOfWeek.valueOf(value), where);
            case "month" -> assertEntry(SHIPPED.months, words, Integer.valueOf(value), where);
            case "month-abbr" -> assertEntry(SHIPPED.monthAbbreviations, words, Integer.valueOf(value), where);
            case "anchor-day" -> assertEntry(SHIPPED.fixed, words, new FromAnchor(Unit.DAY, Integer.parseInt(value)),
                    where);
            case "previous-day" -> assertEntry(SHIPPED.fixed, words,
                    new FromPrevious(Unit.DAY, Integer.parseInt(value)), where);
            case "previous-year" -> assertEntry(SHIPPED.fixed, words,
                    new FromPrevious(Unit.YEAR, Integer.parseInt(value)), where);
            case "previous-last" -> assertEntry(SHIPPED.fixed, words, new LastDayOfPrevious(), where);
            case "unit" -> assertEntry(SHIPPED.units, words, Unit.valueOf(value), where);
            case "shift" -> assertEntry(SHIPPED.shifts, words, ShiftWord.valueOf(value), where);
            case "count" -> assertEntry(SHIPPED.counts, words, Integer.valueOf(value), where);
            case "count-unit" -> assertEntry(SHIPPED.countUnits, words, new CountUnit(
                    Integer.parseInt(value.split(" ")[0]), Unit.valueOf(value.split(" ")[1])), where);
            case "count-end" -> assertEntry(SHIPPED.countEnds, words, CountEnd.valueOf(value), where);
            case "part-of-day" -> assertEntry(SHIPPED.partsOfDay, words, words, where);
            case "quantity" -> assertEntry(SHIPPED.quantities, words, words, where);
            case "period-part" -> assertEntry(SHIPPED.periodParts, words, words, where);
            case "weekend" -> assertEntry(SHIPPED.weekends, words, words, where);
            case "prefix" -> assertEntry(SHIPPED.prefixes, words, words, where);
            case "range-prefix" -> assertEntry(SHIPPED.rangePrefixes, words, words, where);
            case "year-context" -> assertEntry(SHIPPED.yearContexts, words, words, where);
            case "range" -> assertEntry(SHIPPED.ranges, words, words, where);
            case "pair" -> assertEntry(SHIPPED.pairs, words, words, where);
            case "week-sign" -> assertEntry(SHIPPED.weekSigns, words, words, where);
            case "relative" -> assertEntry(SHIPPED.relatives, words, words, where);
            case "since" -> assertEntry(SHIPPED.sinceWords, words, words, where);
            case "after-event" -> assertEntry(SHIPPED.afterEventWords, words, words, where);
            default -> fail(where + ": kind " + kind + " is not checked by this test");
        }
    }

    @Test
    void aWordIsOnlyInTheTablesOfItsRows() {
        // "minggu" is a weekday and a unit, "kemarin" a fixed phrase and a shift, "lalu" a shift and a count end
        assertEntry(SHIPPED.weekdays, "minggu", DayOfWeek.SUNDAY, "weekday");
        assertEntry(SHIPPED.units, "minggu", Unit.WEEK, "unit");
        assertNull(SHIPPED.months.longest(new String[] {"minggu"}, 0));
        assertNull(SHIPPED.units.longest(new String[] {"senin"}, 0));
        assertNull(SHIPPED.weekdays.longest(new String[] {"pekan"}, 0));
        assertNull(SHIPPED.counts.longest(new String[] {"sehari"}, 0));
        assertNull(SHIPPED.countEnds.longest(new String[] {"ini"}, 0));
        assertNull(SHIPPED.shifts.longest(new String[] {"kemudian"}, 0));
        assertNull(SHIPPED.fixed.longest(new String[] {"lalu"}, 0));
        // one-word lookups see only one-word phrases: "dini hari" is a part of the day, "dini" alone is not
        assertTrue(SHIPPED.partsOfDay.startsAt(new String[] {"dini", "hari"}, 0));
        assertFalse(SHIPPED.partsOfDay.wordAt(new String[] {"dini", "hari"}, 0));
        assertFalse(SHIPPED.partsOfDay.startsAt(new String[] {"dini"}, 0));
    }

    @Test
    void theExtractorLoadsTheShippedFiles() {
        assertNotNull(TimeExtractor.fromResources());
    }

    @Test
    void aDuplicateOfAShippedRowIsRejectedWithBothPlaces() {
        WartaException e = assertThrows(WartaException.class,
                () -> TimeLexicon.fromTexts(shippedWith("# extra\nweekday\tsenin\tMONDAY\n")));
        assertEquals("extra.tsv:2: duplicate weekday 'senin' (first at calendar.tsv:"
                + lineOf("calendar.tsv", "weekday\tsenin\tMONDAY") + ")", e.getMessage());
        e = assertThrows(WartaException.class,
                () -> TimeLexicon.fromTexts(shippedWith("\nprevious-day\tkemarin lusa\t-2\n")));
        assertEquals("extra.tsv:2: duplicate previous-day 'kemarin lusa' (first at relative.tsv:"
                + lineOf("relative.tsv", "anchor-day\tkemarin lusa\t-2") + ")", e.getMessage());
    }

    @Test
    void theSameWordsOfAnotherKindAreNoDuplicate() {
        TimeLexicon lex = TimeLexicon.fromTexts(shippedWith("quantity\tsenin\n"));
        assertEntry(lex.quantities, "senin", "senin", "quantity");
        assertEntry(lex.weekdays, "senin", DayOfWeek.MONDAY, "weekday");
    }

    @Test
    void aBadValueInAShippedFileIsNamedWithItsLine() {
        Map<String, String> files = shippedWith("");
        files.put("relative.tsv", files.get("relative.tsv").replace("count\tdua\t2\n", "count\tdua\tdua\n"));
        WartaException e = assertThrows(WartaException.class, () -> TimeLexicon.fromTexts(files));
        assertEquals("relative.tsv:" + lineOf("relative.tsv", "count\tdua\t2")
                + ": expected a number from 1 to 99, got 'dua'", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            weekdays\\tsenin\\tMONDAY  | unknown kind 'weekdays'
            Weekday\\tsenin\\tMONDAY   | unknown kind 'Weekday'
            weekday \\tsenin\\tMONDAY  | unknown kind 'weekday '
            \\tsenin                   | unknown kind ''
            anchor_day\\tkemarin\\t-1  | unknown kind 'anchor_day'
            """)
    void anUnknownKindAfterTheShippedFilesIsNamedWithItsLine(String line, String message) {
        WartaException e = assertThrows(WartaException.class,
                () -> TimeLexicon.fromTexts(shippedWith("# extra\n\n" + line.replace("\\t", "\t") + "\n")));
        assertEquals("extra.tsv:3: " + message, e.getMessage());
    }

    @Test
    void minimalLexiconLoads() {
        assertNotNull(load("prefix\tpada"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            weekdy\\tsenin\\tMONDAY     | extra.tsv:2: unknown kind 'weekdy'
            weekday\\tsenen\\tMONTAG    | extra.tsv:2: expected one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], got 'MONTAG'
            month\\tjan\\t13            | extra.tsv:2: expected a number from 1 to 12, got '13'
            month\\tjan\\tsatu          | extra.tsv:2: expected a number from 1 to 12, got 'satu'
            month\\tJanuari\\t1         | extra.tsv:2: words must be lower case, without accents and single-spaced: 'Januari'
            month\\tjanuari\\t1         | extra.tsv:2: duplicate month 'januari' (first at calendar.tsv:9)
            anchor-day\\tkemarin        | extra.tsv:2: kind anchor-day needs VALUE column
            prefix\\tpada\\tx           | extra.tsv:2: kind prefix takes no VALUE column
            prefix\\tpada hari          | extra.tsv:2: kind prefix takes one word: 'pada hari'
            count-unit\\tsehari\\t1     | extra.tsv:2: expected '<number> <unit>', got '1'
            shift\\tlalu\\tBEFORE       | extra.tsv:2: expected one of [LAST, THIS, NEXT], got 'BEFORE'
            just-one-column           | extra.tsv:2: expected KIND<TAB>WORDS[<TAB>VALUE], got 'just-one-column'
            """)
    void badLineIsNamedWithFileAndLine(String line, String message) {
        WartaException e = assertThrows(WartaException.class, () -> load(line.replace("\\t", "\t")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void duplicatesAreCheckedAcrossTheFixedPhraseKinds() {
        WartaException e = assertThrows(WartaException.class,
                () -> load("anchor-day\tkemarin\t-1\nprevious-day\tkemarin\t1"));
        assertEquals("extra.tsv:3: duplicate previous-day 'kemarin' (first at extra.tsv:2)", e.getMessage());
    }

    @Test
    void missingMonthIsReported() {
        Map<String, String> files = Map.of("calendar.tsv", MINIMAL.replace("month\tmei\t5\n", ""));
        WartaException e = assertThrows(WartaException.class, () -> TimeLexicon.fromTexts(files));
        assertEquals("calendar.tsv: no month name for month 5", e.getMessage());
    }

    @Test
    void missingWeekdayIsReported() {
        Map<String, String> files = Map.of("calendar.tsv", MINIMAL.replace("weekday\trabu\tWEDNESDAY\n", ""));
        WartaException e = assertThrows(WartaException.class, () -> TimeLexicon.fromTexts(files));
        assertEquals("calendar.tsv: no weekday name for WEDNESDAY", e.getMessage());
    }

    @Test
    void lineNumbersCountCommentsAndBlankLines() {
        WartaException e = assertThrows(WartaException.class, () -> load("\n# note\nbogus\tx"));
        assertEquals("extra.tsv:4: unknown kind 'bogus'", e.getMessage());
    }
}
