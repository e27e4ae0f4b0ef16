package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Entities;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** The speaker a reporting structure points at. Entities are built here. */
class SpeakersTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");

    /** Budi and Ani wherever written; the last sentence. */
    private static SentenceContext sentence(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI)) {
            int from = 0;
            while (t.text().indexOf(p.name(), from) >= 0) {
                e.mention(p.name(), p);
                from = t.text().indexOf(p.name(), from) + 1;
            }
        }
        return SentenceContext.of(t, e.build(), t.sentences().size() - 1);
    }

    private static String subject(String text) {
        SentenceContext s = sentence(text);
        return StatementStages.SPEAKERS.subjectBefore(s, 0, StatementStages.at(s, "mengatakan"))
                .map(EntityRef::name).orElse("-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi mengatakan harga akan naik.                       | Budi",
        "Budi juga kembali mengatakan harga akan naik.          | Budi",
        "Budi pada hari Senin itu juga mengatakan harga naik.   | -",
        "Budi, Selasa (2/4), mengatakan harga akan naik.         | Budi",
        "Budi tiba, lalu mengatakan harga akan naik.            | -",
        "Budi memuji Ani yang mengatakan harga akan naik.       | Ani",
        "Budi bertemu Ani dan mengatakan harga akan naik.       | Budi",
        // an aside between dashes is passed over: its actor is no subject
        "Budi – yang kemarin bertemu Ani – mengatakan harga akan naik. | Budi",
        // a dash, spaced or not, breaks the subject from the verb as a comma does
        "Budi memuji Ani—atau mengatakan harga akan naik.      | -",
        // an actor after a preposition is no subject of the coordinated predicate
        "Budi membahas harga dengan Ani dan mengatakan harga akan naik. | Budi"})
    void theSubjectIsTheNearestActorCloseBeforeTheVerb(String text, String speaker) {
        assertEquals(speaker, subject(text));
    }

    @Test
    void aRelativeClauseTellsWhatAStateDidNotWhatItSaid() {
        ArticleText t = Texts.text("Jepang yang mengatakan harga akan naik.");
        SentenceContext s = SentenceContext.of(t, Entities.of(t).mention("Jepang", JAPAN.ref()).build(), 0);
        assertEquals(Optional.empty(), StatementStages.SPEAKERS.subjectBefore(s, 0, StatementStages.at(s, "mengatakan")));
        ArticleText without = Texts.text("Jepang lalu mengatakan harga akan naik.");
        SentenceContext w = SentenceContext.of(without, Entities.of(without).mention("Jepang", JAPAN.ref()).build(), 0);
        assertEquals(Optional.of(JAPAN.ref()),
                StatementStages.SPEAKERS.subjectBefore(w, 0, StatementStages.at(w, "mengatakan")));
    }

    /** "Budi tiba. Dia mengatakan …": the one the sentence before opens with; else the recent speaker. */
    @Test
    void aPronounBeforeTheVerbIsThePersonTheSentenceBeforeOpensWithElseTheRecentSpeaker() {
        SpeakerMemory memory = SpeakerMemory.none().spoke(ANI, 0);
        SentenceContext s = sentence("Budi tiba. Dia mengatakan harga akan naik.");
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.pronounBefore(s, 0, StatementStages.at(s,
                "mengatakan"), memory));
        SentenceContext rain = sentence("Hujan turun. Dia mengatakan harga akan naik.");
        assertEquals(Optional.of(ANI), StatementStages.SPEAKERS.pronounBefore(rain, 0, StatementStages.at(rain,
                "mengatakan"), memory));
    }

    /** "Sementara itu, Budi …": a short phrase fronted before a comma, and the sentence still opens with Budi. */
    @Test
    void aSentenceOpeningWithAFrontedPhraseThenAPersonOpensWithThePerson() {
        SpeakerMemory memory = SpeakerMemory.none().spoke(ANI, 0);
        SentenceContext s = sentence("Sementara itu, Budi tiba. Menurutnya harga akan naik.");
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.antecedent(s, s.token(0).start(), memory));
        SentenceContext mid = sentence("Hujan turun dan Budi tiba. Menurutnya harga akan naik.");
        assertEquals(Optional.of(ANI), StatementStages.SPEAKERS.antecedent(mid, mid.token(0).start(), memory));
    }

    @Test
    void withoutARecentSpeakerAPronounIsTheArticlesAntecedent() {
        SentenceContext s = sentence("Budi tiba.\nSatu.\nDua.\nTiga.\nEmpat.\nDia mengatakan harga akan naik.");
        SpeakerMemory old = SpeakerMemory.none().spoke(ANI, 0);
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.antecedent(s, s.token(0).start(), old));
    }

    @Test
    void theFirstPersonAfterAPositionIsTheMainSubject() {
        SentenceContext s = sentence("Menyebut rencana itu “terlalu cepat”, Budi berjanji menunggu Ani.");
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.mainSubjectAfter(s, StatementStages.at(s, "”")));
    }

    @Test
    void theFirstActorWithinAWindowAfterAPosition() {
        SentenceContext s = sentence("“Kami siap,” kata juru bicara kementerian Budi.");
        int after = StatementStages.at(s, "kata") + 1;
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.firstActorAfter(s, after, 6));
        assertEquals(Optional.empty(), StatementStages.SPEAKERS.firstActorAfter(s, after, 3));
    }

    @Test
    void theActorRightAfterAPositionOrWhoseTitleStartsThere() {
        ArticleText t = Texts.text("Menurut Menteri Luar Negeri Jepang Budi, harga naik.");
        Entities e = Entities.of(t).mention("Budi", BUDI).mention("Jepang", JAPAN.ref())
                .role("Menteri Luar Negeri Jepang Budi", "Menteri Luar Negeri", BUDI, Optional.of(JAPAN.ref()));
        SentenceContext s = SentenceContext.of(t, e.build(), 0);
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.actorRightAfter(s, 1));
        assertEquals(Optional.of(BUDI), StatementStages.SPEAKERS.actorRightAfter(s, StatementStages.at(s, "Budi")));
        assertEquals(Optional.empty(), StatementStages.SPEAKERS.actorRightAfter(s, 2));
    }

    @Test
    void theEndOfTheActorAfterAPosition() {
        SentenceContext s = sentence("Menurut Budi, harga naik.");
        assertEquals(2, StatementStages.SPEAKERS.endOfActor(s, 1));
        assertEquals(3, StatementStages.SPEAKERS.endOfActor(s, 3));
    }
}
