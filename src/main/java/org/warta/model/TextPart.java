package org.warta.model;

import java.util.Locale;

/**
 * What part of a news page a sentence belongs to. Only the body is read for meetings and statements; a
 * headline or subheading gives only names the gazetteer knows; a byline gives its authors; a caption gives names.
 */
public enum TextPart {
    BODY, HEADLINE, SUBHEADING, BYLINE, CAPTION;

    /** The name written in the graph ("body", "headline" …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
