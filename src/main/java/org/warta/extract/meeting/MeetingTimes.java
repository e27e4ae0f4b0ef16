package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.warta.extract.time.Tense;
import org.warta.extract.time.TimeExpression;
import org.warta.extract.time.TimeExtractor;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * A meeting's time: the expression nearest the trigger in its clause, else in its sentence, resolved against the
 * publication date in the direction the status implies; and the sharper time a later "kunjungan itu …" gives the
 * meeting told before. Stateless.
 */
final class MeetingTimes {
    private static final long OUTSIDE_CLAUSE = 1_000_000L;

    private final TimeExtractor times;
    private final StatusReader status;

    MeetingTimes(TimeExtractor times, StatusReader status) {
        this.times = times;
        this.status = status;
    }

    Optional<TimeMention> of(TriggerSite site, MeetingStatus meetingStatus, Optional<LocalDate> anchor) {
        TimeExpression best = null;
        long bestScore = Long.MAX_VALUE;
        int trigger = site.token(site.hit().from()).start();
        for (TimeExpression e : site.times().found()) {
            boolean inClause = e.span().start() >= site.clauseStart() && e.span().end() <= site.clauseEnd();
            long score = (inClause ? 0 : OUTSIDE_CLAUSE) + Math.abs(e.span().start() - trigger);
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // a plan points forward even when hedged ("kabarnya … akan bertemu pada November")
        boolean future = meetingStatus == MeetingStatus.PLANNED || status.inClause(site, MeetingLexicon.Cue.PLANNED);
        Tense tense = future ? Tense.FUTURE : meetingStatus == MeetingStatus.OCCURRED ? Tense.PAST : Tense.UNKNOWN;
        return Optional.of(times.resolve(best, anchor, tense, site.times().dayBefore()));
    }

    /** The time of a counted meeting's last instance ("terakhir pada September"). */
    TimeMention lastInstance(TriggerSite site, int expression, Optional<LocalDate> anchor) {
        return times.resolve(site.times().found().get(expression), anchor, Tense.PAST, site.times().dayBefore());
    }

    /**
     * "kunjungan itu akan berlangsung dari Senin hingga Rabu": the latest meeting with the sharper time of this
     * clause, when it fits the time it had.
     */
    Optional<MeetingCandidate> refine(TriggerSite site, MeetingCandidate latest, Optional<LocalDate> anchor) {
        Optional<TimeMention> t = of(site, latest.status(), anchor);
        if (t.isEmpty() || t.get().value().isEmpty() || t.get().span().start() < site.clauseStart()
                || t.get().span().end() > site.clauseEnd()) {
            return Optional.empty();
        }
        TimeValue v = t.get().value().get();
        Optional<TimeValue> old = latest.value();
        if (old.isEmpty() || v.compatibleWith(old.get()) && v.coveredDays() < old.get().coveredDays()) {
            return Optional.of(latest.withTime(t));
        }
        return Optional.empty();
    }
}
