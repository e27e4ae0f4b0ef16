package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Affiliation;
import org.warta.model.EntityRef;

/**
 * What an article has said so far about its entities while persons are resolved in text order: the state each
 * belongs to (the first one said wins) and the roles each person was given ("minister@Q159": a role key and the
 * state it is of). Lives for one article's resolution; {@link RoleHolders} reads it.
 */
final class KnownPersons {
    private final Map<EntityRef, EntityRef> affiliations = new LinkedHashMap<>();
    private final Map<EntityRef, Set<String>> roleKeys = new HashMap<>();

    /** Starts from the affiliations recognition found. */
    KnownPersons(List<Affiliation> found) {
        found.forEach(a -> affiliations.putIfAbsent(a.entity(), a.state()));
    }

    Optional<EntityRef> stateOf(EntityRef entity) {
        return Optional.ofNullable(affiliations.get(entity));
    }

    boolean hasState(EntityRef entity) {
        return affiliations.containsKey(entity);
    }

    void affiliate(EntityRef entity, EntityRef state) {
        affiliations.putIfAbsent(entity, state);
    }

    void roleInText(EntityRef person, String roleKey, Optional<EntityRef> state) {
        roleKeys.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(roleKey + "@" + state.map(EntityRef::key)
                .orElse(""));
    }

    /** The roles the text gave the person, as "roleKey@stateKey" (state key empty when none was written). */
    Set<String> rolesInText(EntityRef person) {
        return roleKeys.getOrDefault(person, Set.of());
    }

    List<Affiliation> affiliations() {
        List<Affiliation> out = new ArrayList<>();
        affiliations.forEach((e, st) -> out.add(new Affiliation(e, st, FindingsSink.AFFILIATION_SOURCE)));
        return out;
    }
}
