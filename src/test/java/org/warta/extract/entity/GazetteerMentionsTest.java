package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.TOKYO;
import static org.warta.extract.World.place;
import static org.warta.extract.World.state;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.World;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;

/** Gazetteer matches of states, organizations and places as mentions. Read through {@link NameScanner}. */
class GazetteerMentionsTest {
    /** A city whose name is also a common word: a place only after a locative. */
    private static final GazetteerEntry BATU = place("Q4096", "Batu", INDONESIA, Set.of("ambiguous"), "Batu");

    private static List<String> mentions(String text, GazetteerEntry... entries) {
        return EntityStages.scan(Texts.text(text), entries).mentions().stream()
                .map(m -> m.text() + " = " + m.entity().name() + " " + m.rule()).toList();
    }

    private static List<String> affiliations(String text, GazetteerEntry... entries) {
        return EntityStages.scan(Texts.text(text), entries).affiliations().stream()
                .map(a -> a.entity().name() + " -> " + a.state().name()).toList();
    }

    @Test
    void aSeatOfGovernmentActingStandsForItsState() {
        assertEquals(List.of("Tokyo = Japan metonym"), mentions("Pada hari itu Tokyo menolak usulan.", JAPAN, TOKYO));
        assertEquals(List.of("Tokyo -> Japan"), affiliations("Pada hari itu Tokyo menolak usulan.", JAPAN, TOKYO));
    }

    @ParameterizedTest
    @CsvSource({"Delegasi itu tiba di Tokyo kemarin.", "Delegasi itu mengunjungi Tokyo kemarin."})
    void aSeatOfGovernmentAfterALocativeIsThePlace(String text) {
        assertEquals(List.of("Tokyo = Tokyo gazetteer"), mentions(text, JAPAN, TOKYO));
        assertEquals(List.of("Tokyo -> Japan"), affiliations(text, JAPAN, TOKYO));
    }

    /** The page layout leaves a dateline out of the sentences ("dateline" removed text): it names no actor. */
    @Test
    void aDatelineTheLayoutLeavesOutIsNoMention() {
        assertEquals(List.of(), mentions("TOKYO - Harga beras naik lagi.", JAPAN, TOKYO));
    }

    /** A seat in capitals opening a paragraph the layout reads as no dateline (no dash) is still the place. */
    @Test
    void aSeatOfGovernmentInCapitalsOpeningAParagraphIsThePlace() {
        assertEquals(List.of("TOKYO = Tokyo gazetteer"), mentions("TOKYO: Harga beras naik lagi.", JAPAN, TOKYO));
    }

    @Test
    void anAmbiguousNameCountsOnlyAfterALocative() {
        assertEquals(List.of(), mentions("Harga Batu bara naik.", BATU));
        assertEquals(List.of("Batu = Batu gazetteer"), mentions("Mereka tiba di Batu kemarin.", BATU));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Para menteri Asean bertemu.  | Asean = ASEAN gazetteer",
        "Para menteri ASEAN bertemu.  | ASEAN = ASEAN gazetteer",
        "Sekjen Pbb hadir.            | ''",
        "Sekjen PBB hadir.            | PBB = United Nations gazetteer"})
    void anAcronymOfFourLettersOrMoreMayBeWrittenAsAWord(String text, String mention) {
        assertEquals(mention.isEmpty() ? List.of() : List.of(mention), mentions(text, World.ASEAN, World.UN));
    }

    /** Only an acronym that is the entity's own label: one a word or a name also spells stays in capitals. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Menurut peneliti RAND, harga naik.  | RAND = RAND Corporation gazetteer",
        "Menurut peneliti Rand, harga naik.  | ''"})
    void anAcronymThatIsNotTheLabelIsMatchedOnlyInCapitals(String text, String mention) {
        GazetteerEntry rand = World.organization("Q1", "RAND Corporation", "RAND");
        assertEquals(mention.isEmpty() ? List.of() : List.of(mention), mentions(text, rand));
    }

    @Test
    void aNameOfAStateAndAPlaceIsTheState() {
        GazetteerEntry state = state("Q334", "Singapore", "Singapura");
        GazetteerEntry city = place("Q1711", "Singapore City", state, Set.of(), "Singapura");
        assertEquals(List.of("Singapura = Singapore gazetteer"), mentions("Hari itu Singapura setuju.", state, city));
    }
}
