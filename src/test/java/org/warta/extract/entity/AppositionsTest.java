package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.CSIS;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.NATO;
import static org.warta.extract.World.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.text.ArticleText;

/** "X, TITLE (of Y)," gives the person just named a role. Read through {@link NameScanner}. */
class AppositionsTest {
    private static final GazetteerEntry BUDI = person("Budi Santoso", INDONESIA, List.of(), "Budi Santoso");

    /** The person references as "name/cue title-key of role-span". */
    private static List<String> persons(String text) {
        ArticleText t = Texts.text(text);
        return EntityStages.scan(t, JAPAN, INDONESIA, CSIS, NATO, BUDI).persons().stream()
                .map(p -> p.name() + "/" + p.cue() + " " + p.title().map(EntityLexicon.Title::roleKey).orElse("-")
                        + " " + p.titleOf().map(o -> o.name()).orElse("-") + " " + p.roleSpan().map(t::of).orElse("-"))
                .toList();
    }

    @Test
    void aTitleAfterTheCommaIsThePersonsRoleOfTheStateNamedInIt() {
        assertEquals(List.of("Budi Santoso/GAZETTEER analyst Japan Budi Santoso, pengamat politik dari Jepang"),
                persons("Budi Santoso, pengamat politik dari Jepang, hadir."));
    }

    /** A title, its state and a new name after the comma introduce the next person, not the one named before. */
    @Test
    void aTitleWithANameOfItsOwnIsNoApposition() {
        assertEquals(List.of("Budi Santoso/GAZETTEER - - -",
                        "Hiroshi Tanaka/TITLE prime-minister Japan Perdana Menteri Jepang Hiroshi Tanaka"),
                persons("Selain Budi Santoso, Perdana Menteri Jepang Hiroshi Tanaka juga hadir."));
    }

    /** In a list of office holders, a title followed at once by a name is that name's, not the one before. */
    @Test
    void aTitleFollowedAtOnceByANameIsThatNamesInAList() {
        assertEquals(List.of("Budi Santoso/GAZETTEER - - -",
                        "Hiroshi Tanaka/TITLE foreign-minister - Menteri Luar Negeri Hiroshi Tanaka"),
                persons("Presiden didampingi Budi Santoso, Menteri Luar Negeri Hiroshi Tanaka, dan para staf."));
    }

    /** A title of a state between commas, then a new name and a comma: the title is the new name's. */
    @Test
    void aTitleBetweenCommasBeforeANewNameIsThatNamesRole() {
        assertEquals(List.of("Budi Santoso/GAZETTEER - - -",
                        "Hiroshi Tanaka/TITLE prime-minister Japan Perdana Menteri Jepang, Hiroshi Tanaka"),
                persons("Dalam pidato Budi Santoso, Perdana Menteri Jepang, Hiroshi Tanaka, mengatakan hal itu."));
    }

    /** A title after the comma followed, before any comma, by another title opens a clause of its own. */
    @Test
    void aTitleBeforeAnotherTitleIsTheSubjectOfItsOwnClause() {
        assertEquals(List.of("Budi Santoso/GAZETTEER - - -",
                        "Hiroshi Tanaka/TITLE foreign-minister Japan Menteri Luar Negeri Jepang Hiroshi Tanaka"),
                persons("Usai bertemu Budi Santoso, pengamat Jepang juga menemui Menteri Luar Negeri Jepang "
                        + "Hiroshi Tanaka di kantornya."));
    }

    @Test
    void anOrganizationWinsOverAState() {
        assertEquals(List.of("Budi Santoso/GAZETTEER researcher CSIS Budi Santoso, peneliti Jepang di CSIS"),
                persons("Budi Santoso, peneliti Jepang di CSIS, hadir."));
    }

    @Test
    void anOrganizationAfterDiWinsOverTheFirstOrganization() {
        assertEquals(List.of("Budi Santoso/GAZETTEER analyst CSIS Budi Santoso, pengamat NATO di CSIS"),
                persons("Budi Santoso, pengamat NATO di CSIS, hadir."));
    }

    @Test
    void leadingWordsBeforeTheTitleAreSkipped() {
        assertEquals(List.of("Budi Santoso/GAZETTEER analyst - Budi Santoso, seorang pengamat"),
                persons("Budi Santoso, seorang pengamat, hadir."));
    }

    @Test
    void withoutATitleAfterTheCommaThereIsNoRole() {
        assertEquals(List.of("Budi Santoso/GAZETTEER - - -"), persons("Budi Santoso, kemarin, hadir di sana."));
    }

    @Test
    void whatTheRoleIsOfIsReadOnlyToTheEndOfTheClause() {
        assertEquals(List.of("Budi Santoso/GAZETTEER analyst - Budi Santoso, pengamat"),
                persons("Budi Santoso, pengamat, tiba dari Jepang."));
    }

    @Test
    void anUnknownFullNameBeforeACommaAndATitleIsAPersonByApposition() {
        assertEquals(List.of("Dewi Lestari/APPOSITION analyst CSIS Dewi Lestari, pengamat dari CSIS"),
                persons("Dewi Lestari, pengamat dari CSIS, hadir."));
    }
}
