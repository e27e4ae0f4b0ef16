package org.warta.extract.entity;

import java.util.Optional;
import org.warta.model.EntityRef;
import org.warta.model.Span;

/**
 * A role written without a name: "presiden Rusia", "pemimpin Kremlin tersebut", or a bare capitalized title
 * ("kata Presiden", "Menlu juga meminta …") that stands for the person of the story holding it.
 */
record RoleDescription(int sentence, Span span, String text, EntityLexicon.Title title, Optional<EntityRef> of) {
    RoleDescription(int sentence, Span span, String text, EntityLexicon.Title title, EntityRef of) {
        this(sentence, span, text, title, Optional.of(of));
    }
}
