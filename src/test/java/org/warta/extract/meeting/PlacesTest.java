package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.ANTARA;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAKARTA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Clauses;
import org.warta.extract.Entities;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** Where a meeting is, the states a visit goes to, the host state, and the source cited. */
class PlacesTest {
    private static final List<GazetteerEntry> WORLD = List.of(JAPAN, RUSSIA, INDONESIA, OSAKA, JAKARTA, ANTARA);

    /** The one sentence with every entity of the small world mentioned where written, and places affiliated. */
    private static SentenceContext sentence(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t).affiliation(OSAKA.ref(), JAPAN.ref()).affiliation(JAKARTA.ref(), INDONESIA.ref());
        for (GazetteerEntry g : WORLD) {
            if (t.text().contains(g.names().get(0))) {
                e.mention(g.names().get(0), g.ref());
            }
        }
        for (String p : List.of("Budi", "Ani")) {
            if (t.text().contains(p)) {
                e.mention(p, person(p));
            }
        }
        return SentenceContext.of(t, e.build(), 0);
    }

    private static Clauses.Clause clauseAt(SentenceContext s, String word) {
        return Clauses.of(MeetingStages.CLAUSES.split(s.tokens(), true), Texts.indexOf(s.tokens(), word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi bertemu dengan Ani di Osaka.          | Osaka",
        "Budi bertemu dengan Ani di Jepang.         | Japan",
        "Budi bertemu dengan Ani, warga Osaka.      | -",
        "Budi bertemu dengan Ani ketika di Osaka.   | -",
        // what was talked of there, the topic word right before "di" or one lower-case word before it
        "Budi bertemu dengan Ani membahas krisis di Osaka.          | -",
        "Budi bertemu dengan Ani membahas krisis pangan di Osaka.   | -",
        "Budi bertemu dengan Ani membahas rencana pangan di Osaka.  | Osaka"})
    void thePlaceAfterDiInTheClause(String text, String place) {
        SentenceContext s = sentence(text);
        assertEquals(place, MeetingStages.PLACES.after(s, clauseAt(s, "bertemu"), 0).map(EntityRef::name)
                .orElse("-"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi ke Osaka untuk bertemu Ani dan kemudian ke Jakarta untuk berunding dengan Ani.  | bertemu   | Osaka",
        "Budi ke Osaka untuk bertemu Ani dan kemudian ke Jakarta untuk berunding dengan Ani.  | berunding | Jakarta",
        "Di Jakarta, Budi bertemu Ani.                                                        | bertemu   | Jakarta",
        "Budi bertemu Ani lalu terbang ke Jakarta.                                            | bertemu   | -"})
    void thePlaceOfATriggerIsAfterItUpToWhatCameNextElseTheLastBefore(String text, String trigger, String place) {
        SentenceContext s = sentence(text);
        TriggerSite site = MeetingStages.site(s.text(), s.entities(), 0, trigger, MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(place, MeetingStages.PLACES.near(site).map(EntityRef::name).orElse("-"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi mengunjungi Jepang dan Rusia.              | Japan Russia",
        "Budi mengunjungi Osaka kemarin.                 | Japan",
        "Budi mengunjungi Jepang lalu pulang ke Rusia.   | Japan",
        "Budi mengunjungi kawan lama ayahnya di Jepang.  | ''"})
    void theStatesAVisitGoesTo(String text, String states) {
        SentenceContext s = sentence(text);
        int from = Texts.indexOf(s.tokens(), "mengunjungi") + 1;
        assertEquals(states, String.join(" ", MeetingStages.PLACES.visitedStates(s, clauseAt(s, "mengunjungi"), from)
                .stream().map(EntityRef::name).toList()));
    }

    @Test
    void statesMeetingOnAThirdStatesGroundAreJoinedByIt() {
        SentenceContext s = sentence("Jepang dan Rusia bertemu di Jakarta.");
        assertEquals(List.of(JAPAN.ref(), RUSSIA.ref(), INDONESIA.ref()), MeetingStages.PLACES.withHostState(s,
                List.of(JAPAN.ref(), RUSSIA.ref()), Optional.of(JAKARTA.ref())));
    }

    @Test
    void personsMeetingAbroadAreNotJoinedByTheHostState() {
        SentenceContext s = sentence("Budi dan Ani bertemu di Jakarta.");
        assertEquals(List.of(person("Budi"), person("Ani")), MeetingStages.PLACES.withHostState(s,
                List.of(person("Budi"), person("Ani")), Optional.of(JAKARTA.ref())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Antara melaporkan bahwa Budi bertemu dengan Ani.  | Antara",
        "Budi bertemu dengan Ani, menurut Antara.          | Antara",
        "Budi bertemu dengan Ani dan Antara kemarin.       | -"})
    void theSourceASentenceNamesForTheMeetingOutsideItsClause(String text, String source) {
        SentenceContext s = sentence(text);
        assertEquals(source, MeetingStages.PLACES.cited(s, clauseAt(s, "bertemu")).map(EntityRef::name).orElse("-"));
    }
}
