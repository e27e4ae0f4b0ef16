package org.warta.extract.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;

/**
 * One entity of the gazetteer: its id, type, Wikidata id, English label, the names it is written as, its state,
 * the roles it held (persons) and flags ({@code seat}: a capital or seat of government that can stand for its
 * state; {@code sovereign}; {@code region}; {@code agency}: a news agency or outlet).
 */
public record GazetteerEntry(
        String id,
        EntityType type,
        Optional<String> qid,
        String label,
        List<String> names,
        Optional<String> country,
        List<HeldRole> roles,
        Set<String> flags) {

    public GazetteerEntry {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        flags = Set.copyOf(flags);
    }

    /** A role held: a role key (president, foreign-minister …), the state's id, and the years or dates held. */
    public record HeldRole(String key, Optional<String> country, String start, String end) {
    }

    public EntityRef ref() {
        return new EntityRef(id, type, label, qid);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
