package org.warta.extract.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.EntityMention;

/**
 * What one trigger of a sentence leaves for the next: the actors taken as objects (never a later subject) and the
 * subject of the last meeting ("X mengunjungi A untuk bertemu B dan ke C untuk bertemu D": X for both); and what the
 * sentence before left: the subject its meeting took from the story, not named there ({@code carried}).
 */
record SentenceState(Set<EntityMention> objects, List<Actor> lastSubject, Optional<Actor> carried) {
    SentenceState {
        objects = Set.copyOf(objects);
        lastSubject = List.copyOf(lastSubject);
    }

    /** The first sentence's, or one after a sentence that carried no subject on. */
    static SentenceState start() {
        return start(Optional.empty());
    }

    static SentenceState start(Optional<Actor> carried) {
        return new SentenceState(Set.of(), List.of(), carried);
    }

    /**
     * What this sentence leaves for the next: its last meeting's subject when the story carried it in ("Pertemuan
     * pertama dengan Ani. Pertemuan kedua dengan Citra.": the one who met both, not Ani), or what it was given when
     * it told no meeting with a subject ("Keduanya membahas …" between two meetings of the series).
     */
    Optional<Actor> carriedOn() {
        if (lastSubject.isEmpty()) {
            return carried;
        }
        return lastSubject.size() == 1 && lastSubject.get(0).outside() ? Optional.of(lastSubject.get(0))
                : Optional.empty();
    }

    boolean isObject(Actor a) {
        return objects.contains(a.mention());
    }

    SentenceState withSubject(List<Actor> subject) {
        return subject.isEmpty() ? this : new SentenceState(objects, subject, carried);
    }

    SentenceState withObjects(List<Actor> more) {
        Set<EntityMention> all = new HashSet<>(objects);
        more.forEach(a -> all.add(a.mention()));
        return new SentenceState(all, lastSubject, carried);
    }
}
