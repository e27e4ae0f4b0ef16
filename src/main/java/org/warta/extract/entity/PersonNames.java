package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;
import org.warta.text.Token;

/** Makes person references of name runs; a run that is exactly one gazetteer person's full name links to it. */
final class PersonNames {
    private final Gazetteer gazetteer;

    PersonNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A name of two or more words the gazetteer knows as exactly one person becomes that person's. */
    PersonRef name(int s, List<Token> tokens, int from, int to, NameCue cue, Optional<EntityLexicon.Title> title,
                   Optional<EntityRef> of, Optional<Span> roleSpan) {
        Optional<GazetteerEntry> entry = gazetteer.longestAt(tokens, from)
                .filter(m -> m.to() == to && m.entries().size() == 1
                        && m.entries().get(0).type() == EntityType.PERSON && to - from >= 2)
                .map(m -> m.entries().get(0));
        return ref(s, tokens, from, to, entry.isPresent() ? NameCue.GAZETTEER : cue, entry, title, of, roleSpan);
    }

    static PersonRef ref(int s, List<Token> tokens, int from, int to, NameCue cue, Optional<GazetteerEntry> entry,
                         Optional<EntityLexicon.Title> title, Optional<EntityRef> of, Optional<Span> roleSpan) {
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        return new PersonRef(s, from, to, span, NameRuns.name(tokens, from, to), cue, entry, title, of, roleSpan);
    }

    static PersonRef plain(int s, List<Token> tokens, int from, int to, NameCue cue) {
        return ref(s, tokens, from, to, cue, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
