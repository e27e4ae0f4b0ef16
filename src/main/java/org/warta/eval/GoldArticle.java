package org.warta.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hand annotation of one article, as in the gold files (persons, states, meetings, statements, negatives). */
public record GoldArticle(
        String article,
        List<GoldName> persons,
        List<GoldName> personsOptional,
        List<GoldName> states,
        List<GoldName> statesOptional,
        List<GoldName> organizations,
        List<GoldMeeting> meetings,
        List<GoldStatement> statements,
        List<NegativeMeeting> negativeMeetings,
        List<String> negativePersons,
        List<String> negativeStatements,
        Map<String, String> qids) {

    /** A name with the other forms the annotators accept. */
    public record GoldName(String name, List<String> aliases) {
        public GoldName {
            aliases = List.copyOf(aliases);
        }
    }

    public record GoldMeeting(String id, List<String> participants, Optional<String> date, boolean dateOptional,
                              Optional<String> place, String status, boolean virtual, String evidence) {
        public GoldMeeting {
            participants = List.copyOf(participants);
        }
    }

    /** {@code speakers}: "A|B" in the gold, where either is right. */
    public record GoldStatement(List<String> speakers, String quote, String kind, boolean optional) {
        public GoldStatement {
            speakers = List.copyOf(speakers);
        }
    }

    /** A meeting that must not be extracted; with a date, only a meeting whose time may fall in it violates it. */
    public record NegativeMeeting(List<String> participants, Optional<String> place, Optional<String> date,
                                  String why) {
        public NegativeMeeting {
            participants = List.copyOf(participants);
        }
    }

    public GoldArticle {
        persons = List.copyOf(persons);
        personsOptional = List.copyOf(personsOptional);
        states = List.copyOf(states);
        statesOptional = List.copyOf(statesOptional);
        organizations = List.copyOf(organizations);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        negativeMeetings = List.copyOf(negativeMeetings);
        negativePersons = List.copyOf(negativePersons);
        negativeStatements = List.copyOf(negativeStatements);
        qids = Map.copyOf(qids);
    }
}
