package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

/** A meeting's time: the expression nearest its trigger, resolved in the direction its status implies. */
class MeetingTimesTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.parse(Texts.PUBLISHED));

    private static TriggerSite site(String text, String trigger) {
        ArticleText t = Texts.text(text);
        return MeetingStages.site(t, Entities.of(t).build(), 0, trigger, MeetingLexicon.Pattern.SYMMETRIC);
    }

    private static String time(String text, MeetingStatus status) {
        return MeetingStages.MEETING_TIMES.of(site(text, "bertemu"), status, PUBLISHED)
                .map(m -> m.text() + " = " + m.value().map(TimeValue::iso).orElse("-")).orElse("none");
    }

    /** Published Friday 5 April 2024. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi bertemu dengan Ani pada Senin, sedangkan Citra tiba pada Selasa. | OCCURRED  | pada Senin = 2024-04-01",
        "Citra tiba Selasa ketika Budi bertemu dengan Ani di sebuah hotel di kota itu pada Rabu. | OCCURRED | pada Rabu = 2024-04-03",
        "Pada Senin, ketika Budi bertemu dengan Ani, harga naik.                | OCCURRED  | Pada Senin = 2024-04-01",
        "Budi akan bertemu dengan Ani pada Senin.                               | PLANNED   | pada Senin = 2024-04-08",
        "Kabarnya Budi akan bertemu dengan Ani pada Senin.                      | UNCERTAIN | pada Senin = 2024-04-08",
        "Budi bertemu dengan Ani.                                               | OCCURRED  | none",
        "Budi bertemu dengan Ani, pertama kali sejak dilantik pada 2 Maret.     | OCCURRED  | none",
        "Budi bertemu dengan Ani sejak Senin hingga Rabu. | OCCURRED | Senin hingga Rabu = 2024-04-01/2024-04-03",
        "Budi bertemu dengan Ani sebagai balasan atas kunjungan Ani pada Maret lalu. | OCCURRED | none",
        // a past day in a relative clause before a planned trigger is of what is past (the arrival), not the plan's
        "Budi yang mendarat di Osaka pada Kamis malam dijadwalkan bertemu dengan Ani. | PLANNED | none",
        "Budi yang mendarat di Osaka pada Kamis malam langsung bertemu dengan Ani. | OCCURRED | pada Kamis malam = "
            + "2024-04-04",
        // the day right after a citing word before the trigger is the citing's
        "Menurut kantor berita, dikutip Kamis (4/4), Budi bertemu dengan Ani pada Rabu (3/4). "
            + "| OCCURRED | pada Rabu (3/4) = 2024-04-03",
        "Menurut kantor berita, dikutip Kamis (4/4), Budi bertemu dengan Ani. | OCCURRED | none",
        // a time past a word naming another meeting is that one's: the time before the trigger is this one's
        "Kemarin Budi diutus oleh Citra untuk bertemu dengan Ani untuk menyampaikan surat yang menunda lawatannya "
            + "pada akhir bulan ini. "
            + "| OCCURRED | Kemarin = 2024-04-04"})
    void theNearestExpressionInTheClauseResolvedByTheStatus(String text, MeetingStatus status, String expected) {
        assertEquals(expected, time(text, status));
    }

    /** The story's day a meeting told without a time of its own takes, as the time stage gives it, or "none". */
    private static String storyDay(String text, MeetingStatus status) {
        ArticleText t = Texts.text(text);
        TriggerSite s = MeetingStages.storySite(t, Entities.of(t).build(), t.sentences().size() - 1, "bertemu");
        return MeetingStages.MEETING_TIMES.fromContext(s, status, PUBLISHED)
                .map(m -> m.text() + " = " + m.value().map(TimeValue::iso).orElse("-")).orElse("none");
    }

    /** The mention is where the day is written, in the sentence before. */
    @Test
    void aMeetingToldWithoutATimeTakesTheStorysDay() {
        assertEquals("pada Senin = 2024-04-01",
                storyDay("Budi tiba di Osaka pada Senin. Budi bertemu dengan Ani.", MeetingStatus.OCCURRED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi tiba di Osaka pada Senin. Budi akan bertemu dengan Ani.                | PLANNED",
        "Budi tiba di Osaka pada Senin. Budi sebelumnya bertemu dengan Ani.          | OCCURRED",
        "Budi tiba di Osaka pada Senin. Harga naik setelah Budi bertemu dengan Ani.  | OCCURRED",
        "Budi tiba di Osaka pada Senin. Sejak makan, Budi bertemu dengan Ani.        | OCCURRED",
        "Budi tiba di Osaka pada Senin. Setelah Budi bertemu dengan Ani, harga naik. | OCCURRED",
        "Budi akan tiba di Osaka pada Senin. Budi bertemu dengan Ani.                | OCCURRED",
        "Budi tiba di Osaka. Budi bertemu dengan Ani.                                | OCCURRED"})
    void noStorysDayForAPlanAnEarlierEventOrADayAfterPublication(String text, MeetingStatus status) {
        assertEquals("none", storyDay(text, status));
    }

    /**
     * A clause fronted by "setelah" or "sebelum" tells what came first or next on the same occasion: the main clause's
     * meeting is on the story's day.
     */
    @ParameterizedTest
    @CsvSource({"Setelah", "Sebelum"})
    void aMeetingAfterAFrontedSetelahOrSebelumClauseTakesTheStorysDay(String word) {
        assertEquals("pada Senin = 2024-04-01", storyDay("Budi tiba di Osaka pada Senin. " + word + " makan siang, "
                + "Budi bertemu dengan Ani.", MeetingStatus.OCCURRED));
    }

    /** What the story tells next, after "sebelum", happened on the story's day, the meeting too. */
    @Test
    void aMeetingInTheClauseOfSebelumTakesTheStorysDay() {
        assertEquals("pada Senin = 2024-04-01", storyDay("Budi tiba di Osaka pada Senin. Ia memuji kota itu "
                + "sebelum bertemu dengan Ani.", MeetingStatus.OCCURRED));
    }

    /** A plan told after the story gave the publication date as its day is a plan of that day. */
    @Test
    void aPlanToldOnTheDayOfTheNewsTakesThatDay() {
        assertEquals("pada Jumat = 2024-04-05",
                storyDay("Budi tiba di Osaka pada Jumat. Budi akan bertemu dengan Ani.", MeetingStatus.PLANNED));
        assertEquals("none",
                storyDay("Budi tiba di Osaka pada Jumat. Budi akan segera bertemu dengan Ani.", MeetingStatus.PLANNED));
    }

    /**
     * A plan told before the story gives any time, in a lead whose next sentence gives the publication date as the
     * day of the telling, is a plan of that day too; a day before it gives none; a stretch told before the plan, up
     * to a later end, holds the plan from the publication date to that end, not the lead's day.
     */
    @Test
    void aPlanToldInTheLeadOfTheDayOfTheNewsTakesThatDay() {
        assertEquals("Jumat (5/4) = 2024-04-05", firstSentenceDay("Budi akan bertemu dengan Ani. Hal itu disampaikan "
                + "Citra di Jakarta, Jumat (5/4).", MeetingStatus.PLANNED));
        assertEquals("none", firstSentenceDay("Budi akan bertemu dengan Ani. Hal itu disampaikan Citra di Jakarta, "
                + "Kamis (4/4).", MeetingStatus.PLANNED));
        ArticleText t = Texts.text("Jadwal Budi di Osaka padat hingga akhir April. Budi akan bertemu dengan Ani. Hal "
                + "itu disampaikan Citra di Jakarta, Jumat (5/4).");
        TriggerSite s = MeetingStages.storySite(t, Entities.of(t).build(), 1, "bertemu");
        assertEquals(Optional.of("akhir April = 2024-04-05/2024-04-30"), MeetingStages.MEETING_TIMES
                .fromContext(s, MeetingStatus.PLANNED, PUBLISHED).map(m -> m.text() + " = "
                        + m.value().map(TimeValue::iso).orElse("-")));
    }

    private static String firstSentenceDay(String text, MeetingStatus status) {
        ArticleText t = Texts.text(text);
        TriggerSite s = MeetingStages.storySite(t, Entities.of(t).build(), 0, "bertemu");
        return MeetingStages.MEETING_TIMES.fromContext(s, status, PUBLISHED)
                .map(m -> m.text() + " = " + m.value().map(TimeValue::iso).orElse("-")).orElse("none");
    }

    @Test
    void theLastOfCountedMeetingsIsInThePast() {
        TriggerSite s = site("Budi bertemu dengan Ani 12 kali, terakhir pada September.", "bertemu");
        assertEquals("2023-09", MeetingStages.MEETING_TIMES.lastInstance(s, 0, PUBLISHED).value().orElseThrow().iso());
    }

    private static MeetingCandidate dated(String iso) {
        TimeMention m = new TimeMention(new Span(0, 1), "x", Optional.of(TimeValue.parse(iso)), "");
        return new MeetingCandidate(List.of(person("Budi"), person("Ani")), MeetingStatus.OCCURRED, false,
                Optional.of(m), Optional.empty(), new Span(0, 1), 0, "bertemu", Optional.empty(), false);
    }

    @Test
    void aLaterClauseSharpensTheTimeOfTheMeetingToldBefore() {
        TriggerSite s = site("Kunjungan itu berlangsung pada Senin.", "Kunjungan");
        Optional<MeetingCandidate> refined = MeetingStages.MEETING_TIMES.refine(s, dated("2024-04"), PUBLISHED);
        assertEquals("2024-04-01", refined.orElseThrow().value().orElseThrow().iso());
    }

    @Test
    void aTimeThatDoesNotFitTheMeetingToldBeforeLeavesItAlone() {
        TriggerSite s = site("Kunjungan itu berlangsung pada Senin.", "Kunjungan");
        assertEquals(Optional.empty(), MeetingStages.MEETING_TIMES.refine(s, dated("2024-03"), PUBLISHED));
    }
}
