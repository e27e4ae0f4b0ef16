package org.warta.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.link.ReportSummary;
import org.warta.model.Affiliation;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingReport;
import org.warta.rdf.Iris;

/**
 * The merge's view of an analysis's meeting reports, straight from the model: the same summaries
 * {@link MeetingLinker} reads back from the store, so an in-memory merge (evaluation, Spark) equals the build's.
 */
public final class ReportSummaries {
    public static List<ReportSummary> of(ArticleAnalysis a) {
        Map<EntityRef, EntityRef> stateOf = new HashMap<>();
        for (Affiliation af : a.affiliations()) {
            stateOf.putIfAbsent(af.entity(), af.state());
        }
        return a.meetings().stream().map(m -> summary(a, m, stateOf)).toList();
    }

    private static ReportSummary summary(ArticleAnalysis a, MeetingReport m, Map<EntityRef, EntityRef> stateOf) {
        Set<String> persons = new HashSet<>();
        Set<String> states = new HashSet<>();
        Map<String, String> states2 = new HashMap<>();
        Map<String, EntityRef> refs = new HashMap<>();
        m.place().ifPresent(p -> refs.put(Iris.entity(p).getURI(), p));
        for (EntityRef p : m.participants()) {
            String iri = Iris.entity(p).getURI();
            refs.put(iri, p);
            if (p.type() == EntityType.STATE) {
                states.add(iri);
            } else {
                persons.add(iri);
            }
            EntityRef st = stateOf.get(p);
            if (st != null) {
                states2.put(iri, Iris.entity(st).getURI());
            }
        }
        Optional<String> place = m.place().map(p -> Iris.entity(p).getURI());
        Optional<String> placeState = m.place().flatMap(p -> p.type() == EntityType.STATE
                ? Optional.of(Iris.entity(p).getURI())
                : Optional.ofNullable(stateOf.get(p)).map(st -> Iris.entity(st).getURI()));
        return new ReportSummary(Iris.meetingReport(a.article().id(), m.ordinal()).getURI(), a.article().id().value(),
                a.article().metadata().published(), persons, states, states2, m.status(), m.timeValue(), place,
                placeState, m.virtual(), refs);
    }

    private ReportSummaries() {
    }
}
