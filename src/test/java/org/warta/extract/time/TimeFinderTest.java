package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.time.TimeTesting.find;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.time.TimeForm.CalendarDate;
import org.warta.extract.time.TimeForm.CalendarYear;
import org.warta.extract.time.TimeForm.FromAnchor;
import org.warta.extract.time.TimeForm.Shift;
import org.warta.extract.time.TimeForm.Unit;
import org.warta.extract.time.TimeForm.Weekday;
import org.warta.extract.time.TimeForm.Weekend;
import org.warta.model.Span;

/** Which words of a sentence make up time expressions: spans, longest match, and what is not a time. */
class TimeFinderTest {

    /** The texts found, joined by " | "; "" for none. */
    private static String found(String sentence) {
        return String.join(" | ", find(sentence).stream().map(TimeExpression::text).toList());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            Lavrov akan mengunjungi Tiongkok pada Senin dan Selasa untuk membahas perang. => `pada Senin dan Selasa`
            Pada pertemuan pada hari Rabu dari 193 anggota Majelis Umum, resolusi itu lolos. => `pada hari Rabu`
            Perdagangan naik pada tahun 2023, naik 26,3% dari tahun sebelumnya. => `pada tahun 2023 | tahun sebelumnya`
            Kunjungan itu akan berlangsung dari Senin hingga Rabu atas undangan Putin. => `dari Senin hingga Rabu`
            Invasi dimulai lebih dari setahun yang lalu. => `setahun yang lalu`
            Ia mengunjungi Indonesia pada 2013 dan berpidato di sana. => `pada 2013`
            Hubungan itu terputus sejak 2016. => `2016`
            Sebanyak 2019 orang hadir. => ``
            Sekitar 2/3 anggota setuju. => ``
            Sidang diikuti 193 anggota. => ``
            JAKARTA (23/3) – Presiden berangkat. => `(23/3)`
            Yellen bertemu He di San Francisco, Kamis hingga Jumat (9-10/11). => `Kamis hingga Jumat (9-10/11)`
            Rabu 12 Jul 2023 19:46 WIB => `Rabu 12 Jul 2023`
            Kompas.com - 26/08/2023, 06:36 WIB => `26/08/2023`
            Jan Egeland dan Des Browne berbicara. => ``
            Mereka membahas masa depan Suriah. => ``
            Senin (13/12) sore, ia diterima Presiden. => `Senin (13/12) sore`
            Perang di Ukraina dimulai pada 24 Februari tahun lalu dan belum usai. => `pada 24 Februari tahun lalu`
            Ia bertemu Xi di Beijing pada April lalu, tak lama setelah dilantik. => `pada April lalu`
            Mereka bertemu di Singapura pada Juni 2018, lalu kembali bertemu. => `pada Juni 2018`
            Pertemuan dalam beberapa pekan terakhir mulai intensif. => ``
            Ia datang beberapa minggu sebelum Rusia menyerang. => ``
            Tim akan bertemu dalam dua hingga tiga pekan ke depan. => ``
            Harga naik dalam bulan-bulan mendatang. => ``
            Serangan berlanjut selama akhir pekan, kata Wang. => `akhir pekan`
            Kunjungan bulan Oktober ini akan menjadi yang kedua. => `bulan Oktober ini`
            Ia tiba di Jakarta pada dini hari. => ``
            Ia menginap di Bali pada akhirnya. => ``
            Pada hari terakhir, Wang memimpin sesi penutupan. => `Pada hari terakhir`
            Dalam beberapa hari terakhir harga naik. => ``
            Dua hari sebelumnya ia tiba. => `Dua hari sebelumnya`
            Beberapa hari sebelumnya ia tiba. => ``
            Sehari kemudian, Selasa (26/4), ia terbang ke Moskow. => `Sehari kemudian | Selasa (26/4)`
            Perundingan berlangsung pada 6-10 Maret itu. => `pada 6-10 Maret`
            Biden akan bertemu Xi pada Rabu, 15 November 2023, di Woodside. => `pada Rabu, 15 November 2023`
            Laporan itu terbit 12 Juli 2023 19:36 WIB. => `12 Juli 2023`
            KTT berlangsung Juni-Agustus dan Maret hingga Mei. => `Juni-Agustus | Maret hingga Mei`
            Ia datang pada Juli dan Agustus. => `pada Juli | Agustus`
            Putin menerima mereka Jum’at pagi. => `Jum’at pagi`
            Sidang digelar Kamis, sedangkan Jumat libur. => `Kamis | Jumat`
            Ia memimpin negara itu 2019-2021. => `2019-2021`
            Sidang berlangsung hari Senin hingga hari Rabu. => `hari Senin hingga hari Rabu`
            Rudal itu ditembakkan dini hari tadi. => `dini hari tadi`
            Setahun setelah invasi, ia datang. => ``
            """)
    void findsTheTimeExpressionsOfASentence(String sentence, String expected) {
        assertEquals(expected, found(sentence));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Minggu depan ia ke Moskow.           | Minggu depan      | week
            Minggu lalu ia ke Moskow.            | Minggu lalu       | week
            Minggu ini ia ke Moskow.             | Minggu ini        | week
            Ia ke Moskow minggu mendatang.       | minggu mendatang  | week
            Minggu mendatang ia ke Moskow.       | Minggu mendatang  | week
            Minggu terakhir Juni ia ke Moskow.   | Juni              | month
            Minggu (24/4), ia menelepon.         | Minggu (24/4)     | date
            Kami bertemu Minggu.                 | Minggu            | day
            Ia menelepon pada hari minggu.       | pada hari minggu  | day
            Ia menelepon pada hari Minggu lalu.  | pada hari Minggu lalu | day
            Ia menelepon Minggu pagi.            | Minggu pagi       | day
            Ia menelepon Ahad.                   | Ahad              | day
            """)
    void mingguIsADayOnlyWhenCapitalisedAndNotFollowedByAWeekWord(String sentence, String text, String kind) {
        List<TimeExpression> found = find(sentence);
        assertEquals(List.of(text), found.stream().map(TimeExpression::text).toList());
        TimeForm form = found.get(0).form();
        String actual = form instanceof Weekday ? "day" : form instanceof CalendarDate ? "date"
                : form instanceof FromAnchor f && f.unit() == Unit.WEEK ? "week" : form instanceof TimeForm.CalendarMonth
                ? "month" : form.toString();
        assertEquals(kind, actual);
    }

    @Test
    void spansAreOffsetsIntoTheGivenText() {
        String text = "Ia tiba pada Senin (4/9) pagi, lalu pulang kemarin.";
        List<TimeExpression> found = find(text);
        assertEquals(List.of(new Span(8, 29), new Span(43, 50)), found.stream().map(TimeExpression::span).toList());
        assertEquals("pada Senin (4/9) pagi", found.get(0).text());
    }

    @Test
    void describesTheStructure() {
        assertEquals(new Weekday(DayOfWeek.SATURDAY, Shift.BEFORE), TimeTesting.whole("Sabtu lalu").form());
        assertEquals(new Weekend(Shift.LAST_WEEK), TimeTesting.whole("akhir pekan lalu").form());
        assertEquals(new CalendarYear(2019), TimeTesting.whole("pada 2019").form());
        assertEquals(new CalendarDate(12, 7, new YearRef.Given(2023), Optional.of(DayOfWeek.TUESDAY)),
                TimeTesting.whole("Selasa (12/7/2023)").form());
        assertEquals(new CalendarDate(24, 2, new YearRef.Relative(-1), Optional.empty()),
                TimeTesting.whole("24 Februari tahun lalu").form());
        assertEquals(new TimeForm.CalendarMonth(4, new YearRef.Implied(Optional.of(Tense.PAST))),
                TimeTesting.whole("akhir April lalu").form());
        assertEquals(new FromAnchor(Unit.DAY, -2), TimeTesting.whole("kemarin lusa").form());
        assertEquals(new TimeForm.FromPrevious(Unit.DAY, 1), TimeTesting.whole("keesokan harinya").form());
    }

    @Test
    void absoluteFormsAreMarked() {
        assertEquals(List.of(true, true, false, false, true, false), find(
                "pada 2019, 15 November 2023, 15 November, kemarin, 6-10 Maret 2023, Kamis").stream()
                .map(e -> e.form().isAbsolute()).toList());
    }

    @Test
    void emptyAndNullInputFindNothing() {
        assertEquals(List.of(), find(""));
        assertEquals(List.of(), TimeTesting.EXTRACTOR.find(null, List.of()));
        assertEquals(List.of(), TimeTesting.EXTRACTOR.find("kemarin", null));
    }
}
