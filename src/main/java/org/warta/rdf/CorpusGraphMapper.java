package org.warta.rdf;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.warta.link.MergeKeys;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;

/**
 * Maps merged meetings to the corpus graph: one warta:Meeting per real meeting with its participants, best-known
 * time, current status, place, reports and sources, the earliest report, and conflicts; every entity restated.
 * Pure: the same merged meetings always give the same graph (the build and the Spark job both use it).
 */
public final class CorpusGraphMapper {
    public static Graph toGraph(Iterable<MergedMeeting> merged) {
        Graph g = GraphFactory.createGraphMem();
        Map<String, EntityRef> restate = new TreeMap<>();
        for (MergedMeeting m : merged) {
            addMeeting(g, m);
            restate.putAll(restated(m));
        }
        restate.values().forEach(e -> ArticleGraphMapper.mapEntity(g, e));
        return g;
    }

    /** The triples of one meeting node: participants, time, status, place, reports, sources and conflicts. */
    public static void addMeeting(Graph g, MergedMeeting m) {
        Node n = Iris.meeting(m.id());
        add(g, n, RDF.type.asNode(), WARTA.Meeting);
        add(g, n, RDF.type.asNode(), SEM.Event);
        add(g, n, RDF.type.asNode(), SCHEMA.Event);
        for (String p : m.participants()) {
            add(g, n, SEM.hasActor, NodeFactory.createURI(p));
        }
        add(g, n, WARTA.mergeKey, Literals.string(MergeKeys.of(m.reports().get(0))));
        add(g, n, WARTA.currentStatus, Literals.string(m.status().label()));
        add(g, n, WARTA.virtual, Literals.bool(m.virtual()));
        m.bestTime().ifPresent(t -> ArticleGraphMapper.putTime(g, n, t));
        m.place().ifPresent(p -> add(g, n, SEM.hasPlace, NodeFactory.createURI(p)));
        for (ReportSummary r : m.reports()) {
            Node rn = NodeFactory.createURI(r.iri());
            add(g, n, WARTA.hasReport, rn);
            add(g, rn, WARTA.reportOf, n);
        }
        add(g, n, WARTA.sourceCount, Literals.integer(m.sourceCount()));
        add(g, n, WARTA.earliestReport, NodeFactory.createURI(m.earliest().iri()));
        int i = 0;
        for (MergedMeeting.Conflict c : m.conflicts()) {
            Node cn = Iris.conflict(m.id(), ++i);
            add(g, n, WARTA.hasConflict, cn);
            add(g, cn, RDF.type.asNode(), WARTA.Conflict);
            add(g, cn, WARTA.conflictKind, Literals.string(c.kind()));
            add(g, cn, RDFS.comment.asNode(), Literals.string(c.description()));
            add(g, cn, WARTA.conflictingReport, NodeFactory.createURI(c.a().iri()));
            add(g, cn, WARTA.conflictingReport, NodeFactory.createURI(c.b().iri()));
        }
    }

    /**
     * The entities one meeting restates (its participants and place), by IRI, as its reports describe them (the
     * last report by IRI wins). Across meetings, {@link #toGraph} restates each entity once, as the meeting with
     * the greatest id describes it ({@code merged} comes sorted by id); a partitioned merge reproduces that rule.
     */
    public static Map<String, EntityRef> restated(MergedMeeting m) {
        Map<String, EntityRef> known = new TreeMap<>();
        m.reports().forEach(r -> known.putAll(r.entities()));
        Map<String, EntityRef> out = new TreeMap<>();
        for (String p : m.participants()) {
            if (known.containsKey(p)) {
                out.put(p, known.get(p));
            }
        }
        m.place().ifPresent(p -> {
            if (known.containsKey(p)) {
                out.put(p, known.get(p));
            }
        });
        return out;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private CorpusGraphMapper() {
    }
}
