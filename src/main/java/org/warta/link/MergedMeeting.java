package org.warta.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;

/**
 * One real-world meeting and every report of it: the best-known time (the most precise compatible report), the
 * current status (occurred beats planned beats uncertain), and what the sources disagree on.
 *
 * @param id        a digest of the smallest report IRI, stable as long as that report is in the cluster
 * @param reports   sorted by IRI
 * @param earliest  the report of the article published first (ties by IRI)
 */
public record MergedMeeting(
        String id,
        List<ReportSummary> reports,
        Set<String> participants,
        Optional<TimeValue> bestTime,
        MeetingStatus status,
        Optional<String> place,
        boolean virtual,
        ReportSummary earliest,
        List<Disagreement> disagreements) {

    public MergedMeeting {
        reports = List.copyOf(reports);
        participants = Set.copyOf(participants);
        disagreements = List.copyOf(disagreements);
    }

    /**
     * What the reports disagree on ({@code kind}: date or place), recorded once per distinct value: each claim is one
     * value and the reports that give it, so its size grows with the reports, never with their pairs.
     */
    public record Disagreement(String kind, List<Claim> claims) {
        public Disagreement {
            claims = List.copyOf(claims);
        }
    }

    /** One value the reports give (an ISO date or interval, a place's IRI) and the reports that give it, by IRI. */
    public record Claim(String value, List<ReportSummary> reports) {
        public Claim {
            reports = List.copyOf(reports);
        }
    }

    public long sourceCount() {
        return reports.stream().map(ReportSummary::articleId).distinct().count();
    }
}
