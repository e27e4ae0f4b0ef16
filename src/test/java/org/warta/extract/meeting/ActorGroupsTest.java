package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** Groups of actors around a trigger. Entities are built here. */
class ActorGroupsTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");
    private static final EntityRef CITRA = person("Citra");
    private static final EntityRef DEWI = person("Dewi");

    /** A one-sentence article whose persons are Budi, Ani and Citra wherever written. */
    private static Entities persons(ArticleText t) {
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI, CITRA, DEWI)) {
            if (t.text().contains(p.name())) {
                e.mention(p.name(), p);
            }
        }
        return e;
    }

    private static TriggerSite site(String text, String trigger, MeetingLexicon.Pattern pattern) {
        ArticleText t = Texts.text(text);
        return MeetingStages.site(t, persons(t).build(), 0, trigger, pattern);
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(a -> a.entity().name()).toList();
    }

    private static List<String> before(String text) {
        return names(MeetingStages.GROUPS.before(site(text, "bertemu", MeetingLexicon.Pattern.SYMMETRIC),
                SentenceState.start()));
    }

    private static List<String> after(String text) {
        TriggerSite s = site(text, "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        return names(MeetingStages.GROUPS.after(s, s.hit().to()));
    }

    @Test
    void theGroupBeforeIsTheActorsJoinedByConnectors() {
        assertEquals(List.of("Budi", "Ani"), before("Budi dan Ani bertemu dengan Citra."));
        assertEquals(List.of("Budi", "Ani", "Citra"), before("Budi, Ani dan Citra bertemu dengan Dewi."));
    }

    /** "bertemu delegasi Jepang yang dipimpin Ani": a state or body meets through the leader it names. */
    @Test
    void aDelegationLedByANamedPersonMeetsThroughTheLeader() {
        ArticleText t = Texts.text("Budi bertemu delegasi Jepang yang dipimpin Ani kemarin.");
        TriggerSite s = MeetingStages.site(t, persons(t).mention("Jepang", JAPAN.ref()).build(), 0, "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of("Ani"), names(MeetingStages.GROUPS.after(s, s.hit().to())));
    }

    @Test
    void commasWithoutAClosingConnectorMakeNoGroup() {
        // "Di Jakarta, Budi bertemu …" and "Kemarin, Ani, Budi bertemu …" read the same as a list without "dan":
        // news closes a list of actors with a connector, so commas alone join nothing
        assertEquals(List.of("Ani"), before("Budi, Ani bertemu dengan Citra."));
    }

    @Test
    void theGroupBeforeIsOnlyTheNearestWithoutAConnector() {
        assertEquals(List.of("Ani"), before("Budi melihat Ani bertemu dengan Citra."));
    }

    @Test
    void anActorAlreadyTakenAsAnObjectIsNoSubject() {
        TriggerSite s = site("Budi melihat Ani bertemu dengan Citra.", "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        SentenceState state = SentenceState.start().withObjects(List.of(s.actors().get(1)));
        assertEquals(List.of(), names(MeetingStages.GROUPS.before(s, state)));
    }

    @Test
    void aTitleMayStandBetweenTheActorsOfAGroup() {
        ArticleText t = Texts.text("Budi dan Menteri Luar Negeri Jepang Ani bertemu dengan Citra.");
        Entities e = persons(t).mention("Jepang", JAPAN.ref())
                .role("Menteri Luar Negeri Jepang Ani", "Menteri Luar Negeri", ANI, Optional.of(JAPAN.ref()));
        TriggerSite s = MeetingStages.site(t, e.build(), 0, "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        assertEquals(List.of("Budi", "Ani"), names(MeetingStages.GROUPS.before(s, SentenceState.start())));
    }

    @Test
    void theGroupAfterFollowsObjectLeadingWords() {
        assertEquals(List.of("Ani", "Citra"), after("Budi bertemu langsung dengan Ani dan Citra."));
    }

    @Test
    void theLastMemberOfAListAfterACommaAndDanBelongsToTheGroup() {
        // the clauses cut "…, | dan Citra": the list still runs on to its last member
        assertEquals(List.of("Ani", "Dewi", "Citra"), after("Budi bertemu dengan Ani, Dewi, dan Citra."));
    }

    @Test
    void anyOtherWordBeforeTheObjectLeavesNoGroupAfter() {
        assertEquals(List.of(), after("Budi bertemu kemarin Ani."));
    }

    @Test
    void aGroupIntroducedByDenganIsTheObjectOfANoun() {
        TriggerSite with = site("Budi memimpin pertemuan dengan Ani.", "pertemuan", MeetingLexicon.Pattern.NOUN);
        TriggerSite without = site("Budi memimpin pertemuan langsung Ani.", "pertemuan", MeetingLexicon.Pattern.NOUN);
        assertEquals(true, MeetingStages.GROUPS.introduced(with, MeetingStages.GROUPS.after(with, with.hit().to())));
        assertEquals(false, MeetingStages.GROUPS.introduced(without,
                MeetingStages.GROUPS.after(without, without.hit().to())));
    }

    @Test
    void twoOrMoreActorsAfterAntaraAreTheSidesOfTheMeeting() {
        TriggerSite two = site("Pertemuan antara Budi dan Ani berlangsung.", "Pertemuan", MeetingLexicon.Pattern.NOUN);
        TriggerSite one = site("Pertemuan antara Budi berlangsung.", "Pertemuan", MeetingLexicon.Pattern.NOUN);
        assertEquals(List.of("Budi", "Ani"), names(MeetingStages.GROUPS.between(two).orElseThrow()));
        assertEquals(Optional.empty(), MeetingStages.GROUPS.between(one));
    }

    @Test
    void thePossessorOfATriggerNounIsTheLatestPersonBefore() {
        ArticleText t = Texts.text("Budi tiba di Tokyo kemarin. Kunjungannya ke Jepang berlangsung lancar.");
        TriggerSite s = MeetingStages.site(t, persons(t).build(), 1, "Kunjungannya", MeetingLexicon.Pattern.VISIT);
        Actor possessor = MeetingStages.GROUPS.possessor(s).orElseThrow();
        assertEquals(BUDI, possessor.entity());
        assertEquals(-1, possessor.from());
    }

    @Test
    void theChairOfASummitTakesPart() {
        ArticleText t = Texts.text("Budi menghadiri KTT ASEAN yang dipimpin oleh Ani.");
        TriggerSite s = MeetingStages.site(t, persons(t).mention("ASEAN", ASEAN.ref()).build(), 0, "menghadiri",
                MeetingLexicon.Pattern.ATTEND);
        Actor summit = MeetingStages.GROUPS.summitAfter(s, s.clause(), s.hit().to()).orElseThrow();
        assertEquals(ASEAN.ref(), summit.entity());
        assertEquals(ANI, MeetingStages.GROUPS.chair(s, summit.to()).orElseThrow().entity());
    }

    @Test
    void anOrganizationWithoutASummitWordIsNoSummit() {
        ArticleText t = Texts.text("Budi menghadiri rapat ASEAN kemarin.");
        TriggerSite s = MeetingStages.site(t, persons(t).mention("ASEAN", ASEAN.ref()).build(), 0, "menghadiri",
                MeetingLexicon.Pattern.ATTEND);
        assertEquals(Optional.empty(), MeetingStages.GROUPS.summitAfter(s, s.clause(), s.hit().to()));
    }
}
