package org.warta.model;

/**
 * A span of text that refers to an entity. {@code rule} says which rule resolved it (gazetteer, title-pattern,
 * short-form, role-description, metonym, edit-distance …), for `warta mentions` and for provenance.
 */
public record EntityMention(Span span, String text, EntityRef entity, String rule, int sentenceIndex)
        implements Comparable<EntityMention> {
    /** The rule of an office no one in the article holds, standing for its state ("Menteri Keuangan Jepang"). */
    public static final String OFFICE_OF_STATE = "office-of-state";
    /** The rule of an office in a body no one in the article holds, standing for the body ("Sekjen OKI"). */
    public static final String OFFICE_OF_BODY = "office-of-body";

    /** Whether the mention is an office no one in the article holds, standing for its state or body. */
    public boolean officeStandIn() {
        return rule.equals(OFFICE_OF_STATE) || rule.equals(OFFICE_OF_BODY);
    }

    public EntityMention {
        if (span == null || text == null || entity == null || rule == null) {
            throw new WartaException("entity mention fields must not be null");
        }
    }

    @Override
    public int compareTo(EntityMention other) {
        return span.compareTo(other.span);
    }
}
