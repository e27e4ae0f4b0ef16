package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.Entities;
import org.warta.extract.LexiconLines;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;

/**
 * Every marker of {@code captions.txt} makes its paragraph a photo caption, where {@link TriggerFinder} finds no
 * meeting; without the marker the same paragraph reports one.
 */
class CaptionLinesTest {
    private static final String REPORT = "Budi bertemu dengan Ani di Jakarta.";

    /** Markers written inside the report rather than in a credit after it. */
    private static final Map<String, String[]> OWN_TEXTS = Map.of(
            "(kiri)", new String[] {"Budi (kiri) bertemu dengan Ani di Jakarta.", REPORT},
            "(kanan)", new String[] {"Budi (kanan) bertemu dengan Ani di Jakarta.", REPORT},
            "(tengah)", new String[] {"Budi (tengah) bertemu dengan Ani di Jakarta.", REPORT},
            "(Foto", new String[] {REPORT + " (Foto Antara)", REPORT + " (Antara)"},
            "FOTO/", new String[] {REPORT + " FOTO/Antara", REPORT + " Antara"},
            "Foto/", new String[] {REPORT + " Foto/Antara", REPORT + " Antara"});

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(MeetingLexicon.class, "captions.txt");
    }

    /** The triggers of the first sentence. */
    private static List<String> triggers(String text) {
        ArticleText t = Texts.text(text);
        SentenceContext s = SentenceContext.of(t, Entities.of(t).build(), 0);
        return MeetingStages.FINDER.find(s).stream().map(h -> s.textOf(h.from(), h.to())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyMarkerMakesTheParagraphACaption(LexiconLines.Line line) {
        String[] texts = OWN_TEXTS.getOrDefault(line.word(),
                new String[] {REPORT + " " + line.word() + " Antara", REPORT + " Antara"});
        assertEquals(List.of(), triggers(texts[0]), texts[0]);
        assertEquals(List.of("bertemu dengan"), triggers(texts[1]), texts[1]);
    }
}
