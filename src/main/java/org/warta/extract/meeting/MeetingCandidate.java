package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.model.EntityRef;
import org.warta.model.MeetingReport;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

/**
 * A meeting found at one trigger, before the article's reports of the same meeting are merged into one.
 * {@code bareVisit}: read at a weak visit word ("kunjungan", "lawatan", "tiba" …), which tells neither a time nor
 * an aspect of its own. {@code previous}: told as a meeting before the one the story is about ("pertemuan
 * sebelumnya dengan …", "pernah bertemu …"), never the same as one that is not.
 */
record MeetingCandidate(List<EntityRef> participants, MeetingStatus status, boolean virtual,
                        Optional<TimeMention> time, Optional<EntityRef> place, Span evidence, int sentence,
                        String trigger, Optional<EntityRef> cited, boolean visitToState, boolean bareVisit,
                        boolean previous) {
    MeetingCandidate {
        participants = List.copyOf(participants);
    }

    /** A candidate not told as a previous meeting. */
    MeetingCandidate(List<EntityRef> participants, MeetingStatus status, boolean virtual, Optional<TimeMention> time,
                     Optional<EntityRef> place, Span evidence, int sentence, String trigger,
                     Optional<EntityRef> cited, boolean visitToState, boolean bareVisit) {
        this(participants, status, virtual, time, place, evidence, sentence, trigger, cited, visitToState, bareVisit,
                false);
    }

    /** A candidate read at a word that tells its aspect ("bertemu", "akan berkunjung"). */
    MeetingCandidate(List<EntityRef> participants, MeetingStatus status, boolean virtual, Optional<TimeMention> time,
                     Optional<EntityRef> place, Span evidence, int sentence, String trigger,
                     Optional<EntityRef> cited, boolean visitToState) {
        this(participants, status, virtual, time, place, evidence, sentence, trigger, cited, visitToState, false);
    }

    MeetingCandidate withParticipants(List<EntityRef> p) {
        return new MeetingCandidate(p, status, virtual, time, place, evidence, sentence, trigger, cited, visitToState,
                bareVisit, previous);
    }

    MeetingCandidate withStatus(MeetingStatus s) {
        return new MeetingCandidate(participants, s, virtual, time, place, evidence, sentence, trigger, cited,
                visitToState, bareVisit, previous);
    }

    MeetingCandidate withTime(Optional<TimeMention> t) {
        return new MeetingCandidate(participants, status, virtual, t, place, evidence, sentence, trigger, cited,
                visitToState, bareVisit, previous);
    }

    MeetingCandidate withEvidence(Span e) {
        return new MeetingCandidate(participants, status, virtual, time, place, e, sentence, trigger, cited,
                visitToState, bareVisit, previous);
    }

    Optional<TimeValue> value() {
        return time.flatMap(TimeMention::value);
    }

    /** The time when the candidate's own sentence gives it, not the story's day carried over. */
    Optional<TimeValue> ownValue(ArticleText text) {
        return time.filter(t -> text.sentence(sentence).span().contains(t.span())).flatMap(TimeMention::value);
    }

    MeetingReport toReport(int ordinal) {
        return new MeetingReport(ordinal, participants, status, virtual, time, place, evidence, sentence, trigger, cited);
    }
}
