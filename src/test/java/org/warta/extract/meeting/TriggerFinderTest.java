package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.extract.Entities;
import org.warta.extract.PhraseTable;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/** The meeting triggers of a sentence; none in a photo caption or the headline. */
class TriggerFinderTest {
    /** The triggers of sentence {@code s}, as written. */
    private static List<String> triggers(String text, int s) {
        ArticleText t = Texts.text(text);
        SentenceContext sc = SentenceContext.of(t, Entities.of(t).build(), s);
        return MeetingStages.FINDER.find(sc).stream().map(h -> sc.textOf(h.from(), h.to())).toList();
    }

    @Test
    void theLongestTriggerPhraseWins() {
        assertEquals(List.of("bertemu dengan"), triggers("Budi bertemu dengan Ani kemarin.", 0));
    }

    /**
     * A trigger of nine letters or more written with one letter left out is found; a letter changed, or a short
     * trigger short of a letter, is another word.
     */
    @Test
    void aLongTriggerWithALetterLeftOutIsFound() {
        assertEquals(List.of("mengujungi"), triggers("Budi mengujungi Osaka kemarin.", 0));
        assertEquals(List.of("kujungan"), triggers("Usai kujungan Budi ke Osaka, Ani tiba.", 0).subList(0, 1));
        assertEquals(List.of(), triggers("Budi bertanding di Osaka kemarin.", 0));
        assertEquals(List.of(), triggers("Budi bertmu Ani kemarin.", 0));
    }

    /** "tiba-tiba" is "suddenly": a trigger word said twice with a hyphen is no trigger. */
    @Test
    void aReduplicatedWordIsNoTrigger() {
        assertEquals(List.of(), triggers("Budi secara tiba-tiba membatalkan rencananya.", 0));
        assertEquals(List.of("tiba"), triggers("Budi tiba di Osaka kemarin.", 0));
    }

    /** A meeting noun with a capital inside the sentence, before a capitalized word of no one, names an event. */
    @Test
    void theNameOfAnEventIsNoTrigger() {
        assertEquals(List.of("melakukan pertemuan"), triggers("Di sela-sela Pertemuan Tingkat Tinggi Samudra, "
                + "Budi melakukan pertemuan dengan Ani.", 0));
        assertEquals(List.of("Pertemuan", "melakukan pertemuan"), triggers("Pertemuan Tingkat Tinggi Samudra "
                + "berlangsung; Budi melakukan pertemuan dengan Ani.", 0));
    }

    @Test
    void everyTriggerOfTheSentenceIsFoundInOrder() {
        assertEquals(List.of("menjamu", "pertemuan puncak"),
                triggers("Budi menjamu Ani dalam pertemuan puncak itu.", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Budi (kiri) bertemu dengan Ani di Jakarta.",
        "Budi bertemu dengan Ani di Jakarta. Foto: Antara"})
    void aPhotoCaptionHasNoTrigger(String text) {
        assertEquals(List.of(), triggers(text, 0));
    }

    /** The paragraph between is the one the photo credit closes: the layout makes it the caption. */
    @Test
    void aCaptionMarkerInAnotherParagraphDoesNotMatter() {
        assertEquals(List.of("bertemu dengan"), triggers(
                "Budi bertemu dengan Ani di Jakarta.\nWarga menyambut rombongan di bandara.\nFoto: Antara", 0));
    }

    /** The page layout reads the line right above a photo credit as its caption: no body, no trigger. */
    @Test
    void theLineAboveAPhotoCreditIsACaptionWithoutTrigger() {
        assertEquals(List.of(), triggers("Budi bertemu dengan Ani di Jakarta.\nFoto: Antara", 0));
    }

    @Test
    void theHeadlineHasNoTrigger() {
        assertEquals(List.of(), triggers("Budi Bertemu Ani di Jakarta\nBudi bertemu Ani kemarin.", 0));
        assertEquals(List.of("bertemu"), triggers("Budi Bertemu Ani di Jakarta\nBudi bertemu Ani kemarin.", 1));
    }

    @Test
    void aFirstParagraphEndingLikeASentenceIsNoHeadline() {
        assertEquals(List.of("Bertemu"), triggers("Budi Bertemu Ani di Jakarta.", 0));
    }

    @Test
    void aTriggerNounFollowedByADemonstrativePointsBack() {
        List<Token> tokens = Texts.tokens("Kunjungan itu berlangsung lancar.");
        assertTrue(MeetingStages.FINDER.pointsBack(tokens, new PhraseTable.Hit<>(0, 1, "kunjungan")));
        List<Token> other = Texts.tokens("Kunjungan Budi berlangsung lancar.");
        assertFalse(MeetingStages.FINDER.pointsBack(other, new PhraseTable.Hit<>(0, 1, "kunjungan")));
    }
}
