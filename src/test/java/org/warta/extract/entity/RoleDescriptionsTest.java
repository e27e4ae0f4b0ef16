package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Texts;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.Span;
import org.warta.text.ArticleText;

/** A role written without a name is a mention of the article's one person holding it. */
class RoleDescriptionsTest {
    private static final EntityLexicon.Title PRESIDENT = EntityStages.title("presiden", "president");
    private static final EntityRef HIROSHI = person("Hiroshi Tanaka");
    private static final EntityRef KENJI = person("Kenji Sato");
    private static final ArticleText TEXT = Texts.text(
            "Hiroshi Tanaka bertemu Kenji Sato. Pada hari itu presiden Jepang tersenyum.");
    private static final RoleDescription DESCRIPTION = new RoleDescription(1, Texts.span(TEXT, "presiden Jepang"),
            "presiden Jepang", PRESIDENT, JAPAN.ref());

    private static List<EntityMention> persons() {
        return List.of(new EntityMention(Texts.span(TEXT, "Hiroshi Tanaka"), "Hiroshi Tanaka", HIROSHI, "test", 0),
                new EntityMention(Texts.span(TEXT, "Kenji Sato"), "Kenji Sato", KENJI, "test", 0));
    }

    private static RoleDescriptions.Resolved resolve(KnownPersons known) {
        return new RoleDescriptions(new RoleHolders(EntityStages.gazetteer(JAPAN)), EntityStages.WORDS)
                .resolve(TEXT, List.of(DESCRIPTION), persons(), known);
    }

    @Test
    void theOneHolderOfTheRoleIsMentioned() {
        KnownPersons known = new KnownPersons(List.of());
        known.roleInText(HIROSHI, "president", Optional.of(JAPAN.ref()));
        RoleDescriptions.Resolved r = resolve(known);
        assertEquals(List.of(new EntityMention(new Span(49, 64), "presiden Jepang", HIROSHI, "role-description", 1)),
                r.mentions());
        assertEquals(List.of(), r.unresolved());
    }

    @Test
    void withSeveralHoldersTheDescriptionStaysUnresolved() {
        KnownPersons known = new KnownPersons(List.of());
        known.roleInText(HIROSHI, "president", Optional.of(JAPAN.ref()));
        known.roleInText(KENJI, "president", Optional.of(JAPAN.ref()));
        RoleDescriptions.Resolved r = resolve(known);
        assertEquals(List.of(), r.mentions());
        assertEquals(1, r.unresolved().size());
        assertEquals(List.of(HIROSHI, KENJI), r.unresolved().get(0).candidates());
        assertEquals("several persons of this article hold this role", r.unresolved().get(0).reason());
    }

    /**
     * "Presiden Kenji" with no state, and no state known of him: the one person so titled is the one "presiden Jepang"
     * describes; with two such persons the office stands for its state.
     */
    @Test
    void theOnePersonGivenTheTitleWithoutAStateIsTheHolder() {
        KnownPersons known = new KnownPersons(List.of());
        known.roleInText(KENJI, "president", Optional.empty());
        assertEquals(List.of(new EntityMention(new Span(49, 64), "presiden Jepang", KENJI, "role-description", 1)),
                resolve(known).mentions());
        known.roleInText(HIROSHI, "president", Optional.empty());
        assertEquals("office-of-state", resolve(known).mentions().get(0).rule());
    }

    @Test
    void withoutAHolderTheDescriptionStandsForItsState() {
        RoleDescriptions.Resolved r = resolve(new KnownPersons(List.of()));
        assertEquals(List.of(new EntityMention(new Span(49, 64), "presiden Jepang", JAPAN.ref(), "office-of-state", 1)),
                r.mentions());
        assertEquals(List.of(), r.unresolved());
    }

    /** An office in a body no one in the article holds stands for the body ("Sekjen ASEAN"). */
    @Test
    void withoutAHolderAnOfficeInABodyStandsForTheBody() {
        ArticleText t = Texts.text("Hiroshi Tanaka bertemu Kenji Sato. Pada hari itu sekjen ASEAN tersenyum.");
        RoleDescription d = new RoleDescription(1, Texts.span(t, "sekjen ASEAN"), "sekjen ASEAN",
                EntityStages.title("sekjen", "secretary-general"), ASEAN.ref());
        List<EntityMention> persons = List.of(
                new EntityMention(Texts.span(t, "Hiroshi Tanaka"), "Hiroshi Tanaka", HIROSHI, "test", 0),
                new EntityMention(Texts.span(t, "Kenji Sato"), "Kenji Sato", KENJI, "test", 0));
        RoleDescriptions.Resolved r = new RoleDescriptions(new RoleHolders(EntityStages.gazetteer(ASEAN)),
                EntityStages.WORDS).resolve(t, List.of(d), persons, new KnownPersons(List.of()));
        assertEquals(List.of(new EntityMention(Texts.span(t, "sekjen ASEAN"), "sekjen ASEAN", ASEAN.ref(),
                EntityMention.OFFICE_OF_BODY, 1)), r.mentions());
    }

    /**
     * "presiden Jepang itu" with no holder of the role: the one person of that state told of before; with "itu"
     * missing, or with two such persons, the office stands for its state.
     */
    @Test
    void aDescriptionPointingBackIsTheOnePersonOfItsStateToldOfBefore() {
        ArticleText text = Texts.text("Hiroshi Tanaka bertemu Kenji Sato. Pada hari itu presiden Jepang itu tersenyum.");
        RoleDescription d = new RoleDescription(1, Texts.span(text, "presiden Jepang"), "presiden Jepang", PRESIDENT,
                JAPAN.ref());
        List<EntityMention> persons = List.of(
                new EntityMention(Texts.span(text, "Hiroshi Tanaka"), "Hiroshi Tanaka", HIROSHI, "test", 0),
                new EntityMention(Texts.span(text, "Kenji Sato"), "Kenji Sato", KENJI, "test", 0));
        RoleDescriptions descriptions = new RoleDescriptions(new RoleHolders(EntityStages.gazetteer(JAPAN)),
                EntityStages.WORDS);
        KnownPersons oneOfJapan = new KnownPersons(List.of());
        oneOfJapan.affiliate(HIROSHI, JAPAN.ref());
        assertEquals(List.of(HIROSHI), descriptions.resolve(text, List.of(d), persons, oneOfJapan).mentions().stream()
                .map(EntityMention::entity).toList());
        KnownPersons twoOfJapan = new KnownPersons(List.of());
        twoOfJapan.affiliate(HIROSHI, JAPAN.ref());
        twoOfJapan.affiliate(KENJI, JAPAN.ref());
        assertEquals(List.of(JAPAN.ref()), descriptions.resolve(text, List.of(d), persons, twoOfJapan).mentions()
                .stream().map(EntityMention::entity).toList());
        KnownPersons again = new KnownPersons(List.of());
        again.affiliate(HIROSHI, JAPAN.ref());
        assertEquals(List.of(JAPAN.ref()), descriptions.resolve(TEXT, List.of(DESCRIPTION), persons(), again)
                .mentions().stream().map(EntityMention::entity).toList());
    }

    @Test
    void aBareTitleWithoutAHolderIsNothing() {
        RoleDescription bare = new RoleDescription(1, Texts.span(TEXT, "presiden"), "presiden", PRESIDENT,
                Optional.empty());
        RoleDescriptions.Resolved r = new RoleDescriptions(new RoleHolders(EntityStages.gazetteer(JAPAN)), EntityStages.WORDS)
                .resolve(TEXT, List.of(bare), persons(), new KnownPersons(List.of()));
        assertEquals(List.of(), r.mentions());
        assertEquals(List.of(), r.unresolved());
    }
}
