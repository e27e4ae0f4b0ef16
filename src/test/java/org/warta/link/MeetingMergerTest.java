package org.warta.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;

class MeetingMergerTest {
    private static final String XI = "xi";
    private static final String PUTIN = "putin";
    private static final String CHINA = "china";
    private static final String RUSSIA = "russia";

    private static ReportSummary report(String id, Set<String> persons, Set<String> states, String time,
                                        MeetingStatus status, boolean virtual, String published) {
        return new ReportSummary(id, id.split("#")[0], Optional.of(LocalDate.parse(published)), persons, states,
                Map.of(XI, CHINA, PUTIN, RUSSIA), status, Optional.ofNullable(time).map(TimeValue::parse),
                Optional.empty(), Optional.empty(), virtual, Map.of());
    }

    private static List<ReportSummary> xiPutin() {
        Set<String> both = Set.of(XI, PUTIN);
        return List.of(
                report("a#1", both, Set.of(), "2022-02", MeetingStatus.OCCURRED, false, "2023-01-01"),
                report("b#1", Set.of(PUTIN), Set.of(CHINA), "2022-02", MeetingStatus.OCCURRED, false, "2024-01-01"),
                report("a#2", both, Set.of(), "2022-09", MeetingStatus.OCCURRED, false, "2023-01-01"),
                report("a#3", both, Set.of(), "2022-12", MeetingStatus.OCCURRED, true, "2023-01-01"),
                report("c#1", both, Set.of(), "2023-03-20/2023-03-22", MeetingStatus.PLANNED, false, "2023-03-17"),
                report("d#1", both, Set.of(), "2023-03", MeetingStatus.OCCURRED, false, "2023-09-19"),
                report("e#1", both, Set.of(), "2023", MeetingStatus.PLANNED, false, "2023-02-22"));
    }

    @Test
    void distinctMeetingsOfTheSamePeopleNeverCollapse() {
        List<MergedMeeting> merged = new MeetingMerger().merge(xiPutin());
        assertEquals(4, merged.size(), merged.toString());
        MergedMeeting march = merged.stream().filter(m -> m.reports().size() == 3).findFirst().orElseThrow();
        assertEquals(MeetingStatus.OCCURRED, march.status());
        assertEquals("2023-03-20/2023-03-22", march.bestTime().orElseThrow().iso());
        assertEquals("e#1", march.earliest().iri());
        MergedMeeting feb = merged.stream().filter(m -> m.reports().stream().anyMatch(r -> r.iri().equals("b#1")))
                .findFirst().orElseThrow();
        assertEquals(2, feb.reports().size(), "a visit to China joins the Xi–Putin meeting of that month");
    }

    private static ReportSummary at(String id, String time, String place, String state) {
        return new ReportSummary(id, id.split("#")[0], Optional.of(LocalDate.parse("2022-07-01")), Set.of(XI, PUTIN),
                Set.of(), Map.of(XI, CHINA, PUTIN, RUSSIA), MeetingStatus.OCCURRED, Optional.of(TimeValue.parse(time)),
                Optional.of(place), Optional.of(state), false, Map.of());
    }

    @Test
    void aNameNoGazetteerKnowsWrittenFullerOrShorterIsOnePersonForTheMerge() {
        String fuller = "https://w3id.org/warta/id/entity/person/budi-ananda-santoso";
        String shorter = "https://w3id.org/warta/id/entity/person/budi-santoso";
        String other = "https://w3id.org/warta/id/entity/person/budi-hartono";
        List<MergedMeeting> merged = new MeetingMerger().merge(List.of(
                report("a#1", Set.of(XI, fuller), Set.of(), "2024-04-02", MeetingStatus.OCCURRED, false, "2024-04-03"),
                report("b#1", Set.of(XI, shorter), Set.of(), "2024-04-02", MeetingStatus.OCCURRED, false, "2024-04-03"),
                report("c#1", Set.of(XI, other), Set.of(), "2024-04-02", MeetingStatus.OCCURRED, false, "2024-04-03")));
        assertEquals(2, merged.size(), merged.toString());
        assertTrue(merged.stream().anyMatch(m -> m.reports().size() == 2));
    }

    @Test
    void aVenueAndItsCityAreOnePlaceButPlacesInTwoStatesAreNot() {
        // "di Istana Kremlin" and "di Moskow" of the same month: one meeting placed at two levels
        List<MergedMeeting> oneState = new MeetingMerger().merge(List.of(
                at("a#1", "2022-06-30", "kremlin", RUSSIA), at("b#1", "2022-06", "moscow", RUSSIA)));
        assertEquals(1, oneState.size(), oneState.toString());
        List<MergedMeeting> twoStates = new MeetingMerger().merge(List.of(
                at("a#1", "2022-06-30", "moscow", RUSSIA), at("b#1", "2022-06", "beijing", CHINA)));
        assertEquals(2, twoStates.size(), twoStates.toString());
    }

    @Test
    void anUndatedReportOfAMeetingHeldJoinsTheOneJustHeldNotAnOlderOne() {
        Set<String> both = Set.of(XI, PUTIN);
        List<ReportSummary> reports = List.of(
                report("a#1", both, Set.of(), "2024-04", MeetingStatus.OCCURRED, false, "2024-04-20"),
                report("b#1", both, Set.of(), "2024-11-09", MeetingStatus.OCCURRED, false, "2024-11-09"),
                report("c#1", both, Set.of(), null, MeetingStatus.OCCURRED, false, "2024-11-11"));
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        assertEquals(2, merged.size(), merged.toString());
        assertTrue(merged.stream().anyMatch(m -> m.reports().stream().map(ReportSummary::iri).toList()
                .containsAll(List.of("b#1", "c#1"))), merged.toString());
        // told a month after both: no telling which, so it stays apart
        List<ReportSummary> later = List.of(reports.get(0), reports.get(1),
                report("c#1", both, Set.of(), null, MeetingStatus.OCCURRED, false, "2024-12-20"));
        assertEquals(3, new MeetingMerger().merge(later).size());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfReports() {
        List<MergedMeeting> expected = new MeetingMerger().merge(xiPutin());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<ReportSummary> shuffled = new ArrayList<>(xiPutin());
            Collections.shuffle(shuffled, random);
            assertEquals(expected, new MeetingMerger().merge(shuffled));
        }
    }

    @Test
    void aDisagreementIsRecordedOncePerDistinctValueNotPerPairOfReports() {
        // 400 reports of one summit: most give the first day, some the day after (the sources' time zones), the
        // rest only the month; places all fit. Pairwise that would be thousands of conflicts.
        Set<String> both = Set.of(XI, PUTIN);
        List<ReportSummary> reports = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String time = i % 10 == 0 ? "2023-03-21" : i % 10 == 1 ? "2023-03" : "2023-03-20";
            reports.add(report(String.format("r%03d#1", i), both, Set.of(), time, MeetingStatus.OCCURRED, false,
                    "2023-03-22"));
        }
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        assertEquals(1, merged.size(), "one meeting");
        MergedMeeting m = merged.get(0);
        assertEquals(1, m.disagreements().size(), m.disagreements().toString());
        MergedMeeting.Disagreement d = m.disagreements().get(0);
        assertEquals("date", d.kind());
        assertEquals(List.of("2023-03", "2023-03-20", "2023-03-21"), d.claims().stream()
                .map(MergedMeeting.Claim::value).toList());
        assertEquals(List.of(40, 320, 40), d.claims().stream().map(c -> c.reports().size()).toList());
    }

    @Test
    void datesThatAllOverlapAreNoDisagreement() {
        Set<String> both = Set.of(XI, PUTIN);
        List<ReportSummary> reports = List.of(
                report("a#1", both, Set.of(), "2023-03-20/2023-03-22", MeetingStatus.OCCURRED, false, "2023-03-23"),
                report("b#1", both, Set.of(), "2023-03-21", MeetingStatus.OCCURRED, false, "2023-03-23"),
                report("c#1", both, Set.of(), "2023-03", MeetingStatus.OCCURRED, false, "2023-03-23"));
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        assertEquals(1, merged.size());
        assertEquals(List.of(), merged.get(0).disagreements());
    }

    @Test
    void sweepingByTimeFindsTheSameMeetingsAsComparingEveryPair() {
        Random random = new Random(11);
        String[] people = {XI, PUTIN, "lavrov", "wang"};
        String[] places = {"moscow", "beijing", "russia", "china"};
        for (int round = 0; round < 30; round++) {
            List<ReportSummary> reports = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                Set<String> persons = random.nextInt(5) == 0 ? Set.of(PUTIN) : Set.of(XI, PUTIN);
                Set<String> states = persons.size() == 1 ? Set.of(CHINA) : Set.of();
                if (random.nextInt(7) == 0) {
                    persons = Set.of(people[random.nextInt(2) + 2], XI);
                }
                LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(90));
                String time = switch (random.nextInt(6)) {
                    case 0 -> null;
                    case 1 -> day.toString().substring(0, 7);
                    case 2 -> "2023";
                    case 3 -> day + "/" + day.plusDays(random.nextInt(3));
                    default -> day.toString();
                };
                String place = places[random.nextInt(places.length)];
                Optional<String> placeState = Optional.of(place.equals("moscow") ? RUSSIA : place.equals("beijing")
                        ? CHINA : place);
                MeetingStatus status = MeetingStatus.values()[random.nextInt(MeetingStatus.values().length)];
                String published = day.plusDays(random.nextInt(20)).toString();
                ReportSummary r = report(String.format("x%03d#%d", round, i), persons, states, time, status,
                        random.nextInt(10) == 0, published);
                reports.add(random.nextInt(4) == 0 ? r : new ReportSummary(r.iri(), r.articleId(), r.published(),
                        r.persons(), r.states(), r.stateOf(), r.status(), r.time(), Optional.of(place), placeState,
                        r.virtual(), r.entities()));
            }
            List<MergedMeeting> swept = new MeetingMerger().merge(reports);
            assertEquals(new MeetingMerger(true).merge(reports), swept, "round " + round);
            assertTrue(swept.size() < reports.size() * 3 / 4, "reports were merged: " + swept.size());
        }
    }
}
