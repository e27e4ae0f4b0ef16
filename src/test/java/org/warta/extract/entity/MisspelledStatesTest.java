package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.state;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityMention;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Tokens;

/** A lone capitalized word within one edit of exactly one state's name is that state. */
class MisspelledStatesTest {
    private static final GazetteerEntry KAZAKHSTAN = state("Q232", "Kazakhstan", "Kazakhstan");
    private static final MisspelledStates STAGE = new MisspelledStates(EntityStages.gazetteer(JAPAN, KAZAKHSTAN));

    /** The loose name at the first occurrence of {@code word}. */
    private static Recognition.LooseName loose(ArticleText t, String word) {
        int at = t.text().indexOf(word);
        int s = t.sentenceAt(at);
        int i = Tokens.indexAt(t.tokens(s), at);
        return new Recognition.LooseName(s, i, i + 1);
    }

    private static List<EntityMention> resolve(ArticleText t, String word, List<EntityMention> mentions) {
        return STAGE.resolve(t, List.of(loose(t, word)), mentions);
    }

    @Test
    void aWordOneEditFromAStateIsThatState() {
        ArticleText t = Texts.text("Delegasi itu tiba dari Kazakstan kemarin.");
        assertEquals(List.of(new EntityMention(new Span(23, 32), "Kazakstan", KAZAKHSTAN.ref(), "edit-distance", 0)),
                resolve(t, "Kazakstan", List.of()));
    }

    @Test
    void aWordShorterThanFiveLettersIsLeftAlone() {
        GazetteerEntry oman = state("Q842", "Oman", "Omaan");
        ArticleText t = Texts.text("Delegasi itu tiba dari Oman kemarin.");
        assertEquals(List.of(), new MisspelledStates(EntityStages.gazetteer(oman)).resolve(t,
                List.of(loose(t, "Oman")), List.of()));
    }

    @Test
    void aWordOpeningAParagraphIsLeftAlone() {
        ArticleText t = Texts.text("Kazakstan menolak usulan itu.");
        assertEquals(List.of(), resolve(t, "Kazakstan", List.of()));
    }

    @Test
    void aWordAlreadyMentionedIsLeftAlone() {
        ArticleText t = Texts.text("Delegasi itu tiba dari Kazakstan kemarin.");
        EntityMention other = new EntityMention(new Span(23, 32), "Kazakstan", JAPAN.ref(), "test", 0);
        assertEquals(List.of(other), resolve(t, "Kazakstan", List.of(other)));
    }

    @Test
    void aWordNearTwoStatesIsLeftAlone() {
        GazetteerEntry a = state("Q1", "Austria", "Austria");
        GazetteerEntry b = state("Q2", "Australia", "Austrilia");
        ArticleText t = Texts.text("Delegasi itu tiba dari Austrlia kemarin.");
        assertEquals(List.of(), new MisspelledStates(EntityStages.gazetteer(a, b)).resolve(t,
                List.of(loose(t, "Austrlia")), List.of()));
    }
}
