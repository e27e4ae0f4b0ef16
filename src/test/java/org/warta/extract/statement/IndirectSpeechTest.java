package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/** Reported speech without quotation marks, one clause at a time. Entities are built here. */
class IndirectSpeechTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");

    private static SentenceContext sentence(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI)) {
            if (t.text().contains(p.name())) {
                e.mention(p.name(), p);
            }
        }
        return SentenceContext.of(t, e.build(), t.sentences().size() - 1);
    }

    /** What the clauses of the last sentence give, in order, until one gives a statement. */
    private static IndirectSpeech.ClauseSpeech scan(String text, SpeakerMemory memory) {
        SentenceContext s = sentence(text);
        Optional<EntityRef> cited = Optional.empty();
        IndirectSpeech.ClauseSpeech last = new IndirectSpeech.ClauseSpeech(Optional.empty(), cited);
        for (Clauses.Clause c : StatementStages.clauses(s)) {
            last = StatementStages.INDIRECT.scan(s, c, StatementStages.FINDER.find(s.tokens()), memory, cited);
            cited = last.cited();
            if (last.found().isPresent()) {
                return last;
            }
        }
        return last;
    }

    /** The statement as "speaker verb: content", or "-". */
    private static String statement(String text) {
        ArticleText t = Texts.text(text);
        return scan(text, SpeakerMemory.none()).found().map(f -> f.attribution().speaker().name() + " "
                + f.attribution().verb() + ": " + t.of(f.content())).orElse("-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi mengatakan bahwa kerja sama kedua negara akan diperkuat.  | Budi mengatakan: kerja sama kedua negara akan diperkuat",
        "Budi mengatakan kerja sama kedua negara akan diperkuat.        | Budi mengatakan: kerja sama kedua negara akan diperkuat",
        "Budi mengecam serangan terhadap kapal nelayan itu.             | Budi mengecam: mengecam serangan terhadap kapal nelayan itu",
        "Menurut Budi, kerja sama kedua negara akan diperkuat.          | Budi Menurut: kerja sama kedua negara akan diperkuat",
        "Menurut Budi kerja sama kedua negara akan diperkuat.           | Budi Menurut: kerja sama kedua negara akan diperkuat",
        "Kerja sama kedua negara akan diperkuat, menurut Budi.          | Budi menurut: Kerja sama kedua negara akan diperkuat",
        "Kerja sama kedua negara akan diperkuat, kata Budi.             | Budi kata: Kerja sama kedua negara akan diperkuat",
        // a name set between commas after its title: the closing comma does not part it from its verb
        "Juru bicara kementerian, Budi, mengatakan kerja sama akan diperkuat. "
            + "| Budi mengatakan: kerja sama akan diperkuat",
        "Juru bicara kementerian, Budi, sebelumnya menjelaskan bahwa kerja sama akan diperkuat. "
            + "| Budi menjelaskan: kerja sama akan diperkuat",
        // a passive speech verb opening the sentence, its agent and a comma: what follows is the agent's
        "Dikatakan oleh Budi, kerja sama akan diperkuat. | Budi Dikatakan: kerja sama akan diperkuat",
        "Diungkapkan Budi, kerja sama akan diperkuat.    | Budi Diungkapkan: kerja sama akan diperkuat",
        // a post verb opening the sentence: what follows its speaker and the comma is said
        "Kata Budi, kerja sama akan diperkuat.           | Budi Kata: kerja sama akan diperkuat",
        // a post verb inside the clause, no comma before it: what follows the name and its comma is said
        "Sejak awal, kedua kota kata Budi, telah bekerja sama menangani banjir. "
            + "| Budi kata: telah bekerja sama menangani banjir",
        // too little before ", kata X" to be said, no comma after the name: the predicate running on is said
        "Indonesia, kata Budi akan terus mengembangkan kerja sama dengan semua negara. "
            + "| Budi kata: akan terus mengembangkan kerja sama dengan semua negara",
        // enough said before it: what follows the name is where and when it was said
        "Kerja sama kedua negara akan diperkuat, kata Budi di Jakarta. "
            + "| Budi kata: Kerja sama kedua negara akan diperkuat"})
    void aReportingStructureGivesItsSpeakerTheContent(String text, String expected) {
        assertEquals(expected, statement(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi tidak mengatakan apa pun soal rencana itu.",
        "Budi menolak untuk mengakui kesalahan itu.",
        "Budi datang untuk menyampaikan pesan presiden.",
        "Budi mengatakan tidak.",
        "Menurut Budi yang hadir di sana.",
        "Setelah bertemu Budi, mengatakan hal itu pun sulit.",
        "Hal itu disampaikan oleh Budi kepada wartawan.",
        "Spanduk bertuliskan “Budi mengatakan harga akan naik” terpasang di sana."})
    void nothingIsSaid(String text) {
        assertEquals("-", statement(text));
    }

    @Test
    void aPronounSubjectIsTheRecentSpeaker() {
        IndirectSpeech.ClauseSpeech c = scan("Dia mengatakan bahwa kerja sama akan diperkuat.",
                SpeakerMemory.none().spoke(ANI, 0));
        assertEquals(ANI, c.found().orElseThrow().attribution().speaker());
    }

    /**
     * "Menurut dia," as "Menurutnya,", "Kata dia," and ", kata dia,": the speaker told of before; the content starts
     * after the comma that closes the attribution.
     */
    @Test
    void aSourceWithAPronounIsTheRecentSpeaker() {
        for (String opening : List.of("Menurut dia", "Menurut beliau", "Menurutnya", "Kata dia",
                "Sebagai tetangga, kata dia")) {
            IndirectSpeech.ClauseSpeech c = scan(opening + ", kerja sama akan diperkuat.",
                    SpeakerMemory.none().spoke(ANI, 0));
            assertEquals(ANI, c.found().orElseThrow().attribution().speaker(), opening);
            SentenceContext s = sentence(opening + ", kerja sama akan diperkuat.");
            assertEquals("kerja sama akan diperkuat", s.text().text().substring(c.found().get().content().start(),
                    c.found().get().content().end()).replaceAll("[.]$", ""), opening);
        }
    }

    @Test
    void aSourceBeforeAnotherSpeakerIsCitedNotTheSpeaker() {
        IndirectSpeech.ClauseSpeech c = scan("Menurut Budi, Ani berharap kerja sama itu diperkuat.",
                SpeakerMemory.none());
        assertEquals(ANI, c.found().orElseThrow().attribution().speaker());
        assertEquals("berharap", c.found().get().attribution().verb());
        assertEquals(Optional.of(BUDI), c.cited());
    }
}
