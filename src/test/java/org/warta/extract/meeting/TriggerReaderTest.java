package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAKARTA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

/** The meeting one trigger reports, read by the stages in turn. Entities are built here. */
class TriggerReaderTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");
    private static final EntityRef CITRA = person("Citra");

    /** Budi, Ani, Citra and the small world's states and cities wherever written. */
    private static Entities entities(ArticleText t) {
        Entities e = Entities.of(t).affiliation(OSAKA.ref(), JAPAN.ref()).affiliation(JAKARTA.ref(), INDONESIA.ref());
        for (EntityRef p : List.of(BUDI, ANI, CITRA)) {
            if (t.text().contains(p.name())) {
                e.mention(p.name(), p);
            }
        }
        for (GazetteerEntry g : List.of(JAPAN, RUSSIA, OSAKA, JAKARTA)) {
            if (t.text().contains(g.names().get(0))) {
                e.mention(g.names().get(0), g.ref());
            }
        }
        return e;
    }

    private static TriggerReader.Outcome read(String text, String trigger, MeetingLexicon.Trigger lexiconTrigger,
                                              Optional<MeetingCandidate> latest) {
        ArticleText t = Texts.text(text);
        TriggerSite s = MeetingStages.site(t, entities(t).build(), 0, trigger, lexiconTrigger);
        return MeetingStages.READER.read(s, SentenceState.start(), latest);
    }

    private static TriggerReader.Outcome read(String text, String trigger, MeetingLexicon.Pattern pattern) {
        return read(text, trigger, MeetingStages.trigger(trigger, pattern), Optional.empty());
    }

    private static List<List<String>> participants(TriggerReader.Outcome o) {
        return o.candidates().stream().map(c -> c.participants().stream().map(EntityRef::name).toList()).toList();
    }

    @Test
    void aMeetingIsReadWithItsParticipantsPlaceTimeStatusAndEvidence() {
        TriggerReader.Outcome o = read("Budi bertemu dengan Ani di Osaka pada Senin.", "bertemu dengan",
                MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(1, o.candidates().size());
        MeetingCandidate c = o.candidates().get(0);
        assertEquals(List.of(BUDI, ANI), c.participants());
        assertEquals(Optional.of(OSAKA.ref()), c.place());
        assertEquals("2024-04-01", c.value().orElseThrow().iso());
        assertEquals(MeetingStatus.OCCURRED, c.status());
        assertEquals(new Span(0, 43), c.evidence());
        assertEquals("bertemu dengan", c.trigger());
        assertEquals(false, c.virtual());
        assertEquals(false, c.visitToState());
    }

    @Test
    void theSubjectAndTheObjectsAreLeftForTheNextTriggerOfTheSentence() {
        TriggerReader.Outcome o = read("Budi bertemu dengan Ani di Osaka pada Senin.", "bertemu dengan",
                MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of(BUDI), o.state().lastSubject().stream().map(Actor::entity).toList());
        assertEquals(1, o.state().objects().size());
        assertEquals(ANI, o.state().objects().iterator().next().entity());
    }

    @Test
    void aRuledOutTriggerGivesNothingAndLeavesTheStateAsItWas() {
        TriggerReader.Outcome o = read("Budi tidak bertemu dengan Ani.", "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of(), o.candidates());
        assertEquals(SentenceState.start(), o.state());
    }

    @Test
    void aVisitToSeveralStatesIsOneMeetingWithEach() {
        TriggerReader.Outcome o = read("Budi mengunjungi Jepang dan Rusia.", "mengunjungi",
                MeetingLexicon.Pattern.VISIT);
        assertEquals(List.of(List.of("Budi", "Japan"), List.of("Budi", "Russia")), participants(o));
        assertEquals(List.of(Optional.of(JAPAN.ref()), Optional.of(RUSSIA.ref())),
                o.candidates().stream().map(MeetingCandidate::place).toList());
        assertTrue(o.candidates().stream().allMatch(MeetingCandidate::visitToState));
    }

    @Test
    void statesMeetingOnAThirdStatesGroundMeetWithIt() {
        TriggerReader.Outcome o = read("Jepang dan Rusia bertemu di Jakarta.", "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of(List.of("Japan", "Russia", "Indonesia")), participants(o));
    }

    @Test
    void aMeetingSaidToHaveOccurredAfterPublicationIsPlanned() {
        TriggerReader.Outcome o = read("Budi bertemu dengan Ani pada 10 April 2024.", "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(MeetingStatus.PLANNED, o.candidates().get(0).status());
    }

    @Test
    void aCallHasNoPlace() {
        TriggerReader.Outcome o = read("Budi berbicara lewat telepon dengan Ani di Osaka.", "berbicara lewat telepon",
                new MeetingLexicon.Trigger("berbicara lewat telepon", MeetingLexicon.Pattern.SYMMETRIC, true, false),
                Optional.empty());
        assertEquals(true, o.candidates().get(0).virtual());
        assertEquals(Optional.empty(), o.candidates().get(0).place());
    }

    @Test
    void theLastOfCountedMeetingsHappenedAtItsTime() {
        TriggerReader.Outcome o = read("Budi bertemu dengan Ani 12 kali, terakhir pada September.", "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(1, o.candidates().size());
        assertEquals(MeetingStatus.OCCURRED, o.candidates().get(0).status());
        assertEquals("2023-09", o.candidates().get(0).value().orElseThrow().iso());
    }

    @Test
    void aTriggerNounPointingBackSharpensTheLatestMeeting() {
        TimeMention april = new TimeMention(new Span(0, 1), "April", Optional.of(TimeValue.parse("2024-04")), "");
        MeetingCandidate latest = new MeetingCandidate(List.of(BUDI, ANI), MeetingStatus.OCCURRED, false,
                Optional.of(april), Optional.empty(), new Span(0, 1), 0, "bertemu", Optional.empty(), false);
        TriggerReader.Outcome o = read("Kunjungan itu berlangsung pada Senin.", "Kunjungan",
                MeetingStages.trigger("Kunjungan", MeetingLexicon.Pattern.VISIT), Optional.of(latest));
        assertEquals(List.of(), o.candidates());
        assertEquals("2024-04-01", o.refinedLatest().orElseThrow().value().orElseThrow().iso());
    }
}
