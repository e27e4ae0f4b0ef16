package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.JAKARTA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** Who takes part, by the trigger's pattern. Entities are built here. */
class ParticipantsTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");

    /** Budi, Ani, Jepang, Jakarta and ASEAN wherever written, and what else the test adds. */
    private static Entities entities(ArticleText t) {
        Entities e = Entities.of(t);
        if (t.text().contains("Budi")) {
            e.mention("Budi", BUDI);
        }
        if (t.text().contains("Ani")) {
            e.mention("Ani", ANI);
        }
        if (t.text().contains("Jepang")) {
            e.mention("Jepang", JAPAN.ref());
        }
        if (t.text().contains("Jakarta")) {
            e.mention("Jakarta", JAKARTA.ref());
        }
        if (t.text().contains("ASEAN")) {
            e.mention("ASEAN", ASEAN.ref());
        }
        return e;
    }

    private static Participants.Outcome read(ArticleText t, Entities e, String trigger,
                                             MeetingLexicon.Trigger lexiconTrigger) {
        TriggerSite s = MeetingStages.site(t, e.build(), 0, trigger, lexiconTrigger);
        SentenceState state = SentenceState.start();
        return MeetingStages.PARTICIPANTS.read(s, MeetingStages.GROUPS.before(s, state),
                MeetingStages.GROUPS.after(s, s.hit().to()), state);
    }

    private static Participants.Outcome read(String text, String trigger, MeetingLexicon.Pattern pattern) {
        ArticleText t = Texts.text(text);
        return read(t, entities(t), trigger, MeetingStages.trigger(trigger, pattern));
    }

    private static List<String> participants(Participants.Outcome o) {
        return o.reading().orElseThrow().participants().stream().map(EntityRef::name).toList();
    }

    /** "bertemu mitranya dari Jepang, Ani": the counterpart named after the state's comma, not the state. */
    @Test
    void theCounterpartFromAStateIsThePersonNamedAfterIt() {
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi bertemu mitranya dari Jepang, Ani, di Jakarta.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC)));
        assertEquals(List.of("Budi", "Japan"), participants(read("Budi bertemu mitranya dari Jepang di Jakarta.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC)));
    }

    @Test
    void bothSidesOfASymmetricTriggerTakePart() {
        Participants.Outcome o = read("Budi bertemu dengan Ani.", "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of("Budi", "Ani"), participants(o));
        assertEquals(List.of(BUDI), o.subject().stream().map(Actor::entity).toList());
    }

    @Test
    void hostAndGuestTakePart() {
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi menjamu Ani.", "menjamu",
                MeetingLexicon.Pattern.HOST)));
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi dijamu oleh Ani.", "dijamu",
                MeetingLexicon.Pattern.GUEST)));
    }

    @Test
    void aWeakTriggerNeedsBothSides() {
        ArticleText t = Texts.text("Budi berbicara panjang kemarin.");
        Participants.Outcome o = read(t, entities(t), "berbicara",
                new MeetingLexicon.Trigger("berbicara", MeetingLexicon.Pattern.SYMMETRIC, false, true));
        assertEquals(Optional.empty(), o.reading());
    }

    @Test
    void aVisitToAStateIsAMeetingWithThatState() {
        Participants.Outcome o = read("Budi mengunjungi Jepang.", "mengunjungi", MeetingLexicon.Pattern.VISIT);
        assertEquals(List.of("Budi"), participants(o));
        assertEquals(List.of(JAPAN.ref()), o.reading().get().visited().stream().distinct().toList());
        assertEquals(Optional.of(JAPAN.ref()), o.reading().get().place());
    }

    @Test
    void aVisitToAPersonIsAMeetingWithThatPerson() {
        Participants.Outcome o = read("Budi mengunjungi Ani kemarin.", "mengunjungi", MeetingLexicon.Pattern.VISIT);
        assertEquals(List.of("Budi", "Ani"), participants(o));
        assertEquals(List.of(), o.reading().get().visited());
    }

    @Test
    void aVisitNounNamesTheVisitorAfterIt() {
        ArticleText t = Texts.text("Kunjungan Budi ke Jepang berlangsung lancar.");
        Participants.Outcome o = read(t, entities(t), "Kunjungan",
                new MeetingLexicon.Trigger("kunjungan", MeetingLexicon.Pattern.VISIT, false, false, true, false));
        assertEquals(List.of("Budi"), participants(o));
        assertEquals(List.of(JAPAN.ref()), o.reading().get().visited().stream().distinct().toList());
    }

    /** "melakukan kunjungan ke Ani di …": the person after the destination word is visited, not the visitor. */
    @Test
    void aPersonAfterTheDestinationOfAVisitNounIsVisited() {
        ArticleText t = Texts.text("Budi melakukan kunjungan ke Ani di kantornya kemarin.");
        Participants.Outcome o = read(t, entities(t), "kunjungan",
                new MeetingLexicon.Trigger("kunjungan", MeetingLexicon.Pattern.VISIT, false, false, true, false));
        assertEquals(List.of("Budi", "Ani"), participants(o));
    }

    @Test
    void aVisitHomeIsNoMeeting() {
        ArticleText t = Texts.text("Budi mengunjungi Jepang lagi.");
        Participants.Outcome o = read(t, entities(t).affiliation(BUDI, JAPAN.ref()), "mengunjungi",
                MeetingStages.trigger("mengunjungi", MeetingLexicon.Pattern.VISIT));
        assertEquals(Optional.empty(), o.reading());
    }

    /**
     * A visit whose guests a later sentence lists ("… Mereka adalah Ani dan Citra.") gets them as actors from outside
     * the trigger's sentence: no token of its own sentence is read for them (index -1 once threw).
     */
    @Test
    void guestsNamedInAnotherSentenceAreReadWithoutTheirTokens() {
        ArticleText t = Texts.text("Budi menerima kunjungan para menteri. Mereka adalah Ani dan Citra.");
        ArticleEntities e = entities(t).mention("Citra", person("Citra")).build();
        List<Actor> guests = e.mentions().stream().filter(m -> m.sentenceIndex() == 1)
                .map(Actor::outside).toList();
        TriggerSite s = MeetingStages.site(t, e, 0, "kunjungan", MeetingStages.trigger("kunjungan",
                MeetingLexicon.Pattern.VISIT));
        SentenceState state = SentenceState.start();
        Participants.Outcome o = MeetingStages.PARTICIPANTS.read(s, MeetingStages.GROUPS.before(s, state), guests,
                state);
        assertEquals(Optional.empty(), o.reading(), "no place is named: no visit");
    }

    @Test
    void aTripToASummitIsNoStateVisit() {
        Participants.Outcome o = read("Budi terbang ke Jepang untuk menghadiri KTT ASEAN.", "terbang",
                MeetingLexicon.Pattern.VISIT);
        assertEquals(Optional.empty(), o.reading());
    }

    @Test
    void theSidesAfterAntaraMeet() {
        assertEquals(List.of("Budi", "Ani"), participants(read("Pertemuan antara Budi dan Ani berlangsung.",
                "Pertemuan", MeetingLexicon.Pattern.NOUN)));
    }

    @Test
    void aNounMeetsTheGroupItIntroducesWithDengan() {
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi memimpin pertemuan dengan Ani.", "pertemuan",
                MeetingLexicon.Pattern.NOUN)));
    }

    @Test
    void aNounDoesNotMeetAGroupItDoesNotIntroduce() {
        assertEquals(List.of("Budi"), participants(read("Budi memimpin pertemuan langsung Ani.", "pertemuan",
                MeetingLexicon.Pattern.NOUN)));
    }

    @Test
    void theGroupBroughtTogetherMeets() {
        Participants.Outcome o = read("Pemerintah mempertemukan Budi dan Ani.", "mempertemukan",
                MeetingLexicon.Pattern.GATHER);
        assertEquals(List.of("Budi", "Ani"), participants(o));
        assertEquals(List.of(), o.subject());
    }

    @Test
    void theAttendeeTheChairAndTheOrganizationOfASummitTakePart() {
        assertEquals(List.of("Budi", "Ani", "ASEAN"), participants(read(
                "Budi menghadiri KTT ASEAN yang dipimpin Ani.", "menghadiri", MeetingLexicon.Pattern.ATTEND)));
    }

    @Test
    void attendingWithoutASummitIsNoMeeting() {
        assertEquals(Optional.empty(), read("Budi menghadiri upacara itu.", "menghadiri",
                MeetingLexicon.Pattern.ATTEND).reading());
    }


    /** A noun trigger ending with an object marker ("bersama") names its object right after it. */
    @Test
    void aNounTriggerEndingWithAMarkerNamesItsObjectRightAfter() {
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi menyampaikan keterangan pers bersama Ani.",
                "keterangan pers bersama", MeetingLexicon.Pattern.NOUN)));
    }

    /** Two subjects meet each other only when no object follows the verb, even one not read as an actor. */
    @Test
    void subjectsWithAnUnreadObjectDoNotMeetEachOther() {
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi dan Ani bertemu di Jakarta.", "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC)));
        assertEquals(List.of("Budi", "Ani"), participants(read("Budi dan Ani bertemu Selasa (2/4) di Jakarta.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC)));
        assertEquals(Optional.empty(), read("Budi dan Ani bertemu dengan Menlu Atlantis di Jakarta.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC).reading());
        // a group no one names is an object too
        assertEquals(Optional.empty(), read("Budi dan Ani bertemu dengan para pedagang di Jakarta.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC).reading());
        assertEquals(Optional.empty(), read("Budi dan Ani bertemu kalangan pedagang di Jakarta.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC).reading());
    }
}
