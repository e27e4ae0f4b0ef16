package org.warta.extract.meeting;

import java.util.List;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;

/** An actor mention of a sentence with its token range; [-1, -1) for one found outside the sentence. */
record Actor(EntityMention mention, int from, int to) {
    /** An actor referred to from elsewhere in the article (a pronoun's antecedent, a possessor). */
    static Actor outside(EntityMention mention) {
        return new Actor(mention, -1, -1);
    }

    /** Whether the actor was taken from elsewhere in the article, not read in this sentence. */
    boolean outside() {
        return from < 0;
    }

    EntityRef entity() {
        return mention.entity();
    }

    boolean person() {
        return mention.entity().type() == EntityType.PERSON;
    }

    static Actor last(List<Actor> actors) {
        return actors.get(actors.size() - 1);
    }
}
