package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.time.TimeTesting.iso;
import static org.warta.extract.time.TimeTesting.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Granularity;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.Token;
import org.warta.text.Tokenizer;

/**
 * Resolution of whole expressions against a publication date: anchors on different weekdays, month ends, year
 * ends and 29 February. Weekdays of the anchors: 2023-12-31 Sun, 2024-01-01 Mon, 2024-02-29 Thu, 2024-04-05 Fri,
 * 2024-04-09 Tue, 2023-03-17 Fri, 2023-02-22 Wed.
 */
class TimeExtractorTest {

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # examples from the seed articles
            2024-04-05 | FUTURE  | pada Senin dan Selasa        | 2024-04-08/2024-04-09
            2023-03-17 | FUTURE  | dari Senin hingga Rabu       | 2023-03-20/2023-03-22
            2023-03-17 | PAST    | Pada hari Kamis              | 2023-03-16
            2023-03-17 | FUTURE  | pada hari Seninnya           | 2023-03-20
            2023-02-22 | PAST    | pada hari Rabu               | 2023-02-22
            # the clause's tense picks the occurrence; UNKNOWN takes the nearest, ties to the past
            2023-02-22 | FUTURE  | Kamis malam                  | 2023-02-23
            2023-12-31 | FUTURE  | Senin pagi                   | 2024-01-01
            2024-02-29 | PAST    | Jum'at                       | 2024-02-23
            2024-02-29 | FUTURE  | Jumat                        | 2024-03-01
            2024-02-29 | UNKNOWN | Sabtu                        | 2024-03-02
            2023-03-17 | UNKNOWN | Senin                        | 2023-03-20
            2023-02-22 | UNKNOWN | Ahad                         | 2023-02-19
            2024-04-09 | PAST    | pada hari Minggu             | 2024-04-07
            2024-04-09 | UNKNOWN | hari minggu                  | 2024-04-07
            2024-04-10 | UNKNOWN | Rabu                         | 2024-04-10
            2024-04-11 | UNKNOWN | Senin dini hari              | 2024-04-08
            # weekday ranges
            2024-04-05 | UNKNOWN | Senin hingga Rabu            | 2024-04-08/2024-04-10
            2024-04-10 | PAST    | Senin sampai Rabu            | 2024-04-08/2024-04-10
            2024-04-09 | PAST    | Senin hingga Rabu            | 2024-04-01/2024-04-03
            2023-12-29 | FUTURE  | Sabtu dan Minggu             | 2023-12-30/2023-12-31
            2023-12-30 | FUTURE  | Minggu hingga Selasa         | 2023-12-31/2024-01-02
            2024-04-09 | FUTURE  | Senin-Rabu                   | 2024-04-15/2024-04-17
            2023-11-08 | FUTURE  | Kamis hingga Jumat (9-10/11) | 2023-11-09/2023-11-10
            2024-04-09 | PAST    | Senin hingga Rabu pekan lalu | 2024-04-01/2024-04-03
            # "lalu" = the latest strictly before, "depan"/"mendatang" = the earliest strictly after
            2024-11-13 | UNKNOWN | Sabtu lalu                   | 2024-11-09
            2024-11-11 | UNKNOWN | Senin lalu                   | 2024-11-04
            2024-11-11 | PAST    | Senin depan                  | 2024-11-18
            2023-12-31 | UNKNOWN | Senin depan                  | 2024-01-01
            2023-09-02 | PAST    | Senin Depan                  | 2023-09-04
            2024-02-29 | UNKNOWN | Kamis mendatang              | 2024-03-07
            2024-02-29 | UNKNOWN | Rabu pekan depan             | 2024-03-06
            2024-02-29 | UNKNOWN | Jumat pekan lalu             | 2024-02-23
            2024-02-29 | UNKNOWN | Senin ini                    | 2024-02-26
            # days counted from the publication date
            2023-09-19 | UNKNOWN | hari ini                     | 2023-09-19
            2023-12-31 | UNKNOWN | besok                        | 2024-01-01
            2024-01-01 | UNKNOWN | kemarin                      | 2023-12-31
            2024-03-01 | UNKNOWN | kemarin lusa                 | 2024-02-28
            2024-02-28 | UNKNOWN | lusa                         | 2024-03-01
            2023-02-28 | UNKNOWN | lusa                         | 2023-03-02
            2024-02-29 | UNKNOWN | esok                         | 2024-03-01
            2024-01-01 | UNKNOWN | semalam                      | 2023-12-31
            2024-01-01 | PAST    | tadi malam                   | 2023-12-31
            2024-01-01 | UNKNOWN | kemarin sore                 | 2023-12-31
            2023-12-31 | FUTURE  | besok pagi                   | 2024-01-01
            2023-11-17 | UNKNOWN | dua hari lalu                | 2023-11-15
            2024-03-02 | UNKNOWN | 3 hari yang lalu             | 2024-02-28
            2023-11-17 | UNKNOWN | tiga pekan lagi              | 2023-12-04/2023-12-10
            2024-04-09 | UNKNOWN | setahun yang lalu            | 2023
            # weeks run Monday to Sunday
            2023-03-17 | FUTURE  | minggu depan                 | 2023-03-20/2023-03-26
            2024-04-09 | UNKNOWN | minggu ini                   | 2024-04-08/2024-04-14
            2023-09-02 | PAST    | pekan lalu                   | 2023-08-21/2023-08-27
            2023-11-11 | FUTURE  | pekan depan                  | 2023-11-13/2023-11-19
            2023-12-31 | UNKNOWN | pekan depan                  | 2024-01-01/2024-01-07
            2024-01-01 | UNKNOWN | pekan lalu                   | 2023-12-25/2023-12-31
            2024-02-29 | UNKNOWN | pekan mendatang              | 2024-03-04/2024-03-10
            2024-02-29 | UNKNOWN | Minggu ini                   | 2024-02-26/2024-03-03
            2024-02-29 | UNKNOWN | Minggu lalu                  | 2024-02-19/2024-02-25
            2024-02-29 | UNKNOWN | minggu yang akan datang      | 2024-03-04/2024-03-10
            # the weekend, by tense or by its own word
            2024-04-09 | PAST    | akhir pekan                  | 2024-04-06/2024-04-07
            2024-04-09 | FUTURE  | akhir pekan                  | 2024-04-13/2024-04-14
            2024-04-10 | UNKNOWN | akhir pekan                  | 2024-04-06/2024-04-07
            2024-04-11 | UNKNOWN | akhir pekan                  | 2024-04-13/2024-04-14
            2023-12-31 | PAST    | akhir pekan                  | 2023-12-30/2023-12-31
            2023-12-31 | FUTURE  | akhir pekan                  | 2023-12-30/2023-12-31
            2024-04-09 | FUTURE  | akhir pekan lalu             | 2024-04-06/2024-04-07
            2024-04-09 | UNKNOWN | akhir pekan ini              | 2024-04-13/2024-04-14
            2024-04-09 | UNKNOWN | akhir pekan depan            | 2024-04-20/2024-04-21
            # months and years counted from the publication date
            2023-12-31 | UNKNOWN | bulan depan                  | 2024-01
            2023-03-17 | PAST    | Bulan lalu                   | 2023-02
            2024-01-15 | UNKNOWN | bulan lalu                   | 2023-12
            2024-02-29 | UNKNOWN | bulan ini                    | 2024-02
            2023-11-30 | UNKNOWN | bulan mendatang              | 2023-12
            2023-09-19 | UNKNOWN | bulan depan                  | 2023-10
            2024-04-09 | FUTURE  | tahun ini                    | 2024
            2023-12-31 | UNKNOWN | tahun depan                  | 2024
            2024-01-01 | UNKNOWN | tahun lalu                   | 2023
            2024-02-29 | UNKNOWN | tahun mendatang              | 2025
            2024-02-29 | UNKNOWN | akhir tahun ini              | 2024
            2024-02-29 | UNKNOWN | awal tahun depan             | 2025
            2023-03-17 | UNKNOWN | awal bulan ini               | 2023-03
            2023-03-17 | UNKNOWN | akhir bulan lalu             | 2023-02
            2023-03-17 | UNKNOWN | pertengahan bulan            | 2023-03
            2023-12-31 | UNKNOWN | penghujung tahun             | 2023
            # month names: the year from tense and anchor, or from the words after them
            2023-03-17 | PAST    | pada bulan Desember          | 2022-12
            2023-03-17 | PAST    | Februari tahun lalu          | 2022-02
            2023-03-17 | PAST    | pada September               | 2022-09
            2023-09-19 | PAST    | pada akhir Mei               | 2023-05
            2021-12-15 | PAST    | awal Desember                | 2021-12
            2023-03-17 | UNKNOWN | Desember tahun lalu          | 2022-12
            2022-07-26 | UNKNOWN | November mendatang           | 2022-11
            2022-07-27 | UNKNOWN | pada akhir April lalu        | 2022-04
            2024-11-08 | FUTURE  | April lalu                   | 2024-04
            2024-02-29 | FUTURE  | pada bulan Mei               | 2024-05
            2024-02-29 | PAST    | pada bulan Mei               | 2023-05
            2024-02-29 | UNKNOWN | Mei                          | 2024-05
            2023-12-31 | FUTURE  | Januari                      | 2024-01
            2024-01-01 | PAST    | Desember                     | 2023-12
            2024-01-01 | FUTURE  | Februari 2022                | 2022-02
            2023-10-10 | UNKNOWN | pertengahan Juli             | 2023-07
            2024-02-29 | PAST    | Mei ini                      | 2024-05
            2024-02-29 | UNKNOWN | bulan Oktober tahun depan    | 2025-10
            2023-09-19 | UNKNOWN | penghujung 2023              | 2023
            2023-09-19 | UNKNOWN | awal Juni 2022               | 2022-06
            # month ranges
            2023-03-17 | FUTURE  | Maret hingga Mei             | 2023-03/2023-05
            2024-02-29 | PAST    | November hingga Januari      | 2023-11/2024-01
            2024-02-29 | UNKNOWN | Juni-Agustus 2023            | 2023-06/2023-08
            # explicit dates
            2023-09-19 | PAST    | pada 29 Juli                 | 2023-07-29
            2023-02-22 | PAST    | 24 Februari tahun lalu       | 2022-02-24
            2024-02-29 | UNKNOWN | 15 November 2023             | 2023-11-15
            2024-02-29 | UNKNOWN | Rabu, 15 November 2023       | 2023-11-15
            2023-09-02 | UNKNOWN | Senin 4 September 2023       | 2023-09-04
            2021-03-25 | UNKNOWN | Selasa (23/3)                | 2021-03-23
            2023-11-17 | UNKNOWN | Senin ( 18/11)               | 2023-11-18
            2024-11-17 | PAST    | Senin ( 18/11)               | 2024-11-18
            2024-02-29 | UNKNOWN | (12/7/2023)                  | 2023-07-12
            2024-02-29 | UNKNOWN | (9/8/23)                     | 2023-08-09
            2024-02-29 | UNKNOWN | 02/03/2023                   | 2023-03-02
            2024-02-29 | UNKNOWN | Kamis (02/03/2023)           | 2023-03-02
            2020-10-30 | FUTURE  | pada 20 Oktober lalu         | 2020-10-20
            2024-02-29 | PAST    | 29 Februari                  | 2024-02-29
            2025-03-01 | PAST    | 29 Februari                  | 2024-02-29
            2025-03-01 | FUTURE  | 29 Februari                  | 2028-02-29
            2023-12-31 | FUTURE  | 1 Januari                    | 2024-01-01
            2024-01-01 | PAST    | 31 Desember                  | 2023-12-31
            # a date without its year a few days from publication is that date, whatever the tense; not "lalu"
            2023-10-16 | PAST    | 17-18 Oktober                | 2023-10-17/2023-10-18
            2023-10-16 | PAST    | 20 Oktober                   | 2023-10-20
            2023-10-16 | FUTURE  | 14 Oktober                   | 2023-10-14
            # nor a date the tense would put about a year back when the coming one is within a month: news writes a
            # year or "lalu" for that; further ahead the tense decides
            2023-10-16 | PAST    | 30 Oktober                   | 2023-10-30
            2024-06-19 | PAST    | pada 5 Juli                  | 2024-07-05
            2023-10-16 | PAST    | 30 November                  | 2022-11-30
            2023-10-16 | PAST    | 17 Oktober lalu              | 2022-10-17
            2024-01-01 | UNKNOWN | Rabu 12 Jul 2023             | 2023-07-12
            2024-01-01 | UNKNOWN | 3 Agt 2022                   | 2022-08-03
            2024-01-01 | UNKNOWN | 17 Ags 2022                  | 2022-08-17
            2024-01-01 | UNKNOWN | 5 Sept 2022                  | 2022-09-05
            2024-01-01 | UNKNOWN | 20 Des 2022                  | 2022-12-20
            2024-01-01 | UNKNOWN | 2 Mei tahun ini              | 2024-05-02
            2024-01-01 | UNKNOWN | Des 2022                     | 2022-12
            2024-01-01 | UNKNOWN | pada Agu 2021                | 2021-08
            # day ranges
            2023-03-14 | UNKNOWN | pada 6-10 Maret              | 2023-03-06/2023-03-10
            2022-06-22 | FUTURE  | 26-28 Juni                   | 2022-06-26/2022-06-28
            2024-11-13 | FUTURE  | pada 15-16 November          | 2024-11-15/2024-11-16
            2023-12-20 | FUTURE  | 30 Desember hingga 2 Januari | 2023-12-30/2024-01-02
            2024-01-01 | UNKNOWN | 9 dan 10 November 2023       | 2023-11-09/2023-11-10
            2024-01-01 | UNKNOWN | 6 – 10 Maret 2023            | 2023-03-06/2023-03-10
            2024-07-20 | PAST    | Senin (8/7) hingga Rabu      | 2024-07-08/2024-07-10
            2024-01-01 | PAST    | Senin (8/7) hingga Rabu      | 2023-07-08/2023-07-12
            2024-01-01 | FUTURE  | Senin hingga Rabu (10/1)     | 2024-01-08/2024-01-10
            # years
            2024-01-01 | UNKNOWN | pada 2019                    | 2019
            2024-01-01 | UNKNOWN | tahun 2023                   | 2023
            2024-01-01 | UNKNOWN | pada tahun 2017              | 2017
            2024-01-01 | UNKNOWN | pada 2019-2021               | 2019/2021
            2024-01-01 | UNKNOWN | 2019 hingga 2021             | 2019/2021
            2024-01-01 | UNKNOWN | dari 2019 sampai 2021        | 2019/2021
            2024-01-01 | UNKNOWN | pada awal 2024               | 2024
            2024-01-01 | UNKNOWN | pertengahan tahun lalu       | 2023
            2024-04-09 | UNKNOWN | hari Senin hingga hari Rabu  | 2024-04-08/2024-04-10
            2024-04-09 | UNKNOWN | Jumat lalu dan Sabtu         | 2024-04-05/2024-04-06
            2024-04-09 | UNKNOWN | dini hari tadi               | 2024-04-09
            2024-04-09 | UNKNOWN | dua bulan lalu               | 2024-02
            2023-09-19 | UNKNOWN | pada Sabtu dan Minggu (11-12/11) | 2023-11-11/2023-11-12
            """)
    void resolvesAgainstThePublicationDate(String anchor, Tense tense, String text, String expected) {
        assertEquals(expected, iso(resolve(text, anchor, tense, null)));
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-03-06/2023-03-10 | Pada hari terakhir    | 2023-03-10
            2021-12-13            | Keesokan harinya      | 2021-12-14
            2023-12-31            | keesokan harinya      | 2024-01-01
            2024-02-28            | Sehari kemudian       | 2024-02-29
            2024-03-01            | sehari sebelumnya     | 2024-02-29
            2023-03-01            | hari sebelumnya       | 2023-02-28
            2021-12-13            | Pada hari yang sama   | 2021-12-13
            2019-06-30            | Pagi harinya          | 2019-06-30
            2020-10-29            | Siang harinya         | 2020-10-29
            2020-10-29            | malam harinya         | 2020-10-29
            2019-04-14            | pada petang hari      | 2019-04-14
            2022-11-16            | Pagi itu              | 2022-11-16
            2022-04-27            | dua hari kemudian     | 2022-04-29
            2022-04-27            | tiga hari sebelumnya  | 2022-04-24
            2023-03-06/2023-03-10 | keesokan harinya      | 2023-03-11
            2023-03-06/2023-03-10 | sehari sebelumnya     | 2023-03-05
            2023-05-01            | tahun sebelumnya      | 2022
            2023-05-01            | sebulan kemudian      | 2023-06
            """)
    void chainsFromTheEarlierDay(String previous, String text, String expected) {
        assertEquals(expected, iso(resolve(text, "2024-04-05", Tense.UNKNOWN, previous)));
    }

    @ParameterizedTest(name = "\"{0}\" without an earlier day")
    @CsvSource(delimiter = '|', textBlock = """
            keesokan harinya   | chained expression, no earlier time in the article
            Pada hari terakhir | chained expression, no earlier time in the article
            pada hari yang sama | chained expression, no earlier time in the article
            """)
    void chainWithoutEarlierDayStaysUnresolved(String text, String note) {
        TimeMention m = resolve(text, "2024-04-05", Tense.PAST, null);
        assertEquals("-", iso(m));
        assertEquals(note, m.note());
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" unresolved")
    @CsvSource(delimiter = '|', textBlock = """
            2023-03-10 | Pada hari terakhir
            2023-03    | keesokan harinya
            """)
    void chainFromTheWrongKindOfTimeStaysUnresolved(String previous, String text) {
        TimeMention m = resolve(text, "2024-04-05", Tense.PAST, previous);
        assertEquals("-", iso(m));
        assertTrue(m.note().startsWith("the earlier time " + previous), m.note());
    }

    @ParameterizedTest(name = "\"{0}\" without anchor -> unresolved")
    @CsvSource(delimiter = '|', textBlock = """
            kemarin
            hari ini
            Senin
            Senin lalu
            pekan depan
            akhir pekan
            bulan lalu
            tahun ini
            29 Juli
            April lalu
            Februari tahun lalu
            24 Februari tahun lalu
            Selasa (23/3)
            Senin hingga Rabu
            6-10 Maret
            dua hari lalu
            """)
    void relativeExpressionWithoutAnchorStaysUnresolved(String text) {
        TimeMention m = resolve(text, null, Tense.PAST, null);
        assertEquals("-", iso(m));
        assertEquals("relative expression, no publication date", m.note());
    }

    @ParameterizedTest(name = "\"{0}\" without anchor -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            24 Februari 2022           | 2022-02-24
            Februari 2022              | 2022-02
            pada 2019                  | 2019
            (12/7/2023)                | 2023-07-12
            6-10 Maret 2023            | 2023-03-06/2023-03-10
            26 Juni hingga 2 Juli 2023 | 2023-06-26/2023-07-02
            Maret hingga Mei 2024      | 2024-03/2024-05
            """)
    void absoluteExpressionResolvesWithoutAnchor(String text, String expected) {
        assertEquals(expected, iso(resolve(text, null, Tense.UNKNOWN, null)));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}, note")
    @CsvSource(delimiter = '|', textBlock = """
            Selasa (12/7/2023) | 2023-07-12 | the weekday tuesday does not match 2023-07-12; the date wins
            Selasa (9/8/23)    | 2023-08-09 | the weekday tuesday does not match 2023-08-09; the date wins
            Rabu (12/7/2023)   | 2023-07-12 | ''
            """)
    void numericDateWinsOverAConflictingWeekday(String text, String expected, String note) {
        TimeMention m = resolve(text, "2024-02-29", Tense.PAST, null);
        assertEquals(expected, iso(m));
        assertEquals(note, m.note());
    }

    /** Last year's number at the turn of the year, or a year mistyped ahead: the weekday and the anchor tell it. */
    @ParameterizedTest(name = "\"{0}\" in a story of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Senin (9/1/2022)   | 2023-01-10 | 2023-01-09
            Senin, 9/1/2022    | 2023-01-10 | 2023-01-09
            Minggu (9/1/2022)  | 2023-01-10 | 2022-01-09
            Senin (9/1/2021)   | 2023-01-10 | 2021-01-09
            Kamis (9/3/2022)   | 2023-01-10 | 2022-03-09
            Senin (9/1/2033)   | 2023-01-10 | 2023-01-09
            Minggu (9/1/2033)  | 2023-01-10 | 2033-01-09
            """)
    void aWrittenYearOneOffTheAnchorsIsASlipWhenTheWeekdayFitsTheAnchorsYear(String text, String anchor,
                                                                               String expected) {
        assertEquals(expected, iso(resolve(text, anchor, Tense.PAST, null)));
    }

    /** A mistyped month: the weekday and the day agree on a date close to the anchor in a month next to it. */
    @ParameterizedTest(name = "\"{0}\" in a story of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Jumat 17 Februari 2024 | 2024-05-17 | 2024-05-17
            Kamis (27/8)           | 2023-07-28 | 2023-07-27
            Sabtu 17 Februari 2024 | 2024-05-17 | 2024-02-17
            Kamis (27/8)           | 2023-06-01 | 2022-08-27
            """)
    void aWrittenMonthFarFromTheAnchorIsASlipWhenTheWeekdayFitsTheSameDayNearIt(String text, String anchor,
                                                                                String expected) {
        assertEquals(expected, iso(resolve(text, anchor, Tense.PAST, null)));
    }

    @ParameterizedTest(name = "\"{0}\" unresolved")
    @CsvSource(delimiter = '|', textBlock = """
            31 Februari 2023 | no such date: 2023-02-31
            29 Februari 2023 | no such date: 2023-02-29
            """)
    void impossibleDateStaysUnresolved(String text, String note) {
        TimeMention m = resolve(text, "2024-02-29", Tense.PAST, null);
        assertEquals("-", iso(m));
        assertEquals(note, m.note());
    }

    @ParameterizedTest(name = "{0} \"{1}\" at the calendar's edge")
    @CsvSource(delimiter = '|', textBlock = """
            +999999999-12-31 | besok
            +999999999-12-31 | pekan depan
            +999999999-12-31 | Senin
            -999999999-01-01 | kemarin
            -999999999-01-01 | 29 Juli
            """)
    void anchorAtTheEndOfTimeGivesANoteNotAnException(String anchor, String text) {
        TimeMention m = resolve(text, anchor, Tense.UNKNOWN, null);
        assertEquals("-", iso(m));
        assertTrue(m.note().startsWith("outside the calendar"), m.note());
    }

    @Test
    void yearBeforeWithoutEarlierTimeCountsFromThePublicationYearAndSaysSo() {
        TimeMention m = resolve("tahun sebelumnya", "2024-04-05", Tense.PAST, null);
        assertEquals("2023", iso(m));
        assertEquals("no earlier time; counted from the publication year", m.note());
        assertEquals("-", iso(resolve("tahun sebelumnya", null, Tense.PAST, null)));
    }

    /** As the meeting extractor will use it: every expression of an article in order, each day passed on. */
    @Test
    void chainsThroughAnArticle() {
        String text = "Perundingan berlangsung pada 6-10 Maret itu. Pada hari terakhir, Wang memimpin sesi penutupan. "
                + "Sehari kemudian, Kementerian menyatakan dukungan. Pada hari yang sama, Riyadh menyambut baik.";
        Optional<LocalDate> anchor = Optional.of(LocalDate.of(2023, 3, 14));
        Optional<TimeValue> previous = Optional.empty();
        StringBuilder values = new StringBuilder();
        for (TimeExpression e : TimeTesting.find(text)) {
            TimeMention m = TimeTesting.EXTRACTOR.resolve(e, anchor, Tense.PAST, previous);
            values.append(e.text()).append(" = ").append(iso(m)).append("; ");
            if (m.value().filter(v -> v.granularity() == Granularity.DAY).isPresent()) {
                previous = m.value();
            }
        }
        assertEquals("pada 6-10 Maret = 2023-03-06/2023-03-10; Pada hari terakhir = 2023-03-10; "
                + "Sehari kemudian = 2023-03-11; Pada hari yang sama = 2023-03-11; ", values.toString());
        assertEquals(List.of(), TimeTesting.find("Tidak ada waktu di sini."));
    }

    /**
     * "sejak" a few words before a day: the start of a stretch running on, no time of what the sentence tells;
     * with words between, since another event.
     */
    @ParameterizedTest(name = "{0}: start {1}, range {2}, another event {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Ani menjabat sejak dilantik pada 2 Mei 2023.           | true  | false | true
            Kota itu tenang semenjak 2019.                         | true  | false | false
            Budi berkunjung ke Osaka sejak Senin hingga Rabu.      | false | true  | false
            Budi berkunjung ke Osaka dari Senin hingga Rabu.       | false | false | false
            Sejak itu, Budi bertemu Ani pada 2 Mei 2023.           | false | false | false
            Budi bertemu Ani pada 2 Mei 2023.                      | false | false | false
            """)
    void sinceMarksTheStartOfAStretch(String text, boolean start, boolean range, boolean anotherEvent) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        TimeExpression e = TimeTesting.find(text).get(0);
        assertEquals(start, TimeTesting.EXTRACTOR.isSinceStart(e, tokens));
        assertEquals(range, TimeTesting.EXTRACTOR.isSinceRange(e, tokens));
        assertEquals(anotherEvent, TimeTesting.EXTRACTOR.isSinceAnotherEvent(e, tokens));
    }
}
