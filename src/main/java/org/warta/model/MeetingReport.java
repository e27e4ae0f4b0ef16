package org.warta.model;

import java.util.List;
import java.util.Optional;

/**
 * One article's report of one meeting: who, when, where, planned or done, and the evidence sentence. Reports of
 * the same real meeting in several articles are merged into one meeting by the linker.
 *
 * @param ordinal      position among the article's meeting reports, 1-based; part of the report's IRI
 * @param participants distinct, sorted by key; at least two
 * @param evidence     the span of the clause that states the meeting, inside sentence {@code sentenceIndex}
 * @param trigger      the word that signals the meeting (bertemu, menjamu, telepon …)
 */
public record MeetingReport(
        int ordinal,
        List<EntityRef> participants,
        MeetingStatus status,
        boolean virtual,
        Optional<TimeMention> time,
        Optional<EntityRef> place,
        Span evidence,
        int sentenceIndex,
        String trigger,
        Optional<EntityRef> citedSource) {

    public MeetingReport {
        participants = participants.stream().distinct().sorted().toList();
        if (participants.size() < 2) {
            throw new WartaException("a meeting needs two participants, got " + participants);
        }
        if (status == null || evidence == null || trigger == null) {
            throw new WartaException("meeting fields must not be null");
        }
        time = time == null ? Optional.empty() : time;
        place = place == null ? Optional.empty() : place;
        citedSource = citedSource == null ? Optional.empty() : citedSource;
    }

    public Optional<TimeValue> timeValue() {
        return time.flatMap(TimeMention::value);
    }
}
