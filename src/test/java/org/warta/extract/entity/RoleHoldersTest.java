package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.CSIS;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;
import static org.warta.extract.World.role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.Affiliation;
import org.warta.model.EntityRef;

/** Whether a person holds the role a title describes: in the article's words, or per the gazetteer. */
class RoleHoldersTest {
    private static final EntityLexicon.Title PRESIDENT = EntityStages.title("Presiden", "president");
    /** "Pemimpin" (leader) describes a president among others. */
    private static final EntityLexicon.Title LEADER = EntityStages.title("Pemimpin", "leader", "president");
    private static final EntityRef HIROSHI = person("Hiroshi Tanaka");
    private static final Optional<LocalDate> APRIL_2024 = Optional.of(LocalDate.of(2024, 4, 5));

    private static boolean holds(RoleHolders holders, EntityRef who, EntityLexicon.Title title,
                                 Optional<EntityRef> of, KnownPersons known) {
        return holders.holds(who, title, of, known, APRIL_2024);
    }

    private static RoleHolders noGazetteer() {
        return new RoleHolders(EntityStages.gazetteer());
    }

    @Test
    void aRoleTheTextGaveForTheStateIsHeld() {
        KnownPersons known = new KnownPersons(List.of());
        known.roleInText(HIROSHI, "president", Optional.of(JAPAN.ref()));
        assertTrue(holds(noGazetteer(), HIROSHI, PRESIDENT, Optional.of(JAPAN.ref()), known));
        assertFalse(holds(noGazetteer(), HIROSHI, PRESIDENT, Optional.of(RUSSIA.ref()), known));
    }

    @Test
    void aRoleTheTextGaveWithoutAStateIsOfThePersonsOwnState() {
        KnownPersons known = new KnownPersons(List.of(new Affiliation(HIROSHI, JAPAN.ref(), "test")));
        known.roleInText(HIROSHI, "president", Optional.empty());
        assertTrue(holds(noGazetteer(), HIROSHI, PRESIDENT, Optional.of(JAPAN.ref()), known));
        assertFalse(holds(noGazetteer(), HIROSHI, PRESIDENT, Optional.of(RUSSIA.ref()), known));
    }

    @Test
    void aTitleDescribesTheRolesItsLexiconLineNames() {
        KnownPersons known = new KnownPersons(List.of());
        known.roleInText(HIROSHI, "president", Optional.of(JAPAN.ref()));
        assertTrue(holds(noGazetteer(), HIROSHI, LEADER, Optional.of(JAPAN.ref()), known));
    }

    @Test
    void aTitleOfAnOrganizationIsOfTheOrganizationsState() {
        KnownPersons known = new KnownPersons(List.of(new Affiliation(CSIS.ref(), JAPAN.ref(), "test")));
        known.roleInText(HIROSHI, "president", Optional.of(JAPAN.ref()));
        assertTrue(holds(noGazetteer(), HIROSHI, PRESIDENT, Optional.of(CSIS.ref()), known));
    }

    @Test
    void aRoleTheGazetteerRecordsIsHeldInTheYearsItRecords() {
        GazetteerEntry kenji = person("Kenji Sato", JAPAN, List.of(role("president", JAPAN, "2020", "2022")),
                "Kenji Sato");
        RoleHolders holders = new RoleHolders(EntityStages.gazetteer(JAPAN, kenji));
        KnownPersons known = new KnownPersons(List.of());
        Optional<EntityRef> japan = Optional.of(JAPAN.ref());
        assertTrue(holders.holds(kenji.ref(), PRESIDENT, japan, known, Optional.of(LocalDate.of(2021, 6, 1))));
        assertFalse(holders.holds(kenji.ref(), PRESIDENT, japan, known, APRIL_2024));
        assertTrue(holders.holds(kenji.ref(), PRESIDENT, japan, known, Optional.empty()));
        assertFalse(holders.holds(kenji.ref(), PRESIDENT, Optional.of(RUSSIA.ref()), known, Optional.empty()));
    }

    @Test
    void aGazetteerRoleWithoutAStateIsOfThePersonsCountry() {
        GazetteerEntry kenji = person("Kenji Sato", JAPAN, List.of(role("president", null, "2020", "")),
                "Kenji Sato");
        RoleHolders holders = new RoleHolders(EntityStages.gazetteer(JAPAN, kenji));
        KnownPersons known = new KnownPersons(List.of());
        assertTrue(holds(holders, kenji.ref(), PRESIDENT, Optional.of(JAPAN.ref()), known));
        assertFalse(holds(holders, kenji.ref(), PRESIDENT, Optional.of(RUSSIA.ref()), known));
    }

    /** A role's start and end as the gazetteer writes them (year or date; empty: open), and a day in 2022. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020       | 2022       | true",
        "2022-11-01 |            | true",
        "2023       |            | false",
        "           | 2021-12-31 | false",
        "           |            | true"})
    void aRoleIsHeldInEveryYearFromItsStartToItsEnd(String start, String end, boolean held) {
        GazetteerEntry.HeldRole r = new GazetteerEntry.HeldRole("president", Optional.empty(),
                start == null ? "" : start, end == null ? "" : end);
        assertEquals(held, RoleHolders.heldOn(r, Optional.of(LocalDate.of(2022, 3, 1))));
    }
}
