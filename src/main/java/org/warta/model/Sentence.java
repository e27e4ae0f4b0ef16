package org.warta.model;

/** A sentence: its 0-based index in the article and its span in the original text. */
public record Sentence(int index, Span span) {
    public Sentence {
        if (index < 0 || span == null) {
            throw new WartaException("invalid sentence " + index + " " + span);
        }
    }
}
