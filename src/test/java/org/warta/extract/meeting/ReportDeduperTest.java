package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.TOKYO;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.MeetingReport;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

/** One report per meeting and article: a later candidate of the same meeting only sharpens the first. */
class ReportDeduperTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");
    private static final EntityRef HIROSHI = person("Hiroshi");
    private static final EntityRef KENJI = person("Kenji");
    private static final ReportDeduper STAGE = new ReportDeduper(MeetingStages.LEXICON);
    /** Five sentences: a candidate's time is written in its own sentence. */
    private static final ArticleText TEXT = Texts.text("Budi tiba. Ani tiba. Budi pergi. Ani pergi. Budi pulang.");
    private static final ArticleEntities ENTITIES = Entities.of(TEXT)
            .affiliation(HIROSHI, JAPAN.ref()).affiliation(KENJI, JAPAN.ref())
            .affiliation(OSAKA.ref(), JAPAN.ref())
            .affiliation(TOKYO.ref(), JAPAN.ref()).build();

    private static MeetingCandidate meeting(List<EntityRef> who, MeetingStatus status, String time,
                                            EntityRef place, int sentence) {
        Optional<TimeMention> t = Optional.ofNullable(time)
                .map(iso -> new TimeMention(TEXT.sentence(sentence).span(), iso, Optional.of(TimeValue.parse(iso)), ""));
        return new MeetingCandidate(who, status, false, t, Optional.ofNullable(place), new Span(0, 1), sentence,
                "bertemu", Optional.empty(), false);
    }

    private static String iso(MeetingReport r) {
        return r.timeValue().map(TimeValue::iso).orElse("-");
    }

    @Test
    void aLaterReportOfTheSameMeetingGivesItsMorePreciseTime() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04", null, 0),
                meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-04-01", null, 3)), ENTITIES, TEXT);
        assertEquals(1, out.size());
        assertEquals("2024-04-01", iso(out.get(0)));
        assertEquals(0, out.get(0).sentenceIndex());
    }

    private static MeetingCandidate previous(MeetingCandidate c) {
        return new MeetingCandidate(c.participants(), c.status(), c.virtual(), c.time(), c.place(), c.evidence(),
                c.sentence(), c.trigger(), c.cited(), c.visitToState(), c.bareVisit(), true);
    }

    /** "… pernah bertemu dan berdiskusi … pada Maret": two triggers of one sentence and its time tell one meeting. */
    @Test
    void twoTriggersOfOneSentenceAndItsTimeAreOneMeetingThoughOnlyOneIsMarkedEarlier() {
        assertEquals(1, STAGE.dedupe(List.of(
                previous(meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2023-03", null, 2)),
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2023-03", null, 2)), ENTITIES, TEXT).size());
        // the meeting the story is about, told in another sentence, stays apart from the earlier one
        assertEquals(2, STAGE.dedupe(List.of(
                previous(meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2023-03", null, 2)),
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2023-03", null, 3)), ENTITIES, TEXT).size());
    }

    /** The candidate read at another trigger word: a call, or talk naming no medium. */
    private static MeetingCandidate readAt(MeetingCandidate c, String trigger, boolean virtual) {
        return new MeetingCandidate(c.participants(), c.status(), virtual, c.time(), c.place(), c.evidence(),
                c.sentence(), trigger, c.cited(), false);
    }

    private static MeetingCandidate call(MeetingCandidate c) {
        return readAt(c, "menelepon", true);
    }

    /** "Budi menelepon Ani, Senin (1/4). … Selanjutnya, pembicaraan antara Budi dan Ani …": one call. */
    @Test
    void theSameTwoToldAfterACallWithoutATimeOfTheirOwnSpeakOfTheCall() {
        MeetingCandidate called = call(meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-01", null, 0));
        List<MeetingReport> again = STAGE.dedupe(List.of(called,
                meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, null, null, 3)), ENTITIES, TEXT);
        assertEquals(1, again.size());
        assertEquals(true, again.get(0).virtual());
        // a meeting with its own day, or one still planned, is another meeting
        assertEquals(2, STAGE.dedupe(List.of(called,
                meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-04-03", null, 3)), ENTITIES, TEXT).size());
        assertEquals(2, STAGE.dedupe(List.of(called,
                meeting(List.of(ANI, BUDI), MeetingStatus.PLANNED, null, null, 3)), ENTITIES, TEXT).size());
    }

    private static MeetingCandidate talk(MeetingCandidate c) {
        return readAt(c, "pembicaraan", false);
    }

    /** "Budi menelepon Hiroshi, Senin (1/4). … Pembicaraan Budi dan Jepang …": the state stands for the one called. */
    @Test
    void talkOfTheStateOfTheOneCalledIsTheCall() {
        MeetingCandidate called = call(meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, "2024-04-01", null, 0));
        List<MeetingReport> out = STAGE.dedupe(List.of(called,
                talk(meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, null, null, 3))), ENTITIES, TEXT);
        assertEquals(1, out.size());
        assertEquals(List.of(BUDI, HIROSHI).stream().sorted().toList(), out.get(0).participants());
    }

    /** "Budi menelepon Ani, Senin (1/4). … Pembicaraan Budi dan Ani pada April ini …": the month holds the call. */
    @Test
    void talkOfTheSameTwoInATimeHoldingTheCallsDayIsTheCall() {
        MeetingCandidate called = call(meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-01", null, 0));
        assertEquals(1, STAGE.dedupe(List.of(called,
                talk(meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-04", null, 3))), ENTITIES, TEXT).size());
        assertEquals(2, STAGE.dedupe(List.of(called,
                talk(meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-03", null, 3))), ENTITIES, TEXT).size());
    }

    @Test
    void aDayInsideASpanWrittenForTheMeetingIsOneDayOfItButADayOfAWeekSharpensTheWeek() {
        // "berlangsung dari Senin hingga Rabu … Pada hari Senin, keduanya memulai pertemuan"
        List<MeetingReport> span = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, "2023-03-20/2023-03-22", null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, "2023-03-20", null, 2)), ENTITIES, TEXT);
        assertEquals(List.of("2023-03-20/2023-03-22"), span.stream().map(ReportDeduperTest::iso).toList());
        // "pekan depan … Pada hari Senin": the calendar week (Monday to Sunday) is no span written for it
        List<MeetingReport> week = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, "2023-03-20/2023-03-26", null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, "2023-03-20", null, 2)), ENTITIES, TEXT);
        assertEquals(List.of("2023-03-20"), week.stream().map(ReportDeduperTest::iso).toList());
    }

    /** A time of its own running past the publication date (5 April 2024) is no day held: the plan told later wins. */
    @Test
    void aPlanToldAfterAReportRunningPastThePublicationDateStaysAPlan() {
        List<MeetingReport> ahead = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-05/2024-04-06", null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, null, null, 1)), ENTITIES, TEXT);
        assertEquals(List.of(MeetingStatus.PLANNED), ahead.stream().map(MeetingReport::status).toList());
        List<MeetingReport> held = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-04/2024-04-05", null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, null, null, 1)), ENTITIES, TEXT);
        assertEquals(List.of(MeetingStatus.OCCURRED), held.stream().map(MeetingReport::status).toList());
    }

    @Test
    void anExplicitStatusWinsOverOccurred() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, null, null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, "2024-05", null, 1)), ENTITIES, TEXT);
        assertEquals(List.of(MeetingStatus.PLANNED), out.stream().map(MeetingReport::status).toList());
    }

    @Test
    void meetingsOfOtherParticipantsOrOtherTimesAreReportedApartInOrder() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-01", null, 0),
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, "2024-04-01", null, 1),
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-03", null, 2)), ENTITIES, TEXT);
        assertEquals(List.of(1, 2, 3), out.stream().map(MeetingReport::ordinal).toList());
        assertEquals(List.of("2024-04-01", "2024-04-01", "2024-03"), out.stream().map(ReportDeduperTest::iso).toList());
    }

    @Test
    void aVisitToAStateIsTheSameMeetingAsItsPersonLevelReport() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, null, JAPAN.ref(), 0),
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, null, OSAKA.ref(), 1)), ENTITIES, TEXT);
        assertEquals(1, out.size());
        assertEquals(List.of(BUDI, HIROSHI).stream().sorted().toList(), out.get(0).participants());
        assertEquals(Optional.of(OSAKA.ref()), out.get(0).place());
    }

    @Test
    void aVisitToAStateIsTheSameMeetingAsOneDuringItADayLaterButNotAWeekLater() {
        List<MeetingReport> dayLater = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-01", JAPAN.ref(), 0),
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, "2024-04-02", OSAKA.ref(), 1)), ENTITIES, TEXT);
        assertEquals(1, dayLater.size());
        List<MeetingReport> weekLater = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-01", JAPAN.ref(), 0),
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, "2024-04-08", OSAKA.ref(), 1)), ENTITIES, TEXT);
        assertEquals(2, weekLater.size());
        List<MeetingReport> visitAfter = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, "2024-04-01", OSAKA.ref(), 0),
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-02", JAPAN.ref(), 1)), ENTITIES, TEXT);
        assertEquals(2, visitAfter.size(), "a visit told a day after the meeting is a later day of it");
    }

    private static MeetingCandidate bareVisit(MeetingCandidate c) {
        return new MeetingCandidate(c.participants(), c.status(), false, c.time(), c.place(), c.evidence(),
                c.sentence(), "lawatan", c.cited(), true, true);
    }

    /**
     * "Budi akan bertemu Hiroshi, Senin (15/4). … Menurut Ani, lawatan Budi ke Jepang sangat penting.": the visit
     * named again, dated only by the story's day and "occurred" only by default, is the planned meeting.
     */
    @Test
    void aVisitNamedAgainWithoutATimeOfItsOwnIsTheVisitToldBefore() {
        MeetingCandidate planned = meeting(List.of(BUDI, HIROSHI), MeetingStatus.PLANNED, "2024-04-15", OSAKA.ref(), 0);
        MeetingCandidate storyDay = meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-10",
                JAPAN.ref(), 1).withTime(Optional.of(new TimeMention(TEXT.sentence(0).span(), "2024-04-10",
                Optional.of(TimeValue.parse("2024-04-10")), "")));
        List<MeetingReport> out = STAGE.dedupe(List.of(planned, bareVisit(storyDay).withTime(storyDay.time())),
                ENTITIES, TEXT);
        assertEquals(1, out.size());
        assertEquals(MeetingStatus.PLANNED, out.get(0).status());
        assertEquals("2024-04-15", iso(out.get(0)));
        // told with a verb of its own ("Budi berkunjung ke Jepang"), it is another meeting
        assertEquals(2, STAGE.dedupe(List.of(planned, storyDay), ENTITIES, TEXT).size());
    }

    /** "… disambut oleh Presiden Jepang Hiroshi dan Perdana Menteri Kenji": two hosts of the visited state. */
    @Test
    void aVisitToAStateIsTheSameMeetingAsItsWelcomeByTwoOfThatState() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-01", JAPAN.ref(), 0),
                meeting(List.of(BUDI, HIROSHI, KENJI), MeetingStatus.OCCURRED, "2024-04-01", null, 1)), ENTITIES, TEXT);
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).participants().size());
        // a host of another state is no side of that visit
        assertEquals(2, STAGE.dedupe(List.of(
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-01", JAPAN.ref(), 0),
                meeting(List.of(BUDI, HIROSHI, ANI), MeetingStatus.OCCURRED, "2024-04-01", null, 1)), ENTITIES, TEXT)
                .size());
    }

    /**
     * "Budi menyambangi istana, Senin (2/4). … Sebelumnya, Budi menerima Hiroshi, Minggu (1/4). Pertemuan tersebut
     * …": the meeting told again is the one of the same people, not the visit it would also fit.
     */
    @Test
    void aReportToldAgainJoinsTheReportOfTheSamePeopleBeforeAVisitItFits() {
        MeetingCandidate toldAgain = meeting(List.of(HIROSHI, BUDI), MeetingStatus.OCCURRED, null, null, 3)
                .withTime(Optional.of(new TimeMention(TEXT.sentence(1).span(), "2024-04-01",
                        Optional.of(TimeValue.parse("2024-04-01")), "")));
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-02", JAPAN.ref(), 0),
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, "2024-04-01", null, 1), toldAgain),
                ENTITIES, TEXT);
        assertEquals(List.of("2024-04-02", "2024-04-01"), out.stream().map(ReportDeduperTest::iso).toList());
        assertEquals(true, out.get(0).participants().contains(JAPAN.ref()));
    }

    /**
     * "Budi disambut Hiroshi. … Budi bertemu Kenji, Selasa (2/4). … Kunjungan Budi ke Jepang (2/4) …": of the two
     * reports the visit fits, it is the one told on its day.
     */
    @Test
    void aReportFittingSeveralJoinsTheOneToldOnItsDay() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, HIROSHI), MeetingStatus.OCCURRED, null, null, 0),
                meeting(List.of(BUDI, KENJI), MeetingStatus.OCCURRED, "2024-04-02", null, 1),
                meeting(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, "2024-04-02", JAPAN.ref(), 3)),
                ENTITIES, TEXT);
        assertEquals(List.of("-", "2024-04-02"), out.stream().map(ReportDeduperTest::iso).toList());
    }

    /**
     * "Budi menelepon Ani pada 1 Maret. … Budi berharap segera bertemu Ani": the undated plan lies ahead of a
     * meeting held before the publication date (5 April); one held that day is the meeting the plan speaks of.
     */
    @Test
    void anUndatedPlanIsNotAMeetingHeldBeforeThePublicationDate() {
        assertEquals(2, STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-03-01", null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, null, null, 3)), ENTITIES, TEXT).size());
        assertEquals(1, STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-05", null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, null, null, 3)), ENTITIES, TEXT).size());
    }

    /** "Ani menyambut Budi [the story's day, Selasa (2/4)] … Kunjungan Budi pada 1-3 April …": one day of it. */
    @Test
    void theStorysDayInsideASpanToldLaterIsOneDayOfIt() {
        MeetingCandidate onTheStorysDay = meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, null, null, 3)
                .withTime(Optional.of(new TimeMention(TEXT.sentence(1).span(), "2024-04-02",
                        Optional.of(TimeValue.parse("2024-04-02")), "")));
        assertEquals(List.of("2024-04-02"), STAGE.dedupe(List.of(onTheStorysDay,
                meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-04-01/2024-04-03", null, 4)), ENTITIES, TEXT)
                .stream().map(ReportDeduperTest::iso).toList());
        assertEquals(List.of("2024-04-08/2024-04-10"), STAGE.dedupe(List.of(onTheStorysDay,
                meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-04-08/2024-04-10", null, 4)), ENTITIES, TEXT)
                .stream().map(ReportDeduperTest::iso).toList());
    }

    @Test
    void placesInOneStateFitTheSameMeeting() {
        // a venue and its city, the same day: "… di Istana …, Senin (1/4)" and "… di ibu kota …"
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, "2024-04-01", OSAKA.ref(), 0),
                meeting(List.of(ANI, BUDI), MeetingStatus.OCCURRED, "2024-04-01", TOKYO.ref(), 3)), ENTITIES, TEXT);
        assertEquals(1, out.size());
    }

    @Test
    void placesInDifferentStatesAreDifferentMeetings() {
        List<MeetingReport> out = STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, null, OSAKA.ref(), 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, null, RUSSIA.ref(), 1)), ENTITIES, TEXT);
        assertEquals(2, out.size());
    }

    @Test
    void aCallAndAMeetingInPersonAreDifferentMeetings() {
        MeetingCandidate call = new MeetingCandidate(List.of(BUDI, ANI), MeetingStatus.OCCURRED, true,
                Optional.empty(), Optional.empty(), new Span(0, 1), 1, "menelepon", Optional.empty(), false);
        assertEquals(2, STAGE.dedupe(List.of(meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, null, null, 0),
                call), ENTITIES, TEXT).size());
    }

    @Test
    void undatedReportsOfDifferentStatusFarApartAreDifferentMeetings() {
        assertEquals(2, STAGE.dedupe(List.of(
                meeting(List.of(BUDI, ANI), MeetingStatus.OCCURRED, null, null, 0),
                meeting(List.of(BUDI, ANI), MeetingStatus.PLANNED, null, null, 4)), ENTITIES, TEXT).size());
    }
}
