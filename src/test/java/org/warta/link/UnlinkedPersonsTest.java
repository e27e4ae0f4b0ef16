package org.warta.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnlinkedPersonsTest {
    private static final String MINTED = "https://w3id.org/warta/id/entity/person/";

    @Test
    void oneWritingAddsOnlyNamesBetweenTheFirstAndTheLast() {
        assertTrue(UnlinkedPersons.same(MINTED + "budi-ananda-santoso", MINTED + "budi-santoso"));
        assertTrue(UnlinkedPersons.same(MINTED + "budi-santoso", MINTED + "budi-santoso"));
        assertFalse(UnlinkedPersons.same(MINTED + "budi-ananda-santoso", MINTED + "budi-hartono"));
        assertFalse(UnlinkedPersons.same(MINTED + "ani-budi-santoso", MINTED + "ani-citra-santoso"),
                "two writings of the same length that differ are two persons");
        assertFalse(UnlinkedPersons.same(MINTED + "santoso", MINTED + "budi-santoso"), "a single name is no match");
    }

    @Test
    void personsLinkedToWikidataCompareByIri() {
        assertFalse(UnlinkedPersons.same("https://w3id.org/warta/id/entity/Q1", "https://w3id.org/warta/id/entity/Q2"));
        assertEquals("https://w3id.org/warta/id/entity/Q1", UnlinkedPersons.looseKey("https://w3id.org/warta/id/entity/Q1"));
        assertEquals(UnlinkedPersons.looseKey(MINTED + "budi-santoso"), UnlinkedPersons.looseKey(MINTED + "budi-a-santoso"));
    }
}
