package org.warta.model;

/** A sentence: its 0-based index in the article, its span in the original text, and the part of the page. */
public record Sentence(int index, Span span, TextPart part) {
    public Sentence {
        if (index < 0 || span == null || part == null) {
            throw new WartaException("invalid sentence " + index + " " + span + " " + part);
        }
    }

    /** A sentence of the article's body. */
    public Sentence(int index, Span span) {
        this(index, span, TextPart.BODY);
    }
}
