package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** How one trigger's reading splits into candidates: met apart, met together, met in turn. Entities built here. */
class CandidateSplitsTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");
    private static final EntityRef CITRA = person("Citra");

    private static TriggerReader.Outcome read(String text, String trigger, MeetingLexicon.Pattern pattern) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI, CITRA)) {
            if (t.text().contains(p.name())) {
                e.mention(p.name(), p);
            }
        }
        for (String st : List.of("Jepang", "Rusia")) {
            if (t.text().contains(st)) {
                e.mention(st, st.equals("Jepang") ? JAPAN.ref() : RUSSIA.ref());
            }
        }
        TriggerSite s = MeetingStages.site(t, e.build(), 0, trigger, MeetingStages.trigger(trigger, pattern));
        return MeetingStages.READER.read(s, SentenceState.start(), Optional.empty());
    }

    private static List<List<String>> participants(TriggerReader.Outcome o) {
        return o.candidates().stream().map(c -> c.participants().stream().map(EntityRef::name).toList()).toList();
    }

    @Test
    void separateMeetingsWithSeveralPartiesAreOneMeetingEach() {
        TriggerReader.Outcome o = read("Budi mengadakan pertemuan terpisah dengan Ani dan Citra.",
                "mengadakan pertemuan", MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of(List.of("Budi", "Ani"), List.of("Budi", "Citra")), participants(o));
    }

    /** "menteri perdagangan Jepang dan Rusia": the holders of one office in several states, each met apart. */
    @Test
    void theHoldersOfAnOfficeInSeveralStatesAreMetApart() {
        ArticleText t = Texts.text("Budi berunding dengan menteri perdagangan Jepang dan Rusia.");
        Entities e = Entities.of(t).mention("Budi", BUDI).mention("menteri perdagangan Jepang", JAPAN.ref())
                .mention("Rusia", RUSSIA.ref());
        TriggerSite s = MeetingStages.site(t, e.build(), 0, "berunding",
                MeetingStages.trigger("berunding", MeetingLexicon.Pattern.SYMMETRIC));
        assertEquals(List.of(List.of("Budi", "Japan"), List.of("Budi", "Russia")),
                participants(MeetingStages.READER.read(s, SentenceState.start(), Optional.empty())));
        // states named for themselves met together
        assertEquals(List.of(List.of("Budi", "Japan", "Russia")),
                participants(read("Budi berunding dengan Jepang dan Rusia.", "berunding",
                        MeetingLexicon.Pattern.SYMMETRIC)));
    }

    @Test
    void personsListedAfterAGeneralObjectWereMetApart() {
        assertEquals(List.of(List.of("Budi", "Ani"), List.of("Budi", "Citra")), participants(read(
                "Budi bertemu dengan sejumlah menteri, yakni Ani dan Citra.", "bertemu dengan",
                MeetingLexicon.Pattern.SYMMETRIC)));
    }

    /** "…, di antaranya A dan B": the opening word may come second in its clause. */
    @Test
    void personsListedAfterAWordBeforeTheOpeningWordWereMetApart() {
        assertEquals(List.of(List.of("Budi", "Ani"), List.of("Budi", "Citra")), participants(read(
                "Budi menerima kunjungan dari sejumlah pemimpin, di antaranya Ani dan Citra.", "menerima kunjungan",
                MeetingLexicon.Pattern.HOST)));
    }

    /** "…, yang turut menyambut, di antaranya A dan B": the list names who welcomed, not guests. */
    @Test
    void theListAfterARelativeClauseNamesItsHeadNotTheGuests() {
        assertEquals(List.of(), participants(read(
                "Budi menyapa para pejabat yang turut menyambut, di antaranya Ani dan Citra.", "menyambut",
                MeetingLexicon.Pattern.HOST)));
    }

    /** A place, a time or a forum's name between a symmetric verb and its "dengan"; not a topic. */
    @Test
    void theObjectOfASymmetricVerbMayFollowAPlaceOrATimeBeforeDengan() {
        assertEquals(List.of(List.of("Budi", "Ani")), participants(read("Budi bertemu di Istana Merdeka dengan Ani.",
                "bertemu", MeetingLexicon.Pattern.SYMMETRIC)));
        assertEquals(List.of(List.of("Budi", "Ani")), participants(read(
                "Budi melakukan pertemuan Dewan Kerja Sama Tingkat Tinggi yang pertama dengan Ani.",
                "melakukan pertemuan", MeetingLexicon.Pattern.SYMMETRIC)));
        assertEquals(List.of(), participants(read("Budi berbicara tentang hubungan dengan Ani.", "berbicara",
                MeetingLexicon.Pattern.SYMMETRIC)));
    }

    @Test
    void personsNamedRightAfterTheTriggerMetTogether() {
        assertEquals(List.of(List.of("Budi", "Ani", "Citra")), participants(read(
                "Budi bertemu dengan Ani dan Citra.", "bertemu dengan", MeetingLexicon.Pattern.SYMMETRIC)));
    }

    @Test
    void theOneMetNextInTurnIsAMeetingOfItsOwn() {
        assertEquals(List.of(List.of("Budi", "Ani"), List.of("Budi", "Citra")), participants(read(
                "Budi bertemu dengan Ani, lalu Citra.", "bertemu dengan", MeetingLexicon.Pattern.SYMMETRIC)));
    }
}
