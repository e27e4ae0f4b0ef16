package org.warta.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.EntityRef;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;

/** An article's graph holds each role once per holder and position. */
class RoleMapperTest {
    private static final EntityRef ANI = person("Ani Lestari");
    private static final EntityRef BUDI = person("Budi Santoso");

    private static RoleAssertion role(EntityRef holder, String position, Optional<EntityRef> of, int start) {
        return new RoleAssertion(holder, position, of, new Span(start, start + 10), start / 100);
    }

    @Test
    void aTitleWrittenAgainWithTheNameIsOneRoleTheFirstThatSaysWhatItIsOf() {
        RoleAssertion bare = role(ANI, "Menteri", Optional.empty(), 0);
        RoleAssertion of = role(ANI, "menteri", Optional.of(JAPAN.ref()), 100);
        RoleAssertion again = role(ANI, "Menteri", Optional.of(JAPAN.ref()), 200);
        RoleAssertion other = role(ANI, "Duta Besar", Optional.empty(), 300);
        RoleAssertion someoneElse = role(BUDI, "Menteri", Optional.empty(), 400);
        assertEquals(List.of(of, other, someoneElse),
                RoleMapper.distinct(List.of(bare, of, again, other, someoneElse)));
    }

    @Test
    void withoutWhatItIsOfTheFirstOccurrenceIsKept() {
        RoleAssertion first = role(ANI, "Menteri", Optional.empty(), 0);
        RoleAssertion second = role(ANI, "Menteri", Optional.empty(), 100);
        assertEquals(List.of(first), RoleMapper.distinct(List.of(first, second)));
    }
}
