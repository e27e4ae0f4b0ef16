package org.warta.extract.statement;

import java.util.Optional;
import org.warta.model.EntityRef;

/**
 * The article's most recent speaker and the paragraph it spoke in: what "katanya" and "dia mengatakan" refer to,
 * and who goes on speaking in a quotation paragraph that names nobody.
 */
record SpeakerMemory(Optional<EntityRef> speaker, int paragraph) {
    /** How many paragraphs back a speaker is still the one a pronoun refers to. */
    private static final int REACH = 3;

    static SpeakerMemory none() {
        return new SpeakerMemory(Optional.empty(), -10);
    }

    SpeakerMemory spoke(EntityRef who, int inParagraph) {
        return new SpeakerMemory(Optional.of(who), inParagraph);
    }

    /** The speaker if it spoke within reach of the paragraph. */
    Optional<EntityRef> recentAt(int atParagraph) {
        return speaker.filter(s -> atParagraph - paragraph <= REACH);
    }
}
