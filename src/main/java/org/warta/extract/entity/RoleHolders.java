package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.Optional;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;

/**
 * Whether a person holds the role a title describes — in the article's own words, or per the gazetteer at the
 * article's publication date. Stateless.
 */
final class RoleHolders {
    private final Gazetteer gazetteer;

    RoleHolders(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean holds(EntityRef person, EntityLexicon.Title title, Optional<EntityRef> of, KnownPersons known,
                  Optional<LocalDate> date) {
        Optional<String> state = of.flatMap(o -> o.type() == EntityType.STATE ? Optional.of(o.key())
                : known.stateOf(o).map(EntityRef::key));
        Optional<String> home = known.stateOf(person).map(EntityRef::key);
        for (String key : known.rolesInText(person)) {
            String[] p = key.split("@", 2);
            // a title written without its state ("Presiden Vladimir Putin") is of the person's own state
            Optional<String> roleState = p.length < 2 || p[1].isEmpty() ? home : Optional.of(p[1]);
            if (title.describes().contains(p[0]) && (state.isEmpty() || roleState.equals(state))) {
                return true;
            }
        }
        Optional<GazetteerEntry> g = gazetteer.get(person.key());
        return g.isPresent() && g.get().roles().stream().anyMatch(role -> title.describes().contains(role.key())
                && fitsState(role, g.get(), state) && heldOn(role, date));
    }

    /**
     * Whether the article titles the person with the role without a state, and knows no state of the person: "Gubernur
     * Jenderal Hurley", whom "Gubernur Jenderal Australia" may describe.
     */
    boolean holdsUnplaced(EntityRef person, EntityLexicon.Title title, KnownPersons known) {
        if (known.stateOf(person).isPresent() || gazetteer.get(person.key()).isPresent()) {
            return false;
        }
        return known.rolesInText(person).stream().map(key -> key.split("@", 2))
                .anyMatch(p -> (p.length < 2 || p[1].isEmpty()) && title.describes().contains(p[0]));
    }

    private static boolean fitsState(GazetteerEntry.HeldRole role, GazetteerEntry person, Optional<String> state) {
        if (state.isEmpty()) {
            return true;
        }
        return role.country().isPresent() ? role.country().get().equals(state.get()) : person.country().equals(state);
    }

    /** Whether the role was held in the year of the date (any year when the date is unknown). */
    static boolean heldOn(GazetteerEntry.HeldRole role, Optional<LocalDate> on) {
        if (on.isEmpty()) {
            return true;
        }
        int year = on.get().getYear();
        return year(role.start()).orElse(Integer.MIN_VALUE) <= year && year <= year(role.end()).orElse(Integer.MAX_VALUE);
    }

    /** Whether the role's years meet the years of [from, to]. */
    static boolean heldBetween(GazetteerEntry.HeldRole role, LocalDate from, LocalDate to) {
        int start = year(role.start()).orElse(Integer.MIN_VALUE);
        int end = year(role.end()).orElse(Integer.MAX_VALUE);
        return start <= to.getYear() && from.getYear() <= end;
    }

    private static Optional<Integer> year(String s) {
        if (s == null || s.length() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(s.substring(0, 4)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // no year written: the role is open on that side
        }
    }
}
