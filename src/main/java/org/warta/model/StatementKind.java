package org.warta.model;

import java.util.Locale;

/** direct: a quotation; mixed: a quoted phrase inside reported speech; indirect: reported speech. */
public enum StatementKind {
    DIRECT, INDIRECT, MIXED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
