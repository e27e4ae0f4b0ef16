package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.organization;
import static org.warta.extract.World.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;

/** Organizations built from a head and a state. Read through {@link NameScanner}. */
class OrganizationNamesTest {
    private static final GazetteerEntry TARO = person("Taro Yamada", JAPAN, List.of(), "Taro Yamada");

    /** Mentions as "text = entity name (key) rule". */
    private static List<String> mentions(Recognition r) {
        return r.mentions().stream()
                .map(m -> m.text() + " = " + m.entity().name() + " (" + m.entity().key() + ") " + m.rule()).toList();
    }

    private static List<String> affiliations(Recognition r) {
        return r.affiliations().stream().map(a -> a.entity().name() + " -> " + a.state().name()).toList();
    }

    @Test
    void aHeadAndAStateAreTheStatesOrganizationAndTheStateIsAMentionToo() {
        Recognition r = EntityStages.scan(Texts.text("Hari itu Kementerian Luar Negeri Jepang menolak usulan."), JAPAN);
        assertEquals(List.of("Jepang = Japan (Q17) gazetteer",
                "Kementerian Luar Negeri Jepang = Ministry of Foreign Affairs of Japan "
                        + "(organization/ministry-of-foreign-affairs-of-japan) organization-pattern"), mentions(r));
        assertEquals(List.of("Ministry of Foreign Affairs of Japan -> Japan"), affiliations(r));
    }

    @Test
    void theGazetteersOrganizationIsUsedWhenItKnowsTheLabel() {
        GazetteerEntry ministry = organization("Q1056226", "Ministry of Foreign Affairs of Japan", "Gaimusho");
        Recognition r = EntityStages.scan(Texts.text("Hari itu Kementerian Luar Negeri Jepang menolak usulan."),
                JAPAN, ministry);
        assertEquals("Kementerian Luar Negeri Jepang = Ministry of Foreign Affairs of Japan (Q1056226) "
                + "organization-pattern", mentions(r).get(1));
    }

    @Test
    void withoutAStateWrittenTheStateOfThePersonNamedRightAfterIsUsed() {
        Recognition r = EntityStages.scan(
                Texts.text("Hari itu juru bicara Kementerian Luar Negeri Taro Yamada menjawab."), JAPAN, TARO);
        assertEquals(List.of("Kementerian Luar Negeri = Ministry of Foreign Affairs of Japan "
                + "(organization/ministry-of-foreign-affairs-of-japan) organization-pattern"), mentions(r));
        assertEquals(List.of("Ministry of Foreign Affairs of Japan -> Japan"), affiliations(r));
    }

    @Test
    void withoutAnyStateTheLabelLeavesTheStateOut() {
        Recognition r = EntityStages.scan(Texts.text("Hari itu Kementerian Luar Negeri menolak usulan."), JAPAN);
        assertEquals(List.of("Kementerian Luar Negeri = Ministry of Foreign Affairs "
                + "(organization/ministry-of-foreign-affairs) organization-pattern"), mentions(r));
        assertEquals(List.of(), affiliations(r));
    }

    @Test
    void aHeadWrittenInLowerCaseIsNoName() {
        Recognition r = EntityStages.scan(Texts.text("Hari itu kementerian luar negeri Jepang menolak usulan."), JAPAN);
        assertEquals(List.of("Jepang = Japan (Q17) gazetteer"), mentions(r));
    }
}
