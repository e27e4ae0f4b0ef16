package org.warta.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void theResultDoesNotDependOnTheOrderOfReports() {
        List<MergedMeeting> expected = new MeetingMerger().merge(xiPutin());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<ReportSummary> shuffled = new ArrayList<>(xiPutin());
            Collections.shuffle(shuffled, random);
            assertEquals(expected, new MeetingMerger().merge(shuffled));
        }
    }
}
