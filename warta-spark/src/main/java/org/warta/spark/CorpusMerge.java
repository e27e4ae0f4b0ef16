package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.Iris;

/**
 * The core's merge applied to one {@linkplain MergeGroups group} of reports, and what the corpus graph needs of
 * it: the meeting nodes (written as they are), which meeting each report went to (for the meeting table), and the
 * entities each meeting restates (the corpus graph states each entity once, as the meeting with the greatest id
 * describes it, which needs every group's candidates: see {@link CorpusGraphMapper#restated}).
 */
final class CorpusMerge {
    /** An entity as one meeting would restate it. */
    record Restated(String entity, String meetingId, byte[] ref) implements Serializable {
    }

    /** One group's share of the corpus graph. */
    record GroupOutput(byte[] nquads, long quads, int meetings, ArrayList<String[]> reportMeeting,
                       ArrayList<Restated> restated) implements Serializable {
    }

    static GroupOutput merge(Iterable<byte[]> encoded) {
        List<ReportSummary> reports = new ArrayList<>();
        encoded.forEach(b -> reports.add(SummaryCodec.decode(b)));
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        Graph g = GraphFactory.createGraphMem();
        ArrayList<String[]> reportMeeting = new ArrayList<>();
        ArrayList<Restated> restated = new ArrayList<>();
        for (MergedMeeting m : merged) {
            CorpusGraphMapper.addMeeting(g, m);
            String meeting = Iris.meeting(m.id()).getURI();
            m.reports().forEach(r -> reportMeeting.add(new String[] {r.iri(), meeting}));
            CorpusGraphMapper.restated(m).forEach((iri, ref) ->
                    restated.add(new Restated(iri, m.id(), SummaryCodec.encode(ref))));
        }
        return new GroupOutput(NQuads.gzip(NQuads.write(Iris.CORPUS_GRAPH, g)), g.size(), merged.size(), reportMeeting, restated);
    }

    private CorpusMerge() {
    }
}
