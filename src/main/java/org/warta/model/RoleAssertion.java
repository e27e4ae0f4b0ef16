package org.warta.model;

import java.util.Optional;

/**
 * A position a person holds according to the text: "Menteri Luar Negeri Rusia Sergei Lavrov" gives Lavrov the
 * position "Menteri Luar Negeri" of the state Russia. {@code span} covers the title and the name.
 */
public record RoleAssertion(EntityRef holder, String position, Optional<EntityRef> of, Span span, int sentenceIndex) {
    public RoleAssertion {
        if (holder == null || position == null || position.isBlank() || span == null) {
            throw new WartaException("role fields must not be null");
        }
        of = of == null ? Optional.empty() : of;
    }
}
