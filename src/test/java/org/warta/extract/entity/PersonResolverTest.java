package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;
import static org.warta.extract.World.role;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.Affiliation;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** Person references resolved in text order: full names, then short forms. References are built here. */
class PersonResolverTest {
    private static final EntityLexicon.Title FOREIGN_MINISTER = EntityStages.title("Menteri Luar Negeri",
            "foreign-minister");
    private static final EntityLexicon.Title PRESIDENT = EntityStages.title("Presiden", "president");
    private static final GazetteerEntry KENJI_SATO = person("Kenji Sato", JAPAN,
            List.of(role("foreign-minister", JAPAN, "2020", "")), "Kenji Sato");
    private static final GazetteerEntry HIRO_SATO = person("Hiro Sato", JAPAN,
            List.of(role("president", JAPAN, "2020", "")), "Hiro Sato");

    private static PersonResolver.Resolved resolve(ArticleText text, Gazetteer gazetteer, PersonRef... refs) {
        return EntityStages.resolver(gazetteer).resolve(text, List.of(refs), new KnownPersons(List.of()));
    }

    /** Each mention as "written = entity key (rule)". */
    private static List<String> mentions(PersonResolver.Resolved r) {
        return r.mentions().stream().map(m -> m.text() + " = " + m.entity().key() + " (" + m.rule() + ")").toList();
    }

    private static PersonRef titled(ArticleText text, String written, String name, EntityLexicon.Title title,
                                    Optional<EntityRef> of) {
        return EntityStages.ref(text, name, 0, NameCue.TITLE, Optional.empty(), Optional.of(title), of, written);
    }

    @Test
    void aFullNameTheGazetteerDoesNotKnowIsANewPersonKeyedByTheName() {
        ArticleText t = Texts.text("Pada hari itu Hiroshi Tanaka mengatakan harga naik.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Hiroshi Tanaka",
                NameCue.REPORTING));
        assertEquals(List.of("Hiroshi Tanaka = person/hiroshi-tanaka (reporting-verb)"), mentions(r));
        assertEquals("Hiroshi Tanaka", r.mentions().get(0).entity().name());
    }

    /** A name ending a fuller one told before is that person's. */
    @Test
    void aNameEndingAFullerOneToldBeforeIsThatPersons() {
        assertEquals(List.of("Ahmad Sani bin Harun = person/ahmad-sani-bin-harun (reporting-verb)",
                "Sani Harun = person/ahmad-sani-bin-harun (reporting-verb)"),
                twoNames("Ahmad Sani bin Harun tiba di Jakarta. Sani Harun mengatakan harga naik.",
                        "Ahmad Sani bin Harun", "Sani Harun", NameCue.REPORTING));
    }

    /** A name beginning a fuller one told before is that person's, the last name left off. */
    @Test
    void aNameBeginningAFullerOneToldBeforeIsThatPersons() {
        assertEquals(List.of("Dewi Lestari Putri = person/dewi-lestari-putri (reporting-verb)",
                "Dewi Lestari = person/dewi-lestari-putri (reporting-verb)"),
                twoNames("Dewi Lestari Putri tiba di Jakarta. Dewi Lestari mengatakan harga naik.",
                        "Dewi Lestari Putri", "Dewi Lestari", NameCue.REPORTING));
    }

    /** A name of two words told before in the other order is that person's (East Asian names go both ways). */
    @Test
    void aNameOfTwoWordsInTheOtherOrderIsThatPersons() {
        assertEquals(List.of("Hiroshi Tanaka = person/hiroshi-tanaka (reporting-verb)",
                "Tanaka Hiroshi = person/hiroshi-tanaka (reporting-verb)"),
                twoNames("Hiroshi Tanaka tiba di Jakarta. Tanaka Hiroshi mengatakan harga naik.",
                        "Hiroshi Tanaka", "Tanaka Hiroshi", NameCue.REPORTING));
    }

    /** A name told first is not a later, fuller name's: the wife named after her husband is her own person. */
    @Test
    void aNameToldFirstIsNotALaterFullerNames() {
        assertEquals(List.of("Budi Santoso = person/budi-santoso (reporting-verb)",
                "Ani Budi Santoso = person/ani-budi-santoso (honorific)"),
                twoNames("Dubes Budi Santoso datang bersama Ibu Ani Budi Santoso.",
                        "Budi Santoso", "Ani Budi Santoso", NameCue.HONORIFIC));
    }

    private static List<String> twoNames(String sentence, String first, String second, NameCue secondCue) {
        ArticleText t = Texts.text(sentence);
        return mentions(resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, first, NameCue.REPORTING),
                EntityStages.ref(t, second, 20, secondCue)));
    }

    @Test
    void aGazetteerNameIsTheGazetteersPerson() {
        ArticleText t = Texts.text("Pada hari itu Kenji Sato hadir.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(JAPAN, KENJI_SATO), EntityStages.ref(t,
                "Kenji Sato", 0, NameCue.GAZETTEER, Optional.of(KENJI_SATO), Optional.empty(), Optional.empty(), null));
        assertEquals(List.of("Kenji Sato = person/kenji-sato (gazetteer)"), mentions(r));
    }

    @Test
    void aShortFormIsTheArticlesPersonWithThatFirstOrLastName() {
        ArticleText t = Texts.text("Hiroshi Tanaka mengatakan harga naik. Tanaka lalu pulang. Hiroshi tersenyum.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(),
                EntityStages.ref(t, "Hiroshi Tanaka", NameCue.REPORTING),
                EntityStages.ref(t, "Tanaka", 20, NameCue.BARE), EntityStages.ref(t, "Hiroshi", 20, NameCue.BARE));
        assertEquals(List.of("Hiroshi Tanaka = person/hiroshi-tanaka (reporting-verb)",
                "Tanaka = person/hiroshi-tanaka (short-form)", "Hiroshi = person/hiroshi-tanaka (short-form)"),
                mentions(r));
    }

    /** A middle name alone is the one person named before with it; not one named only after, nor one of two. */
    @Test
    void aMiddleNameIsTheOnePersonNamedBeforeWithIt() {
        ArticleText t = Texts.text("Dubes Hiroshi Kenta Tanaka tiba. Dubes Kenta lalu berpidato.");
        assertEquals(List.of("Hiroshi Kenta Tanaka = person/hiroshi-kenta-tanaka (reporting-verb)",
                        "Kenta = person/hiroshi-kenta-tanaka (short-form-middle)"),
                mentions(resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Hiroshi Kenta Tanaka",
                        NameCue.REPORTING), EntityStages.ref(t, "Kenta", 20, NameCue.BARE))));
        ArticleText after = Texts.text("Kenta lalu berpidato. Dubes Hiroshi Kenta Tanaka tiba.");
        assertEquals(List.of("Hiroshi Kenta Tanaka = person/hiroshi-kenta-tanaka (reporting-verb)"),
                mentions(resolve(after, EntityStages.gazetteer(), EntityStages.ref(after, "Kenta", NameCue.BARE),
                        EntityStages.ref(after, "Hiroshi Kenta Tanaka", NameCue.REPORTING))));
        ArticleText two = Texts.text("Hiroshi Kenta Tanaka bertemu Yuki Kenta Sato. Kenta lalu berpidato.");
        assertEquals(2, mentions(resolve(two, EntityStages.gazetteer(),
                EntityStages.ref(two, "Hiroshi Kenta Tanaka", NameCue.REPORTING),
                EntityStages.ref(two, "Yuki Kenta Sato", NameCue.MEETING),
                EntityStages.ref(two, "Kenta", 40, NameCue.BARE))).size());
    }

    /** A later name with the same first name and a last name one letter off is a misspelling: the same person. */
    @Test
    void aLastNameOneLetterOffIsTheSamePersonMisspelled() {
        ArticleText t = Texts.text("Hiroshi Kenta Yamamoto tiba. Hiroshi Yamamato lalu berpidato.");
        assertEquals(List.of("Hiroshi Kenta Yamamoto = person/hiroshi-kenta-yamamoto (reporting-verb)",
                        "Hiroshi Yamamato = person/hiroshi-kenta-yamamoto (reporting-verb)"),
                mentions(resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Hiroshi Kenta Yamamoto",
                        NameCue.REPORTING), EntityStages.ref(t, "Hiroshi Yamamato", 20, NameCue.REPORTING))));
        ArticleText other = Texts.text("Hiroshi Kenta Yamamoto tiba. Hiroshi Yamada lalu berpidato.");
        assertEquals("Hiroshi Yamada = person/hiroshi-yamada (reporting-verb)", mentions(resolve(other,
                EntityStages.gazetteer(), EntityStages.ref(other, "Hiroshi Kenta Yamamoto", NameCue.REPORTING),
                EntityStages.ref(other, "Hiroshi Yamada", 20, NameCue.REPORTING))).get(1));
    }

    /** "Al Tanaka", one name word after a particle: that word alone is he. */
    @Test
    void theOneNameWordBesideAParticleIsThatPerson() {
        ArticleText t = Texts.text("Gubernur Al Tanaka tiba. Tanaka lalu berpidato.");
        assertEquals(List.of("Al Tanaka = person/al-tanaka (reporting-verb)", "Tanaka = person/al-tanaka (short-form)"),
                mentions(resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Al Tanaka", NameCue.REPORTING),
                        EntityStages.ref(t, "Tanaka", 15, NameCue.BARE))));
    }

    /** A word after a particle names the father ("bin Kenta"): alone, it is not the son. */
    @Test
    void aWordAfterAParticleIsNoMiddleName() {
        ArticleText t = Texts.text("Hiroshi bin Kenta Tanaka tiba. Kenta lalu berpidato.");
        assertEquals(List.of("Hiroshi bin Kenta Tanaka = person/hiroshi-bin-kenta-tanaka (reporting-verb)"),
                mentions(resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Hiroshi bin Kenta Tanaka",
                        NameCue.REPORTING), EntityStages.ref(t, "Kenta", 20, NameCue.BARE))));
    }

    /** After an honorific, the first part of one person's first name is that person; not without the honorific. */
    @Test
    void theFirstPartOfAFirstNameAfterAnHonorificIsThatPerson() {
        ArticleText t = Texts.text("Megasari Lestari tiba. Bu Mega lalu berpidato. Mega tersenyum.");
        assertEquals(List.of("Megasari Lestari = person/megasari-lestari (reporting-verb)",
                        "Mega = person/megasari-lestari (short-form-prefix)"),
                mentions(resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Megasari Lestari",
                        NameCue.REPORTING), EntityStages.ref(t, "Mega", 20, NameCue.HONORIFIC),
                        EntityStages.ref(t, "Mega", 40, NameCue.BARE))));
    }

    @Test
    void ofSeveralPersonsWithTheNameTheOneTheTitleFitsIsMeant() {
        ArticleText t = Texts.text("Menteri Luar Negeri Hiroshi Tanaka bertemu Presiden Kenji Tanaka. "
                + "Menteri Luar Negeri Tanaka lalu berpidato.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(),
                titled(t, "Menteri Luar Negeri Hiroshi Tanaka", "Hiroshi Tanaka", FOREIGN_MINISTER, Optional.empty()),
                titled(t, "Presiden Kenji Tanaka", "Kenji Tanaka", PRESIDENT, Optional.empty()),
                titled(t, "Menteri Luar Negeri Tanaka", "Tanaka", FOREIGN_MINISTER, Optional.empty()));
        assertEquals("Tanaka = person/hiroshi-tanaka (short-form-role)", mentions(r).get(2));
    }

    @Test
    void ofSeveralPersonsWithTheNameTheOneSeenLastIsMeant() {
        ArticleText t = Texts.text("Hiroshi Tanaka tiba. Kenji Tanaka menyambutnya. Tanaka lalu berpidato.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(),
                EntityStages.ref(t, "Hiroshi Tanaka", NameCue.BYLINE),
                EntityStages.ref(t, "Kenji Tanaka", NameCue.BYLINE),
                EntityStages.ref(t, "Tanaka", 40, NameCue.BARE));
        assertEquals("Tanaka = person/kenji-tanaka (short-form-recency)", mentions(r).get(2));
    }

    @Test
    void ofSeveralPersonsLastSeenInTheSameSentenceNoneIsGuessed() {
        ArticleText t = Texts.text("Hiroshi Tanaka bertemu Kenji Tanaka. Tanaka lalu berpidato.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(),
                EntityStages.ref(t, "Hiroshi Tanaka", NameCue.REPORTING),
                EntityStages.ref(t, "Kenji Tanaka", NameCue.MEETING),
                EntityStages.ref(t, "Tanaka", 30, NameCue.BARE));
        assertEquals(2, r.mentions().size());
        assertEquals(1, r.unresolved().size());
        assertEquals("Tanaka", r.unresolved().get(0).text());
        assertEquals(List.of("person/hiroshi-tanaka", "person/kenji-tanaka"),
                r.unresolved().get(0).candidates().stream().map(EntityRef::key).toList());
        assertEquals("several persons of this article fit, none by role or recency", r.unresolved().get(0).reason());
    }

    @Test
    void aWordThatIsExactlyOneGazetteerPersonsAliasIsThatPerson() {
        GazetteerEntry sato = person("Kenji Sato", JAPAN, List.of(), "Kenji Sato", "Sato");
        ArticleText t = Texts.text("Pada hari itu Sato hadir.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(JAPAN, sato),
                EntityStages.ref(t, "Sato", NameCue.BARE));
        assertEquals(List.of("Sato = person/kenji-sato (gazetteer-alias)"), mentions(r));
    }

    @Test
    void aTitledNamePartIsTheOneGazetteerPersonHoldingTheRole() {
        ArticleText t = Texts.text("Menteri Luar Negeri Sato tiba kemarin.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(JAPAN, KENJI_SATO, HIRO_SATO),
                titled(t, "Menteri Luar Negeri Sato", "Sato", FOREIGN_MINISTER, Optional.empty()));
        assertEquals(List.of("Sato = person/kenji-sato (title-gazetteer)"), mentions(r));
    }

    @Test
    void aUnknownWordAfterATitleIsKeptAsWritten() {
        ArticleText t = Texts.text("Menteri Luar Negeri Sato tiba kemarin.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(),
                titled(t, "Menteri Luar Negeri Sato", "Sato", FOREIGN_MINISTER, Optional.empty()));
        assertEquals(List.of("Sato = person/sato (title-pattern)"), mentions(r));
    }

    /** Initials after a title ("Sekjen PKB") name a body, not a person called so. */
    @Test
    void anAcronymAfterATitleIsNoPerson() {
        ArticleText t = Texts.text("Menteri Luar Negeri PKB tiba kemarin.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(),
                titled(t, "Menteri Luar Negeri PKB", "PKB", FOREIGN_MINISTER, Optional.empty()));
        assertEquals(List.of(), mentions(r));
    }

    @Test
    void aLoneCapitalizedWordThatFitsNoPersonIsNoMention() {
        ArticleText t = Texts.text("Pada hari itu Sato hadir.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(), EntityStages.ref(t, "Sato", NameCue.BARE));
        assertEquals(List.of(), r.mentions());
        assertEquals(List.of(), r.unresolved());
    }

    @Test
    void aTitleWrittenWithTheNameIsARoleOfWhatItIsOf() {
        ArticleText t = Texts.text("Menteri Luar Negeri Jepang Hiroshi Tanaka tiba kemarin.");
        PersonResolver.Resolved r = resolve(t, EntityStages.gazetteer(JAPAN), titled(t,
                "Menteri Luar Negeri Jepang Hiroshi Tanaka", "Hiroshi Tanaka", FOREIGN_MINISTER,
                Optional.of(JAPAN.ref())));
        assertEquals(1, r.roles().size());
        var role = r.roles().get(0);
        assertEquals("person/hiroshi-tanaka", role.holder().key());
        assertEquals("Menteri Luar Negeri", role.position());
        assertEquals(Optional.of(JAPAN.ref()), role.of());
        assertEquals("Menteri Luar Negeri Jepang Hiroshi Tanaka", t.of(role.span()));
    }

    /** A full name written with a title whose one holder bears its last name is the holder's, a given name wrong. */
    @Test
    void aFullNameWithTheTitleOfTheHolderOfItsLastNameIsTheHolders() {
        ArticleText t = Texts.text("Menteri Luar Negeri Jepang Kenta Sato tiba kemarin.");
        Gazetteer g = EntityStages.gazetteer(JAPAN, RUSSIA, KENJI_SATO, HIRO_SATO);
        assertEquals(KENJI_SATO.ref(), resolve(t, g, titled(t, "Menteri Luar Negeri Jepang Kenta Sato", "Kenta Sato",
                FOREIGN_MINISTER, Optional.of(JAPAN.ref()))).mentions().get(0).entity());
        ArticleText r = Texts.text("Menteri Luar Negeri Rusia Kenta Sato tiba kemarin.");
        assertEquals(person("Kenta Sato"), resolve(r, g, titled(r, "Menteri Luar Negeri Rusia Kenta Sato",
                "Kenta Sato", FOREIGN_MINISTER, Optional.of(RUSSIA.ref()))).mentions().get(0).entity());
    }

    @Test
    void aTitleOfAStateMakesThePersonBelongToIt() {
        ArticleText t = Texts.text("Menteri Luar Negeri Jepang Hiroshi Tanaka tiba kemarin.");
        KnownPersons known = new KnownPersons(List.of());
        EntityStages.resolver(EntityStages.gazetteer(JAPAN)).resolve(t, List.of(titled(t,
                "Menteri Luar Negeri Jepang Hiroshi Tanaka", "Hiroshi Tanaka", FOREIGN_MINISTER,
                Optional.of(JAPAN.ref()))), known);
        assertEquals(Optional.of(JAPAN.ref()), known.stateOf(person("Hiroshi Tanaka")));
    }

    @Test
    void theStateAPersonWasFirstSaidToBelongToIsKept() {
        ArticleText t = Texts.text("Menteri Luar Negeri Jepang Hiroshi Tanaka tiba kemarin.");
        EntityRef hiroshi = person("Hiroshi Tanaka");
        KnownPersons known = new KnownPersons(List.of(new Affiliation(hiroshi, RUSSIA.ref(), "test")));
        EntityStages.resolver(EntityStages.gazetteer(JAPAN, RUSSIA)).resolve(t, List.of(titled(t,
                "Menteri Luar Negeri Jepang Hiroshi Tanaka", "Hiroshi Tanaka", FOREIGN_MINISTER,
                Optional.of(JAPAN.ref()))), known);
        assertEquals(Optional.of(RUSSIA.ref()), known.stateOf(hiroshi));
    }

    @Test
    void aGazetteerPersonBelongsToItsCountry() {
        ArticleText t = Texts.text("Pada hari itu Kenji Sato hadir.");
        KnownPersons known = new KnownPersons(List.of());
        EntityStages.resolver(EntityStages.gazetteer(JAPAN, KENJI_SATO)).resolve(t, List.of(EntityStages.ref(t,
                "Kenji Sato", 0, NameCue.GAZETTEER, Optional.of(KENJI_SATO), Optional.empty(), Optional.empty(),
                null)), known);
        assertEquals(Optional.of(JAPAN.ref()), known.stateOf(KENJI_SATO.ref()));
    }
}
