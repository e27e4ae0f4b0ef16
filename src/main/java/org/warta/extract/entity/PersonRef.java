package org.warta.extract.entity;

import java.util.Optional;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.model.Span;

/**
 * A person reference found by recognition: a full name, or one word to resolve later. Tokens [from, to) of its
 * sentence; the title written before it, what the title is of, and the span of title and name together.
 */
record PersonRef(int sentence, int from, int to, Span span, String name, NameCue cue,
                 Optional<GazetteerEntry> gazetteerEntry, Optional<EntityLexicon.Title> title,
                 Optional<EntityRef> titleOf, Optional<Span> roleSpan) {
    boolean single() {
        return to - from == 1;
    }

    PersonRef withCue(NameCue c) {
        return new PersonRef(sentence, from, to, span, name, c, gazetteerEntry, title, titleOf, roleSpan);
    }

    /** The same reference with a title (from an apposition or the title before it). */
    PersonRef withRole(NameCue c, Optional<EntityLexicon.Title> t, Optional<EntityRef> of, Optional<Span> role) {
        return new PersonRef(sentence, from, to, span, name, c, gazetteerEntry, t, of, role);
    }
}
