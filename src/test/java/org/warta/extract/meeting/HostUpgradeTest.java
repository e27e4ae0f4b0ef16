package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.text.ArticleText;

/** A visit to a state becomes a meeting with the person of that state the visitor acts with. */
class HostUpgradeTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef HIROSHI = person("Hiroshi");
    private static final EntityRef KENJI = person("Kenji");
    private static final HostUpgrade STAGE = new HostUpgrade(MeetingStages.LEXICON, MeetingStages.CLAUSES);

    private static MeetingCandidate visit(List<EntityRef> participants, boolean toState) {
        return new MeetingCandidate(participants, MeetingStatus.OCCURRED, false, Optional.empty(),
                Optional.of(JAPAN.ref()), new Span(0, 24), 0, "mengunjungi", Optional.empty(), toState);
    }

    /** The participants after the upgrade of Budi's visit to Japan told in the first sentence. */
    private static List<EntityRef> upgraded(String text, boolean toState) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t).mention("Jepang", JAPAN.ref())
                .affiliation(HIROSHI, JAPAN.ref()).affiliation(KENJI, JAPAN.ref());
        for (EntityRef p : List.of(BUDI, HIROSHI, KENJI)) {
            int from = 0;
            while (t.text().indexOf(p.name(), from) >= 0) {
                e.mention(p.name(), p);
                from = t.text().indexOf(p.name(), from) + 1;
            }
        }
        return STAGE.upgrade(List.of(visit(List.of(BUDI, JAPAN.ref()), toState)), t, e.build(), List.of()).get(0)
                .participants();
    }

    @Test
    void aPersonOfTheVisitedStateMeetingTheVisitorLaterIsTheHost() {
        assertEquals(List.of(BUDI, HIROSHI), upgraded(
                "Budi mengunjungi Jepang. Dalam kunjungan itu, Budi berbicara panjang dengan Hiroshi.", true));
    }

    /** The visited state's envoy is posted abroad: he hosts no visit to his own state. */
    @Test
    void theVisitedStatesEnvoyIsNoHost() {
        ArticleText t = Texts.text("Budi mengunjungi Jepang pekan depan, maka Duta Besar Jepang Hiroshi pulang.");
        Entities e = Entities.of(t).mention("Jepang", JAPAN.ref()).mention("Budi", BUDI).mention("Hiroshi", HIROSHI)
                .affiliation(HIROSHI, JAPAN.ref());
        EntityRef host = STAGE.upgrade(List.of(visit(List.of(BUDI, JAPAN.ref()), true)), t, e.build(), List.of())
                .get(0).participants().get(1);
        assertEquals(HIROSHI, host);
        e.role("Duta Besar Jepang Hiroshi", "Duta Besar", HIROSHI, Optional.of(JAPAN.ref()));
        assertEquals(JAPAN.ref(), STAGE.upgrade(List.of(visit(List.of(BUDI, JAPAN.ref()), true)), t, e.build(),
                List.of()).get(0).participants().get(1));
    }

    /** The visit is to attend Hiroshi's ceremony: Hiroshi is whose it is, not a host Budi met. */
    @Test
    void thePersonWhoseCeremonyIsAttendedDoesNotHostTheVisit() {
        assertEquals(List.of(BUDI, JAPAN.ref()), upgraded(
                "Budi mengunjungi Jepang untuk menghadiri pelantikan Perdana Menteri Hiroshi.", true));
        assertEquals(List.of(BUDI, HIROSHI), upgraded(
                "Budi mengunjungi Jepang untuk menemui Perdana Menteri Hiroshi.", true));
    }

    @Test
    void aLaterSentenceMustSpeakOfTheVisitOrAMeeting() {
        assertEquals(List.of(BUDI, JAPAN.ref()), upgraded(
                "Budi mengunjungi Jepang. Budi dan Hiroshi tersenyum.", true));
    }

    @Test
    void aLaterSentenceCountingMeetingsSpeaksOfManyNotOfTheVisit() {
        assertEquals(List.of(BUDI, JAPAN.ref()), upgraded(
                "Budi mengunjungi Jepang. Budi dan Hiroshi tercatat berulang kali bertemu.", true));
        assertEquals(List.of(BUDI, HIROSHI), upgraded(
                "Budi mengunjungi Jepang. Budi dan Hiroshi tercatat kembali bertemu.", true));
    }

    @Test
    void aSentenceThreeSentencesLaterIsTooFar() {
        assertEquals(List.of(BUDI, JAPAN.ref()), upgraded("Budi mengunjungi Jepang. Harga naik. Harga turun. "
                + "Dalam kunjungan itu, Budi bertemu dengan Hiroshi.", true));
    }

    @Test
    void twoPersonsOfTheStateLeaveTheVisitAsItWas() {
        assertEquals(List.of(BUDI, JAPAN.ref()), upgraded(
                "Budi mengunjungi Jepang. Dalam kunjungan itu, Budi bertemu dengan Hiroshi dan Kenji.", true));
    }

    @Test
    void onlyAVisitToAStateIsUpgraded() {
        assertEquals(List.of(BUDI, JAPAN.ref()), upgraded(
                "Budi mengunjungi Jepang. Dalam kunjungan itu, Budi bertemu dengan Hiroshi.", false));
    }

    /** Kenji met Citra in the visit's sentence: a side of that meeting is not the host of Budi's visit. */
    @Test
    void aSideOfAnotherMeetingInTheVisitsSentenceIsNotItsHost() {
        String text = "Citra membahas kunjungan Budi ke Jepang dalam pertemuan dengan Kenji.";
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t).mention("Jepang", JAPAN.ref()).affiliation(KENJI, JAPAN.ref())
                .mention("Budi", BUDI).mention("Kenji", KENJI).mention("Citra", person("Citra"));
        MeetingCandidate met = new MeetingCandidate(List.of(person("Citra"), KENJI), MeetingStatus.OCCURRED, false,
                Optional.empty(), Optional.empty(), new Span(0, text.length()), 0, "pertemuan", Optional.empty(),
                false);
        List<MeetingCandidate> out = STAGE.upgrade(List.of(visit(List.of(BUDI, JAPAN.ref()), true), met), t,
                e.build(), List.of());
        assertEquals(List.of(BUDI, JAPAN.ref()), out.get(0).participants());
        assertEquals(List.of(BUDI, KENJI), STAGE.upgrade(List.of(visit(List.of(BUDI, JAPAN.ref()), true)), t,
                e.build(), List.of()).get(0).participants());
    }

    /** A visit told as an earlier one is hosted by no one of the present story. */
    @Test
    void anEarlierVisitIsNotUpgraded() {
        ArticleText t = Texts.text("Budi mengunjungi Jepang. Dalam kunjungan itu, Budi berbicara panjang dengan "
                + "Hiroshi.");
        Entities e = Entities.of(t).mention("Jepang", JAPAN.ref()).affiliation(HIROSHI, JAPAN.ref())
                .mention("Budi", BUDI).mention("Hiroshi", HIROSHI);
        MeetingCandidate earlier = new MeetingCandidate(List.of(BUDI, JAPAN.ref()), MeetingStatus.OCCURRED, false,
                Optional.empty(), Optional.of(JAPAN.ref()), new Span(0, 24), 0, "kunjungan", Optional.empty(), true,
                false, true);
        assertEquals(List.of(BUDI, JAPAN.ref()), STAGE.upgrade(List.of(earlier), t, e.build(), List.of()).get(0)
                .participants());
    }
}
