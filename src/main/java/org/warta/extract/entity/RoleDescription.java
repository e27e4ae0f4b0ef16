package org.warta.extract.entity;

import org.warta.model.EntityRef;
import org.warta.model.Span;

/** A role written without a name: "presiden Rusia", "pemimpin Kremlin tersebut". */
record RoleDescription(int sentence, Span span, String text, EntityLexicon.Title title, EntityRef of) {
}
