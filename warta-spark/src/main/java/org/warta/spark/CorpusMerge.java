package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.warta.link.MeetingMerger;
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
    record GroupOutput(byte[] nquads, long quads, int meetings, ArrayList<String[]> reportMeeting)
            implements Serializable {
    }

    static GroupOutput merge(Iterable<byte[]> encoded) {
        List<ReportSummary> reports = new ArrayList<>();
        encoded.forEach(b -> reports.add(SummaryCodec.decode(b)));
        List<MergedMeeting> merged = new MeetingMerger().merge(reports);
        QuadBuffer g = new QuadBuffer();
        ArrayList<String[]> reportMeeting = new ArrayList<>();
        for (MergedMeeting m : merged) {
            CorpusGraphMapper.addMeeting(m, g);
            String meeting = Iris.meeting(m.id()).getURI();
            m.reports().forEach(r -> reportMeeting.add(new String[] {r.iri(), meeting}));
        }
        return new GroupOutput(NQuads.gzip(NQuads.write(g)), g.size(), merged.size(), reportMeeting);
    }

    private CorpusMerge() {
    }
}
