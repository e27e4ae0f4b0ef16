package org.warta.model;

import java.util.Optional;

/**
 * A canonical entity. {@code key} is stable across articles and builds: the Wikidata id when linked
 * ({@code Q7747}), else the type and a normalized name ({@code person/anna-chernova}). {@code name} is the English
 * label when linked, else the name as written.
 */
public record EntityRef(String key, EntityType type, String name, Optional<String> qid) implements Comparable<EntityRef> {
    public EntityRef {
        if (key == null || key.isBlank() || type == null || name == null || name.isBlank()) {
            throw new WartaException("invalid entity " + key + " " + type + " " + name);
        }
        qid = qid == null ? Optional.empty() : qid;
    }

    @Override
    public int compareTo(EntityRef other) {
        return key.compareTo(other.key);
    }
}
