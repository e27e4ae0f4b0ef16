package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** The subject of a trigger when no actor stands right before it. Entities are built here. */
class SubjectsTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");
    private static final EntityRef CITRA = person("Citra");

    /** The subject of "bertemu" in the last sentence, with the persons wherever written. */
    private static List<String> subject(String text, SentenceState state) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI, CITRA)) {
            int from = 0;
            while (t.text().indexOf(p.name(), from) >= 0) {
                e.mention(p.name(), p);
                from = t.text().indexOf(p.name(), from) + 1;
            }
        }
        int last = t.sentences().size() - 1;
        TriggerSite s = MeetingStages.site(t, e.build(), last, "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        List<Actor> before = MeetingStages.GROUPS.before(s, state);
        return MeetingStages.SUBJECTS.of(s, before, state).stream().map(a -> a.entity().name()).toList();
    }

    private static List<String> subject(String text) {
        return subject(text, SentenceState.start());
    }

    @Test
    void theGroupRightBeforeTheTriggerIsTheSubject() {
        assertEquals(List.of("Budi"), subject("Budi bertemu dengan Ani."));
    }

    @Test
    void theSubjectOfTheSentencesPreviousMeetingCarriesOver() {
        ArticleText t = Texts.text("Budi pulang untuk bertemu dengan Ani.");
        Entities e = Entities.of(t).mention("Budi", BUDI).mention("Ani", ANI);
        TriggerSite s = MeetingStages.site(t, e.build(), 0, "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        SentenceState state = SentenceState.start().withSubject(List.of(s.actors().get(0)));
        assertEquals(List.of(s.actors().get(0)), MeetingStages.SUBJECTS.of(s, List.of(), state));
    }

    @Test
    void aPronounCloseBeforeTheTriggerIsItsAntecedent() {
        assertEquals(List.of("Budi"), subject("Budi tiba kemarin. Setelah itu mereka bertemu dengan Ani."));
    }

    @Test
    void theSentencesFirstPersonOutsideTheClauseIsTheSubject() {
        assertEquals(List.of("Budi"), subject("Budi tersenyum ketika bertemu dengan Ani."));
    }

    @Test
    void aPronounOpeningTheSentenceBeforeAnyPersonIsTheSubject() {
        assertEquals(List.of("Budi"),
                subject("Budi tiba kemarin. Ia kemudian pulang ke rumah dan pada sore harinya bertemu dengan Ani."));
    }

    @Test
    void afterAFrontedPhraseTheFirstPersonAfterTheCommaIsTheSubject() {
        ArticleText t = Texts.text("Dalam pertemuan dengan Ani, Budi menyampaikan pesan.");
        Entities e = Entities.of(t).mention("Ani", ANI).mention("Budi", BUDI);
        TriggerSite s = MeetingStages.site(t, e.build(), 0, "pertemuan", MeetingLexicon.Pattern.NOUN);
        assertEquals(List.of(BUDI), MeetingStages.SUBJECTS.of(s, List.of(), SentenceState.start()).stream()
                .map(Actor::entity).toList());
    }

    /** "Usai bertemu Ani, Budi …": a verb in a subordinate clause opening the sentence takes the main subject. */
    @Test
    void aSubordinateClauseOpeningTheSentenceTakesTheSubjectAfterTheComma() {
        ArticleText t = Texts.text("Usai bertemu Ani, Budi terbang ke Osaka.");
        Entities e = Entities.of(t).mention("Ani", ANI).mention("Budi", BUDI);
        TriggerSite s = MeetingStages.site(t, e.build(), 0, "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        List<Actor> ani = s.actors().stream().filter(a -> a.entity().equals(ANI)).toList();
        assertEquals(List.of(BUDI), MeetingStages.SUBJECTS.of(s, List.of(), SentenceState.start(), ani).stream()
                .map(Actor::entity).toList());
        ArticleText other = Texts.text("Hari itu bertemu Ani, Budi terbang ke Osaka.");
        Entities oe = Entities.of(other).mention("Ani", ANI).mention("Budi", BUDI);
        TriggerSite os = MeetingStages.site(other, oe.build(), 0, "bertemu", MeetingLexicon.Pattern.SYMMETRIC);
        List<Actor> oani = os.actors().stream().filter(a -> a.entity().equals(ANI)).toList();
        assertEquals(List.of(), MeetingStages.SUBJECTS.of(os, List.of(), SentenceState.start(), oani));
    }

    /** The subject of "bertemu" in the last sentence when the meeting's other side is Ani. */
    private static List<String> subjectOfAMeetingWithAni(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI, CITRA)) {
            for (int at = t.text().indexOf(p.name()); at >= 0; at = t.text().indexOf(p.name(), at + 1)) {
                e.mention(p.name(), p);
            }
        }
        TriggerSite s = MeetingStages.site(t, e.build(), t.sentences().size() - 1, "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC);
        List<Actor> ani = s.actors().stream().filter(a -> a.entity().equals(ANI)).toList();
        return MeetingStages.SUBJECTS.of(s, List.of(), SentenceState.start(), ani).stream()
                .map(a -> a.entity().name()).toList();
    }

    /** "Pertemuan berikutnya adalah dengan …": the meeting of a series, told without its subject. */
    @Test
    void aMeetingWithANamedObjectTakesTheSubjectTheStoryFollows() {
        assertEquals(List.of("Budi"), subjectOfAMeetingWithAni("Budi tiba kemarin. Hari ini bertemu dengan Ani."));
        assertEquals(List.of("Budi"), subjectOfAMeetingWithAni(
                "Budi tiba kemarin. Hujan turun sepanjang sore. Hari ini bertemu dengan Ani."));
    }

    @Test
    void theStorysSubjectIsLookedForTwoSentencesBackOnly() {
        assertEquals(List.of(), subjectOfAMeetingWithAni(
                "Budi tiba kemarin. Hujan turun sepanjang sore. Jalanan sepi. Hari ini bertemu dengan Ani."));
    }

    @Test
    void theStorysSubjectNamedInTheSentenceItselfStandsInForNoOne() {
        assertEquals(List.of(), subjectOfAMeetingWithAni("Ani tiba kemarin. Hari ini bertemu dengan Ani."));
    }

    @Test
    void withNoOneBeforeTheTriggerThereIsNoSubject() {
        assertEquals(List.of(), subject("Hari ini akhirnya bisa bertemu dengan Ani."));
    }

    /** The meetings of a whole article, each as its participants. */
    private static List<String> meetings(String text) {
        return TestSupport.analyze(text, "2016-09-08").meetings().stream()
                .map(m -> m.participants().stream().map(EntityRef::name).collect(Collectors.joining("+"))).toList();
    }

    private static final String ARRIVED = "Presiden Filipina Rodrigo Duterte tiba di Jakarta, Kamis (8/9/2016). ";

    @Test
    void whoReportsWordsWithASubjectOfTheirOwnIsNoSide() {
        assertEquals(List.of("Indonesia+Rodrigo Duterte", "Joko Widodo+Rodrigo Duterte"), meetings(ARRIVED
                + "Juru Bicara Kepresidenan Budi Santoso mengatakan, Presiden Jokowi akan membuka pameran buku pada "
                + "Jumat, lalu menjamu Duterte di Istana Bogor."));
    }

    @Test
    void whoReportsWordsWithoutASubjectOfTheirOwnIsTheSubject() {
        assertEquals(List.of("Retno Marsudi+Rodrigo Duterte"), meetings(ARRIVED
                + "Menteri Luar Negeri Retno Marsudi mengatakan telah bertemu dengan Duterte di Istana Merdeka."));
    }

    @Test
    void aDemonstrativeAfterAWordOfSequenceDescribesNoOne() {
        assertEquals(List.of("Indonesia+Rodrigo Duterte", "Joko Widodo+Rodrigo Duterte"), meetings(ARRIVED
                + "Menurut Juru Bicara Kepresidenan Budi Santoso, Presiden Jokowi akan membuka pameran buku pada Jumat, "
                + "setelah itu menjamu Duterte di Istana Bogor."));
    }

    /** The visitor named after a visit noun is the sentence's subject, not an object a later trigger must skip. */
    @Test
    void theVisitorAfterAVisitNounIsTheSubjectOfTheWelcome() {
        assertEquals(List.of("Indonesia+Rodrigo Duterte", "Rodrigo Duterte+Budi Santoso"), meetings("Kedatangan "
                + "Presiden Filipina Rodrigo Duterte ke Indonesia pada Kamis (8/9/2016), disambut oleh Menteri Luar "
                + "Negeri Budi Santoso."));
    }

    /** A source cited by "menurut" only tells of the meeting, whatever the reported words open with. */
    @Test
    void aSourceCitedByMenurutIsNoSide() {
        assertEquals(List.of("Joko Widodo+Rodrigo Duterte"), meetings(ARRIVED + "Menurut Juru Bicara Kepresidenan "
                + "Budi Santoso, pertemuan dengan Presiden Joko Widodo berlangsung hangat."));
    }

    /** "X mengatakan sebelum bertemu Z, Y …": the subordinate clause opening the reported words is Y's. */
    @Test
    void aSubordinateClauseOpeningReportedWordsTakesTheSubjectAfterItsComma() {
        assertEquals(List.of("Joko Widodo+Rodrigo Duterte"), meetings("Juru Bicara Kepresidenan Budi Santoso "
                + "mengatakan sebelum bertemu Presiden Joko Widodo, Presiden Filipina Rodrigo Duterte akan meninjau "
                + "pabrik di Bekasi."));
    }
}
