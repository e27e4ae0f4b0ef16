package org.warta.model;

/**
 * The state an entity belongs to: a person's country (from the gazetteer or a role in the text), a city's or a
 * national body's country. Lets the merge see that "Putin visits China" and "Putin meets Xi" can be one meeting.
 */
public record Affiliation(EntityRef entity, EntityRef state, String source) {
    public Affiliation {
        if (entity == null || state == null || state.type() != EntityType.STATE) {
            throw new WartaException("an affiliation links an entity to a state: " + entity + " → " + state);
        }
    }
}
