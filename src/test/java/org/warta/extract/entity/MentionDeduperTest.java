package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.TOKYO;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;

/** One mention per span; of overlapping mentions of one type the longest. */
class MentionDeduperTest {
    private static final MentionDeduper DEDUPER = new MentionDeduper();

    private static EntityMention at(int start, int end, EntityRef e) {
        return new EntityMention(new Span(start, end), "x".repeat(end - start), e, "test", 0);
    }

    @Test
    void ofOverlappingMentionsOfOneTypeTheLongestIsKept() {
        EntityMention longer = at(0, 14, person("Hiroshi Tanaka"));
        EntityMention shorter = at(8, 14, person("Tanaka"));
        assertEquals(List.of(longer), DEDUPER.dedupe(List.of(shorter, longer)));
    }

    @Test
    void ofMentionsOfTheSameSpanTheFirstFoundIsKept() {
        EntityMention state = at(0, 5, JAPAN.ref());
        EntityMention place = at(0, 5, TOKYO.ref());
        assertEquals(List.of(state), DEDUPER.dedupe(List.of(state, place)));
        assertEquals(List.of(place), DEDUPER.dedupe(List.of(place, state)));
    }

    @Test
    void overlappingMentionsOfDifferentTypesAreBothKept() {
        EntityMention organization = at(0, 30, new EntityRef("organization/x", EntityType.ORGANIZATION, "Ministry",
                Optional.empty()));
        EntityMention state = at(24, 30, JAPAN.ref());
        assertEquals(List.of(organization, state), DEDUPER.dedupe(List.of(state, organization)));
    }

    @Test
    void separateMentionsAreKeptInTextOrder() {
        EntityMention a = at(20, 26, JAPAN.ref());
        EntityMention b = at(0, 14, person("Hiroshi Tanaka"));
        assertEquals(List.of(b, a), DEDUPER.dedupe(List.of(a, b)));
    }
}
