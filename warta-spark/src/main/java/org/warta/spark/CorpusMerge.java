package org.warta.spark;

import org.warta.corpus.SummaryCodec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.warta.link.MeetingMerger;
import org.warta.link.RecentMeetings;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.QuadBuffer;

/**
 * The core's merge applied to one {@linkplain MergeGroups group} of reports, and what the corpus graph needs of
 * it: the meeting nodes (written as they are) and which meeting each report went to (for the meeting table).
 */
final class CorpusMerge {
    /** One group's share of the corpus graph. */
    /**
     * @param starts the group's meeting starts (for the index of starts), as N-Triples terms
     * @param recent (subject, {@link RecentMeetings#key sort key}) of each meeting for the lists of newest meetings:
     *               the corpus graph's IRI for all, each participant's for its own
     */
    record GroupOutput(byte[] nquads, long quads, int meetings, ArrayList<String[]> reportMeeting,
                       ArrayList<String> starts, ArrayList<String[]> recent) implements Serializable {
    }

    static GroupOutput merge(Iterable<byte[]> encoded) {
        List<ReportSummary> reports = new ArrayList<>();
        encoded.forEach(b -> reports.add(SummaryCodec.decode(b)));
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        QuadBuffer g = new QuadBuffer();
        ArrayList<String[]> reportMeeting = new ArrayList<>();
        java.util.TreeSet<String> starts = new java.util.TreeSet<>();
        ArrayList<String[]> recent = new ArrayList<>();
        for (MergedMeeting m : merged) {
            CorpusGraphMapper.addMeeting(m, g);
            CorpusGraphMapper.start(m).ifPresent(b -> starts.add(NodeFmtLib.strNT(b)));
            String meeting = Iris.meeting(m.id()).getURI();
            String key = RecentMeetings.key(m.bestTime().map(t -> t.startIso()).orElse(""), meeting);
            recent.add(new String[] {Iris.CORPUS_GRAPH.getURI(), key});
            m.participants().forEach(p -> recent.add(new String[] {p, key}));
            m.reports().forEach(r -> reportMeeting.add(new String[] {r.iri(), meeting}));
        }
        return new GroupOutput(NQuads.gzip(NQuads.write(g)), g.size(), merged.size(), reportMeeting,
                new ArrayList<>(starts), recent);
    }

    private CorpusMerge() {
    }
}
