package org.warta.link;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;

/**
 * What the merge needs to know of one article's meeting report. Participants and places are entity keys;
 * {@code stateOf} maps each participant that belongs to a state to that state's key. {@code placeState} is the
 * state the place lies in (the place itself when it is a state); empty for regions and unknown places.
 * {@code entities} describes, by IRI, every entity named here, so the merged meeting can restate them.
 *
 * @param persons participants that are persons or organizations (actors in their own right)
 * @param states  participants that are states ("Putin visits China": China)
 */
public record ReportSummary(
        String iri,
        String articleId,
        Optional<LocalDate> published,
        Set<String> persons,
        Set<String> states,
        Map<String, String> stateOf,
        MeetingStatus status,
        Optional<TimeValue> time,
        Optional<String> place,
        Optional<String> placeState,
        boolean virtual,
        Map<String, EntityRef> entities) implements Comparable<ReportSummary> {

    public ReportSummary {
        persons = Set.copyOf(persons);
        states = Set.copyOf(states);
        stateOf = Map.copyOf(stateOf);
        entities = Map.copyOf(entities);
    }

    public boolean hasStateParticipant() {
        return !states.isEmpty();
    }

    public Optional<String> stateOf(String key) {
        return Optional.ofNullable(stateOf.get(key));
    }

    @Override
    public int compareTo(ReportSummary o) {
        return iri.compareTo(o.iri);
    }
}
