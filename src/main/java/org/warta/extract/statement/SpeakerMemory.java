package org.warta.extract.statement;

import java.util.Optional;
import java.util.Set;
import org.warta.model.EntityRef;

/**
 * The article's most recent speaker and the paragraph it spoke in: what "katanya" and "dia mengatakan" refer to,
 * and who goes on speaking in a quotation paragraph that names nobody; and the other speaker before it, for a
 * quotation that speaks of the most recent one in the third person ("“… Ani juga setuju …,” pungkasnya" after Ani).
 */
record SpeakerMemory(Optional<EntityRef> speaker, int paragraph, Optional<EntityRef> before, int beforeParagraph) {
    /** How many paragraphs back a speaker is still the one a pronoun refers to. */
    private static final int REACH = 3;

    static SpeakerMemory none() {
        return new SpeakerMemory(Optional.empty(), -10, Optional.empty(), -10);
    }

    SpeakerMemory spoke(EntityRef who, int inParagraph) {
        if (speaker.filter(who::equals).isPresent()) {
            return new SpeakerMemory(speaker, inParagraph, before, beforeParagraph);
        }
        return new SpeakerMemory(Optional.of(who), inParagraph, speaker, paragraph);
    }

    /** The speaker if it spoke within reach of the paragraph. */
    Optional<EntityRef> recentAt(int atParagraph) {
        return speaker.filter(s -> atParagraph - paragraph <= REACH);
    }

    /**
     * The most recent speaker within reach that is none of {@code spokenOf} (the persons a quotation tells of in
     * the third person); empty when the latest two are both spoken of, or out of reach.
     */
    Optional<EntityRef> recentAt(int atParagraph, Set<EntityRef> spokenOf) {
        Optional<EntityRef> latest = recentAt(atParagraph);
        if (latest.isEmpty() || !spokenOf.contains(latest.get())) {
            return latest;
        }
        return before.filter(b -> atParagraph - beforeParagraph <= REACH && !spokenOf.contains(b));
    }
}
