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
        List<Conflict> conflicts) {

    public MergedMeeting {
        reports = List.copyOf(reports);
        participants = Set.copyOf(participants);
        conflicts = List.copyOf(conflicts);
    }

    /** Two reports that cannot both be right about one thing. */
    public record Conflict(String kind, ReportSummary a, ReportSummary b, String description) {
    }

    public long sourceCount() {
        return reports.stream().map(ReportSummary::articleId).distinct().count();
    }
}
