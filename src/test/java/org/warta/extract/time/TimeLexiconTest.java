package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.WartaException;

/** The lexicon loader accepts the shipped files and names file and line of every bad entry. */
class TimeLexiconTest {
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

    @Test
    void shippedFilesLoad() {
        assertNotNull(TimeLexicon.fromResources());
        assertNotNull(TimeExtractor.fromResources());
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
