package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.model.StatementKind;
import org.warta.text.ArticleText;

/** A quotation's speaker from the reporting structure around it. Entities are built here. */
class QuoteAttributionTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");

    /** The attribution of the first quotation of the last sentence, as "speaker verb kind" or "-". */
    private static String attribute(String text, SpeakerMemory memory, boolean continuesQuotes) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI)) {
            if (t.text().contains(p.name())) {
                e.mention(p.name(), p);
            }
        }
        SentenceContext s = SentenceContext.of(t, e.build(), t.sentences().size() - 1);
        Quote q = StatementStages.FINDER.find(s.tokens()).get(0);
        return StatementStages.QUOTES.attribute(s, StatementStages.clauses(s), q, memory, continuesQuotes)
                .map(a -> a.attribution().speaker().name() + " " + a.attribution().verb() + " " + a.kind())
                .orElse("-");
    }

    private static String attribute(String text) {
        return attribute(text, SpeakerMemory.none(), false);
    }

    @Test
    void aPostVerbAfterTheQuotationNamesTheSpeakerAfterIt() {
        assertEquals("Budi kata DIRECT", attribute("“Kami siap menghadapi apa pun,” kata Budi."));
    }

    @Test
    void aPostVerbWithNyaIsTheRecentSpeaker() {
        assertEquals("Ani katanya DIRECT", attribute("“Kami siap menghadapi apa pun,” katanya.",
                SpeakerMemory.none().spoke(ANI, 0), false));
    }

    /** Ani spoke last, Budi before her: a quotation that speaks of Ani in the third person is Budi's. */
    @Test
    void aPostVerbWithNyaAfterAQuotationSpeakingOfTheRecentSpeakerIsTheOneBefore() {
        SpeakerMemory budiThenAni = SpeakerMemory.none().spoke(BUDI, 0).spoke(ANI, 0);
        assertEquals("Budi pungkasnya DIRECT", attribute("“Dalam rapat tadi Ani juga setuju,” pungkasnya.",
                budiThenAni, false));
        assertEquals("Ani pungkasnya DIRECT", attribute("“Dalam rapat tadi kami juga setuju,” pungkasnya.",
                budiThenAni, false));
    }

    @Test
    void aVerbAndAColonBeforeTheQuotationNameTheSubject() {
        assertEquals("Budi mengatakan DIRECT", attribute("Budi mengatakan: “Kami siap menghadapi apa pun.”"));
    }

    @Test
    void aVerbAndAColonWithNyaBeforeTheQuotationAreTheRecentSpeaker() {
        assertEquals("Ani dikutip DIRECT", attribute("Seperti dikutip darinya: “Kami siap menghadapi apa pun.”",
                SpeakerMemory.none().spoke(ANI, 0), false));
    }

    @Test
    void aQuotedPhraseInsideReportedSpeechIsMixed() {
        assertEquals("Budi mengatakan MIXED",
                attribute("Budi mengatakan bahwa rencana itu “terlalu berani” bagi kawasan."));
    }

    @Test
    void aQuotationParagraphNamingNobodyContinuesThePreviousSpeaker() {
        assertEquals("Ani (continued) DIRECT", attribute("“Kami siap menghadapi apa pun.”",
                SpeakerMemory.none().spoke(ANI, 0), true));
    }

    @Test
    void aQuotationNamingNobodyOutsideAQuotationRunHasNoSpeaker() {
        assertEquals("-", attribute("“Kami siap menghadapi apa pun.”", SpeakerMemory.none().spoke(ANI, 0), false));
    }

    @Test
    void aQuotationWithoutAReportingStructureHasNoSpeaker() {
        assertEquals("-", attribute("Spanduk bertuliskan “Kami siap” terpasang di depan kantor Budi."));
    }

    /** A comma after the verb sets a whole quoted sentence as a colon would; a quoted phrase stays mixed. */
    @Test
    void aWholeSentenceQuotedAfterAVerbAndACommaIsDirect() {
        assertEquals("Budi menjelaskan DIRECT",
                attribute("Budi menjelaskan, “Kami sepakat menambah jadwal penerbangan.”"));
        assertEquals("Ani menyatakan DIRECT", attribute("Ia menyatakan, “Kami sepakat membangun jembatan baru.”",
                SpeakerMemory.none().spoke(ANI, 0), false));
        assertEquals("Budi menyebut MIXED",
                attribute("Budi menyebut, “sangat nyata” komitmen kedua negara."));
        assertEquals("Budi mengatakan MIXED",
                attribute("Budi mengatakan, “Kerja sama” itu akan diperkuat tahun depan."));
    }
}
