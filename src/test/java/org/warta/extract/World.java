package org.warta.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Keys;

/**
 * A tiny world for stage tests: states, places, organizations and invented persons, as gazetteer entries to put
 * in a {@code Gazetteer.of(...)} and as entity references for hand-built mentions.
 */
public final class World {
    public static final GazetteerEntry JAPAN = state("Q17", "Japan", "Jepang");
    public static final GazetteerEntry RUSSIA = state("Q159", "Russia", "Rusia");
    public static final GazetteerEntry INDONESIA = state("Q252", "Indonesia", "Indonesia");
    /** The seat of Japan's government: stands for Japan unless it is where something happens. */
    public static final GazetteerEntry TOKYO = place("Q1490", "Tokyo", JAPAN, Set.of("seat"), "Tokyo");
    public static final GazetteerEntry OSAKA = place("Q35765", "Osaka", JAPAN, Set.of(), "Osaka");
    public static final GazetteerEntry JAKARTA = place("Q3630", "Jakarta", INDONESIA, Set.of(), "Jakarta");
    public static final GazetteerEntry ASEAN = organization("Q7768", "ASEAN", "ASEAN");
    public static final GazetteerEntry UN = organization("Q1065", "United Nations", "PBB");
    public static final GazetteerEntry CSIS = organization("Q5009980", "CSIS", "CSIS");
    public static final GazetteerEntry NATO = organization("Q7184", "NATO", "NATO");
    public static final GazetteerEntry ANTARA = organization("Q2665337", "Antara", "Antara");

    private World() {
    }

    public static GazetteerEntry state(String id, String label, String... names) {
        return new GazetteerEntry(id, EntityType.STATE, Optional.of(id), label, Arrays.asList(names),
                Optional.empty(), List.of(), Set.of("sovereign"));
    }

    public static GazetteerEntry place(String id, String label, GazetteerEntry state, Set<String> flags,
                                       String... names) {
        return new GazetteerEntry(id, EntityType.PLACE, Optional.of(id), label, Arrays.asList(names),
                Optional.of(state.id()), List.of(), flags);
    }

    public static GazetteerEntry organization(String id, String label, String... names) {
        return new GazetteerEntry(id, EntityType.ORGANIZATION, Optional.of(id), label, Arrays.asList(names),
                Optional.empty(), List.of(), Set.of());
    }

    /** A person of a state, with the roles held, known by the names given. */
    public static GazetteerEntry person(String label, GazetteerEntry state, List<GazetteerEntry.HeldRole> roles,
                                        String... names) {
        String id = "person/" + label.toLowerCase().replace(' ', '-');
        return new GazetteerEntry(id, EntityType.PERSON, Optional.empty(), label, Arrays.asList(names),
                Optional.ofNullable(state).map(GazetteerEntry::id), roles, Set.of());
    }

    public static GazetteerEntry.HeldRole role(String key, GazetteerEntry state, String start, String end) {
        return new GazetteerEntry.HeldRole(key, Optional.ofNullable(state).map(GazetteerEntry::id), start, end);
    }

    /** A person the gazetteer does not know, as the entity recognizer would make one: keyed by the name. */
    public static EntityRef person(String name) {
        return new EntityRef(Keys.person(name), EntityType.PERSON, name, Optional.empty());
    }
}
