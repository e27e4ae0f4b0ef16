package org.warta.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.warta.link.MergeKeys;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;

/**
 * Maps merged meetings to the corpus graph: one warta:Meeting per real meeting with its participants, best-known
 * time, current status, place, reports, number of sources and earliest report, and what the reports disagree on
 * (once per distinct value). The entities it names are described in the entities graph. Pure: the same merged
 * meeting always gives the same quads (the build and the Spark job both use it).
 */
public final class CorpusGraphMapper {
    /** The corpus graph of these merged meetings, whole. */
    public static Graph toGraph(Iterable<MergedMeeting> merged) {
        QuadBuffer b = new QuadBuffer();
        merged.forEach(m -> addMeeting(m, b));
        return b.graph(Iris.CORPUS_GRAPH);
    }

    /** The quads of one meeting: participants, time, status, place, reports, sources and disagreements. */
    public static void addMeeting(MergedMeeting m, StreamRDF out) {
        QuadWriter g = new QuadWriter(out, Iris.CORPUS_GRAPH);
        Node n = Iris.meeting(m.id());
        g.add(n, RDF.type.asNode(), WARTA.Meeting);
        for (String p : m.participants()) {
            g.add(n, SEM.hasActor, NodeFactory.createURI(p));
        }
        g.add(n, WARTA.mergeKey, Literals.string(MergeKeys.of(m.reports().get(0))));
        g.add(n, WARTA.currentStatus, Literals.string(m.status().label()));
        if (m.virtual()) {
            g.add(n, WARTA.virtual, Literals.bool(true));
        }
        m.bestTime().ifPresent(t -> ArticleGraphMapper.putTime(g, n, t));
        m.place().ifPresent(p -> g.add(n, SEM.hasPlace, NodeFactory.createURI(p)));
        for (ReportSummary r : m.reports()) {
            g.add(n, WARTA.hasReport, NodeFactory.createURI(r.iri()));
        }
        g.add(n, WARTA.sourceCount, Literals.integer(m.sourceCount()));
        g.add(n, WARTA.earliestReport, NodeFactory.createURI(m.earliest().iri()));
        for (MergedMeeting.Disagreement d : m.disagreements()) {
            Node c = Iris.conflict(m.id(), d.kind());
            g.add(n, WARTA.hasConflict, c);
            g.add(c, RDF.type.asNode(), WARTA.Conflict);
            g.add(c, WARTA.conflictKind, Literals.string(d.kind()));
            g.add(c, RDFS.comment.asNode(), Literals.string(describe(d, m)));
            int i = 0;
            for (MergedMeeting.Claim claim : d.claims()) {
                Node cn = Iris.claim(m.id(), d.kind(), ++i);
                g.add(c, WARTA.claim, cn);
                g.add(cn, WARTA.claimedValue, d.kind().equals("place")
                        ? NodeFactory.createURI(claim.value()) : Literals.string(claim.value()));
                for (ReportSummary r : claim.reports()) {
                    g.add(cn, WARTA.claimedBy, NodeFactory.createURI(r.iri()));
                }
            }
        }
    }

    /**
     * The best-known start of a meeting, as written on it ({@code sem:hasBeginTimeStamp}), if it has one: the value
     * the index of starts ({@link #starts}) holds.
     */
    public static Optional<Node> start(MergedMeeting m) {
        return m.bestTime().map(t -> Literals.time(t.first(), t.granularity()));
    }

    /**
     * The index of meeting starts: every distinct {@code sem:hasBeginTimeStamp} of a merged meeting, on one node of
     * the corpus graph. A page of the newest meetings looks up the meetings of its newest starts
     * ({@code VALUES ?start}) instead of sorting every meeting; a start left without meetings by a re-merge costs
     * a lookup that finds nothing.
     */
    public static void starts(Iterable<Node> starts, StreamRDF out) {
        QuadWriter g = new QuadWriter(out, Iris.CORPUS_GRAPH);
        for (Node b : starts) {
            g.add(Iris.MEETING_STARTS, WARTA.meetingStart, b);
        }
    }

    /**
     * The newest meetings ({@link org.warta.link.RecentMeetings}) of a subject: the corpus graph's own IRI for all
     * meetings, an entity's IRI for its own. A page of the newest meetings reads these links instead of sorting.
     */
    public static void recent(Node subject, Iterable<String> meetingIris, StreamRDF out) {
        QuadWriter g = new QuadWriter(out, Iris.CORPUS_GRAPH);
        for (String m : meetingIris) {
            g.add(subject, WARTA.recentMeeting, NodeFactory.createURI(m));
        }
    }

    /** Every list of {@code recent}: all meetings' on the corpus graph's IRI, each participant's on its own. */
    public static void recent(org.warta.link.RecentMeetings recent, StreamRDF out) {
        recent(Iris.CORPUS_GRAPH, recent.all(), out);
        recent.byParticipant().forEach((p, ms) -> recent(NodeFactory.createURI(p), ms, out));
    }

    /** The counts the corpus graph keeps on its own IRI, so that a page shows them without counting the store. */
    public static void counts(long meetings, long articles, StreamRDF out) {
        QuadWriter g = new QuadWriter(out, Iris.CORPUS_GRAPH);
        g.add(Iris.CORPUS_GRAPH, WARTA.meetingCount, Literals.integer(meetings));
        g.add(Iris.CORPUS_GRAPH, WARTA.articleCount, Literals.integer(articles));
    }

    /** "dates differ: 2023-03-20 (2 reports), 2023-03-21 (1 report)"; a place by its name where it is known. */
    static String describe(MergedMeeting.Disagreement d, MergedMeeting m) {
        List<String> parts = new ArrayList<>();
        for (MergedMeeting.Claim c : d.claims()) {
            String value = c.value();
            if (d.kind().equals("place")) {
                for (ReportSummary r : c.reports()) {
                    EntityRef e = r.entities().get(value);
                    if (e != null) {
                        value = e.name();
                        break;
                    }
                }
            }
            int n = c.reports().size();
            parts.add(value + " (" + n + (n == 1 ? " report)" : " reports)"));
        }
        return (d.kind().equals("place") ? "places" : "dates") + " differ: " + String.join(", ", parts);
    }

    private CorpusGraphMapper() {
    }
}
