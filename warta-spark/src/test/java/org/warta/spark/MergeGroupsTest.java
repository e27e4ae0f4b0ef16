package org.warta.spark;

import org.warta.corpus.SummaryCodec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.QuadBuffer;

/**
 * Merging each group on its own gives what one merge of everything gives, whatever the order: on random reports
 * among few persons and states, so that participants overlap, persons belong to states (inconsistently, as
 * articles may say), dates overlap at every precision, and places fit and conflict.
 */
class MergeGroupsTest {
    private static final String E = "https://w3id.org/warta/id/entity/";
    private static final List<String> PERSONS = List.of("jokowi", "putin", "xi", "lavrov", "wang-yi", "biden");
    private static final List<String> STATES = List.of("Q252", "Q159", "Q148", "Q30");
    private static final List<String> CITIES = List.of("jakarta", "moskow", "beijing", "bali");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void groupsMergeAsOne(long seed) {
        Random random = new Random(seed);
        List<ReportSummary> reports = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            reports.add(randomReport(random, i));
        }
        List<MergedMeeting> whole = new MeetingMerger().merge(reports);

        Collections.shuffle(reports, random);
        Set<String> signatures = new HashSet<>();
        reports.forEach(r -> signatures.add(MergeGroups.signature(r)));
        Map<String, String> groupOf = MergeGroups.groups(signatures);
        Map<String, List<ReportSummary>> groups = new LinkedHashMap<>();
        for (ReportSummary r : reports) {
            groups.computeIfAbsent(groupOf.get(MergeGroups.signature(r)), k -> new ArrayList<>())
                    .add(SummaryCodec.decode(SummaryCodec.encode(r)));
        }
        List<MergedMeeting> parts = new ArrayList<>();
        groups.values().forEach(g -> parts.addAll(new MeetingMerger().merge(g)));
        parts.sort(Comparator.comparing(MergedMeeting::id));

        assertEquals(whole.size(), parts.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).id(), parts.get(i).id());
            assertEquals(whole.get(i).reports().stream().map(ReportSummary::iri).toList(),
                    parts.get(i).reports().stream().map(ReportSummary::iri).toList());
        }
        // the corpus graph as the job assembles it: each group's meetings as they are
        QuadBuffer assembled = new QuadBuffer();
        for (MergedMeeting m : parts) {
            CorpusGraphMapper.addMeeting(m, assembled);
        }
        Graph expected = CorpusGraphMapper.toGraph(whole);
        Graph got = assembled.graph(Iris.CORPUS_GRAPH);
        assertEquals(expected.size(), got.size());
        assertTrue(expected.isIsomorphicWith(got));
        assertTrue(groups.size() > 1, "the reports fall into several groups");
    }

    private static ReportSummary randomReport(Random random, int i) {
        Set<String> persons = new HashSet<>();
        Set<String> states = new HashSet<>();
        Map<String, String> stateOf = new HashMap<>();
        Map<String, EntityRef> entities = new HashMap<>();
        int size = 1 + random.nextInt(2);
        while (persons.size() + states.size() < size + 1) {
            if (random.nextInt(4) == 0) {
                String s = STATES.get(random.nextInt(STATES.size()));
                states.add(E + s);
                entities.put(E + s, new EntityRef(s, EntityType.STATE, s, Optional.of(s)));
            } else {
                String p = PERSONS.get(random.nextInt(PERSONS.size()));
                persons.add(E + "person/" + p);
                entities.put(E + "person/" + p, new EntityRef("person/" + p, EntityType.PERSON,
                        random.nextBoolean() ? p : p.toUpperCase(java.util.Locale.ROOT), Optional.empty()));
                if (random.nextInt(3) > 0) {
                    stateOf.put(E + "person/" + p, E + STATES.get(Math.abs(p.hashCode() + random.nextInt(2))
                            % STATES.size()));
                }
            }
        }
        LocalDate base = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60));
        Optional<TimeValue> time = switch (random.nextInt(5)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(TimeValue.year(2024));
            case 2 -> Optional.of(TimeValue.month(2024, 1 + random.nextInt(3)));
            case 3 -> Optional.of(TimeValue.days(base, base.plusDays(random.nextInt(3))));
            default -> Optional.of(TimeValue.day(base));
        };
        Optional<String> place = random.nextBoolean() ? Optional.empty()
                : Optional.of(E + "place/" + CITIES.get(random.nextInt(CITIES.size())));
        Optional<String> placeState = place.map(p -> E + STATES.get(Math.abs(p.hashCode()) % STATES.size()));
        MeetingStatus status = MeetingStatus.values()[random.nextInt(3)];
        return new ReportSummary(E.replace("entity/", "article/") + "a" + (i / 3) + "/meeting/" + (i % 3), "a" + (i / 3),
                Optional.of(base.plusDays(random.nextInt(20))), persons, states, stateOf, status, time, place,
                placeState, random.nextInt(10) == 0, entities);
    }
}
