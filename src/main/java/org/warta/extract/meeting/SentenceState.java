package org.warta.extract.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.EntityMention;

/**
 * What one trigger of a sentence leaves for the next: the actors taken as objects (never a later subject) and the
 * subject of the last meeting ("X mengunjungi A untuk bertemu B dan ke C untuk bertemu D": X for both).
 */
record SentenceState(Set<EntityMention> objects, List<Actor> lastSubject) {
    SentenceState {
        objects = Set.copyOf(objects);
        lastSubject = List.copyOf(lastSubject);
    }

    static SentenceState start() {
        return new SentenceState(Set.of(), List.of());
    }

    boolean isObject(Actor a) {
        return objects.contains(a.mention());
    }

    SentenceState withSubject(List<Actor> subject) {
        return subject.isEmpty() ? this : new SentenceState(objects, subject);
    }

    SentenceState withObjects(List<Actor> more) {
        Set<EntityMention> all = new HashSet<>(objects);
        more.forEach(a -> all.add(a.mention()));
        return new SentenceState(all, lastSubject);
    }
}
