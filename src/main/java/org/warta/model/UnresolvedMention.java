package org.warta.model;

import java.util.List;

/** A name that could refer to several entities of the article and was left unresolved rather than guessed. */
public record UnresolvedMention(Span span, String text, List<EntityRef> candidates, String reason, int sentenceIndex) {
    public UnresolvedMention {
        candidates = List.copyOf(candidates);
    }
}
