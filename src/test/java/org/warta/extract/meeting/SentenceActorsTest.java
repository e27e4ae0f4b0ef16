package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.extract.Entities;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;

/** The actors of a sentence that can take part in a meeting. Entities are built here. */
class SentenceActorsTest {
    /** The actors as "written [from, to)". */
    private static List<String> actors(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t).mention("Budi", person("Budi"));
        for (String w : List.of("Jepang", "Osaka", "ASEAN", "Ani")) {
            if (t.text().contains(w)) {
                e.mention(w, switch (w) {
                    case "Jepang" -> JAPAN.ref();
                    case "Osaka" -> OSAKA.ref();
                    case "ASEAN" -> ASEAN.ref();
                    default -> person(w);
                });
            }
        }
        SentenceContext sc = SentenceContext.of(t, e.build(), 0);
        return MeetingStages.SENTENCE_ACTORS.of(sc).stream()
                .map(a -> a.mention().text() + " [" + a.from() + ", " + a.to() + ")").toList();
    }

    /** A body is no more of a place after its comma, and people "dari" a body are of it: the body acts. */
    @Test
    void aBodyAfterAPlacesCommaOrAfterDariActs() {
        assertEquals(List.of("Budi [0, 1)", "ASEAN [9, 10)"),
                actors("Budi bertemu dengan sebuah lembaga besar di Osaka, ASEAN."));
        assertEquals(List.of("Budi [0, 1)", "ASEAN [4, 5)"), actors("Budi bertemu tokoh dari ASEAN."));
        assertEquals(List.of("Budi [0, 1)"), actors("Budi datang dari Jepang."));
    }

    @Test
    void personsStatesAndOrganizationsActButPlacesDoNot() {
        assertEquals(List.of("Budi [0, 1)", "Jepang [2, 3)", "ASEAN [4, 5)"),
                actors("Budi dan Jepang menemui ASEAN di Osaka."));
    }

    /** Companions after "didampingi" are no side; the stretch ends where the sentence goes on. */
    @Test
    void companionsAreNoSide() {
        assertEquals(List.of("Budi [0, 1)", "Jepang [5, 6)"),
                actors("Budi didampingi istrinya Ani menemui Jepang."));
        assertEquals(List.of("Budi [0, 1)", "Ani [7, 8)"),
                actors("Budi didampingi oleh para menteri lalu menemui Ani."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budi tiba di Jepang kemarin.", "Budi terbang ke Osaka dan Jepang.",
        "Budi terbang ke Osaka, Jepang."})
    void aStateWhereSomeoneGoesIsAPlaceNotAnActor(String text) {
        assertEquals(List.of("Budi [0, 1)"), actors(text));
    }

    /** What is talked of ("isu Jepang dan ASEAN"), and a state's people ("wisatawan Jepang"), are no side. */
    @Test
    void aTopicAndTheListItOpensOrAStatesPeopleAreNoSide() {
        assertEquals(List.of("Budi [0, 1)"), actors("Budi membahas isu Jepang dan ASEAN."));
        assertEquals(List.of("Budi [0, 1)", "Ani [5, 6)"), actors("Budi membahas isu Jepang dengan Ani."));
        assertEquals(List.of("Budi [0, 1)"), actors("Budi menyapa wisatawan Jepang."));
        assertEquals(List.of("Budi [0, 1)", "Jepang [2, 3)", "ASEAN [4, 5)"),
                actors("Budi membahas Jepang dan ASEAN."));
    }

    @Test
    void aPersonAfterALocativeStillActs() {
        assertEquals(List.of("Budi [0, 1)", "Ani [4, 5)"), actors("Budi mengirim surat ke Ani."));
    }

    private static boolean eventName(String text) {
        ArticleText t = Texts.text(text);
        SentenceContext sc = SentenceContext.of(t, Entities.of(t).mention("ASEAN", ASEAN.ref()).build(), 0);
        Actor asean = MeetingStages.actors(sc).get(0);
        return MeetingStages.SENTENCE_ACTORS.isEventName(sc.tokens(), asean);
    }

    @Test
    void anOrganizationNamedRightAfterAnEventWordNamesTheEvent() {
        assertTrue(eventName("Budi hadir di KTT ASEAN."));
        assertTrue(eventName("Budi hadir di sela KTT ASEAN."));
        assertFalse(eventName("Budi menemui ASEAN kemarin."));
        assertFalse(eventName("Forum itu dihadiri oleh wakil ASEAN."));
        // past the event's own capitalized words, but not past a word in lower case: there it is a side
        assertTrue(eventName("Budi hadir di Pertemuan Tahunan ASEAN."));
        assertFalse(eventName("Budi mengadakan pertemuan dengan ASEAN."));
    }
}
