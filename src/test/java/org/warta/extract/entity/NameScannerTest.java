package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.text.ArticleText;

/** Recognition's first step: at each token the first rule that applies, and the cues that make a name a person. */
class NameScannerTest {
    private static final GazetteerEntry BUDI = person("Budi Santoso", INDONESIA, List.of(), "Budi Santoso");

    private static Recognition scan(String text) {
        return EntityStages.scan(Texts.text(text), JAPAN, INDONESIA, BUDI);
    }

    @Test
    void aGazetteerPersonIsAPersonReferenceWithItsEntry() {
        Recognition r = scan("Pada hari itu Budi Santoso hadir.");
        assertEquals(List.of("Budi Santoso/GAZETTEER"), EntityStages.persons(r));
        assertEquals(Optional.of(BUDI), r.persons().get(0).gazetteerEntry());
    }

    /** A kin word, a parent the gazetteer knows, then the kin's own names: persons by the kin word. */
    @Test
    void theNamesAfterAKnownParentAreTheKins() {
        assertEquals(List.of("Budi Santoso/GAZETTEER", "Dewi Lestari/KIN", "Ani Wulandari/KIN"),
                EntityStages.persons(scan("Hari itu hadir pula anak Budi Santoso Dewi Lestari dan Ani Wulandari.")));
        assertEquals(List.of("Budi Santoso/GAZETTEER"),
                EntityStages.persons(scan("Hari itu hadir pula Budi Santoso Dewi Lestari dan Ani Wulandari.")).stream()
                        .filter(p -> !p.endsWith("/BARE")).toList());
    }

    /** A name with an age set off by commas after it is a person's; a number starting a date is no age. */
    @Test
    void aNameWithAnAgeAfterItIsAPerson() {
        assertEquals(List.of("Dewi Lestari/REPORTING"),
                EntityStages.persons(scan("Ia menunggu lama, ujar seorang pedagang pasar, Dewi Lestari, 42.")));
        assertEquals(List.of(), EntityStages.persons(scan("Ia menunggu di Sukamaju Indah, 12 Mei lalu.")).stream()
                .filter(p -> p.endsWith("/REPORTING")).toList());
    }

    /**
     * A full name with its office written right after it, no comma between, and the state it is of: a person, the
     * title no part of the name. After a locative or a capitalized word the run is a place or a longer phrase.
     */
    @Test
    void aFullNameWithItsOfficeRightAfterItIsAPerson() {
        assertEquals(List.of("Dewi Lestari/APPOSITION", "Hiroshi Tanaka/APPOSITION"), EntityStages.persons(scan(
                "Dua tamu lain adalah Dewi Lestari Menlu Indonesia dan Hiroshi Tanaka Wakil Menlu Jepang.")));
        assertEquals(List.of("Hiroshi Tanaka/MEETING"),
                EntityStages.persons(scan("Ia lalu menemui Hiroshi Tanaka Wakil Menlu Jepang.")));
        assertEquals(List.of(), EntityStages.persons(scan("Ia menginap di Wisma Sakura Menlu Jepang.")));
        assertEquals(List.of(), EntityStages.persons(scan("Ia menerima Delegasi Kunjungan Kerja Menlu Jepang.")));
    }

    /** The end of an abbreviation before a reporting verb is no one-word name. */
    @Test
    void theEndOfAnAbbreviationBeforeAReportingVerbIsNoName() {
        assertEquals(List.of(), EntityStages.persons(scan("Pada hari itu Dewi Lestari Ph.D mengatakan harga naik."))
                .stream().filter(p -> p.endsWith("/REPORTING")).toList());
    }

    /** The full names listed after a cued name are persons by the same cue; a title or one word ends the list. */
    @Test
    void theFullNamesListedAfterACuedNameArePersons() {
        assertEquals(List.of("Dewi Lestari/MEETING", "Hiroshi Tanaka/MEETING", "Ani Wulandari/MEETING"),
                EntityStages.persons(scan("Ia bertemu Dewi Lestari, Hiroshi Tanaka, dan Ani Wulandari kemarin.")));
        assertEquals(List.of("Dewi Lestari/MEETING", "Hiroshi/BARE"),
                EntityStages.persons(scan("Ia bertemu Dewi Lestari dan Hiroshi kemarin.")));
        assertEquals(List.of("Dewi Lestari/MEETING"),
                EntityStages.persons(scan("Ia bertemu Dewi Lestari, Menteri Luar Negeri, kemarin.")).stream()
                        .filter(p -> p.endsWith("/MEETING")).toList());
    }

    /** A short form the gazetteer knows, going on in another spelling of the full name, is the full name. */
    @Test
    void aShortFormGoingOnInASpellingOfTheFullNameIsTheFullName() {
        GazetteerEntry budi = person("Budi Santoso", INDONESIA, List.of(), "Budi Santoso", "Budi");
        Recognition spelled = EntityStages.scan(Texts.text("Pada hari itu Budi Santosa hadir."), INDONESIA, budi);
        assertEquals(List.of("Budi Santosa/GAZETTEER"), EntityStages.persons(spelled));
        Recognition other = EntityStages.scan(Texts.text("Pada hari itu Budi Hartono hadir."), INDONESIA, budi);
        assertEquals("Budi/GAZETTEER", EntityStages.persons(other).get(0));
    }

    /** After "Partai" the first word of a run names the party; the person the cue names is the rest. */
    @Test
    void thePartysNameBeforeAPersonIsNoPartOfTheName() {
        assertEquals(List.of("Dewi Lestari/REPORTING"), EntityStages.persons(scan(
                "Pada hari itu kader Partai Sejahtera Dewi Lestari mengatakan harga beras naik.")));
        assertEquals(List.of("Sejahtera Lestari/REPORTING"), EntityStages.persons(scan(
                "Pada hari itu Sejahtera Lestari mengatakan harga beras naik.")));
    }

    @Test
    void aGazetteerStateIsAMention() {
        Recognition r = scan("Pada hari itu Jepang menolak usulan tersebut.");
        assertEquals(List.of("Jepang Japan gazetteer"),
                r.mentions().stream().map(m -> m.text() + " " + m.entity().name() + " " + m.rule()).toList());
    }

    /** The cue before a capitalized name, and the name it makes a person (only the name is the reference). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hari itu Bapak Hartono hadir.                | Hartono/HONORIFIC",
        "“Kami siap,” kata Hartono.                   | Hartono/REPORTING",
        "Menurut Hartono, harga beras naik.           | Hartono/REPORTING",
        "Pada hari itu Dewi Lestari mengatakan harga beras naik. | Dewi Lestari/REPORTING",
        // many Indonesians have one name: right before a full reporting verb it speaks; not an abbreviation's end
        "Pada hari itu Hartono mengatakan harga beras naik. | Hartono/REPORTING",
        "Pada hari itu ia bertemu Hartono.            | Hartono/MEETING",
        "Pada hari itu istri Dewi Lestari hadir.      | Dewi Lestari/KIN",
        "Pada hari itu warga menyambut putra Hartono. | Hartono/KIN",
        // a kin word may set its name off with a comma
        "Pada hari itu warga menyambut putranya, Dewi Lestari. | Dewi Lestari/KIN",
        // an initial inside a name is no honorific, though "H." before a name is (Haji)
        "Pada hari itu Dewi H. Lestari mengatakan harga beras naik. | Dewi H. Lestari/REPORTING",
        // with no other cue the initial still sits inside the name
        "Pada hari itu Dewi H. Lestari tiba di bandara. | Dewi H. Lestari/HONORIFIC",
        // a space typed after the apostrophe of one name
        "Pada hari itu Robert O’ Brien mengatakan harga beras naik. | Robert O’ Brien/REPORTING"})
    void aCueMakesTheNameAPerson(String text, String expected) {
        assertEquals(List.of(expected), EntityStages.persons(scan(text)));
    }

    /** Capitals in a Title-Case line say nothing about names: only the gazetteer's names are read there. */
    @Test
    void aTitleCaseLineGivesGazetteerNamesOnly() {
        assertEquals(List.of("Budi Santoso/GAZETTEER"), EntityStages.persons(scan(
                "Harga beras naik.\nWarga Menyambut Budi Santoso Dan Dewi Lestari Di Bandara Usai Kunjungan.")));
    }

    /** The persons of a page, leaving out the bare capitalized words that open its prose sentences. */
    private static List<String> persons(String... lines) {
        return EntityStages.persons(scan(String.join("\n", lines))).stream()
                .filter(p -> !p.equals("Harga/BARE") && !p.equals("Para/BARE")).toList();
    }

    /** A headline gives the gazetteer's names only: its capitalized verbs and nouns are no persons. */
    @Test
    void aHeadlineGivesGazetteerNamesOnly() {
        assertEquals(List.of("Budi Santoso/GAZETTEER"), persons(
                "Budi Santoso Bahas Harga Beras Bersama Dewi Lestari", "Harga beras di pasar induk naik lagi."));
    }

    /** A subheading gives no names: what it names is told in the body. */
    @Test
    void aSubheadingGivesNoNames() {
        assertEquals(List.of(), persons("Harga beras di pasar induk naik lagi.", "Budi Santoso Tinjau Pasar",
                "Para pedagang mengeluh."));
    }

    @Test
    void aBylineLineGivesEveryAuthorItNames() {
        assertEquals(List.of("Dewi Lestari/BYLINE", "Hartono Wibowo/BYLINE"),
                persons("Harga beras di pasar induk naik lagi.", "Rep: Dewi Lestari/ Red: Hartono Wibowo"));
    }

    @Test
    void aNewspaperInABylineLineIsNoAuthor() {
        // "Pos" names newspapers ("Pos Kota"): no one's name, so only the reporter after the comma is an author
        assertEquals(List.of("Dewi Lestari/BYLINE"),
                persons("Harga beras di pasar induk naik lagi.", "Laporan Wartawan Pos Kota, Dewi Lestari"));
    }

    @Test
    void aHonorificWithoutANameAfterItIsNothing() {
        assertEquals(List.of(), EntityStages.persons(scan("Hari itu Bapak pulang lebih awal.")));
    }

    @Test
    void aLoneCapitalizedWordIsKeptAsALooseNameForLaterPasses() {
        ArticleText text = Texts.text("Pada hari itu Hartono hadir.");
        Recognition r = EntityStages.scan(text, JAPAN);
        assertEquals(List.of("Hartono/BARE"), EntityStages.persons(r));
        assertEquals(List.of(new Recognition.LooseName(0, 3, 4)), r.looseNames());
    }

    @Test
    void aFullNameWithoutAnyCueIsNoPerson() {
        Recognition r = scan("Pada hari itu Dewi Lestari hadir.");
        assertFalse(EntityStages.persons(r).stream().anyMatch(p -> p.startsWith("Dewi Lestari/")),
                EntityStages.persons(r).toString());
    }

    @Test
    void aOneWordNameOfSeveralGazetteerPersonsIsLeftToResolution() {
        GazetteerEntry kenji = person("Kenji Sato", JAPAN, List.of(), "Kenji Sato", "Sato");
        GazetteerEntry hiro = person("Hiro Sato", JAPAN, List.of(), "Hiro Sato", "Sato");
        Recognition r = EntityStages.scan(Texts.text("Pada hari itu Sato hadir."), kenji, hiro);
        assertEquals(List.of("Sato/BARE"), EntityStages.persons(r));
        assertEquals(Optional.empty(), r.persons().get(0).gazetteerEntry());
    }
}
