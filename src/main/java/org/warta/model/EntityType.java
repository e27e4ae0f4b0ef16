package org.warta.model;

/** The kinds of named entity Warta recognizes. */
public enum EntityType {
    PERSON("Person"), STATE("State"), ORGANIZATION("Organization"), PLACE("Place");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in the ontology and in query results. */
    public String label() {
        return label;
    }
}
