package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.TestSupport;
import org.warta.model.EntityType;
import org.warta.model.Statement;

class StatementExtractorTest {
    private static List<Statement> statements(String text) {
        return TestSupport.analyze(text, "2024-04-05").statements();
    }

    /** Each statement as "speaker: quote". */
    private static List<String> said(String text) {
        return statements(text).stream().map(x -> x.speaker().name() + ": " + x.quote()).toList();
    }

    /** Text, speaker, kind, the start of the quote. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“Kami siap bekerja sama,” kata Menteri Luar Negeri China Wang Yi. | Wang Yi | direct | Kami siap bekerja sama",
        "\"Kami siap bekerja sama,\" ujar Sergei Lavrov. | Sergey Lavrov | direct | Kami siap bekerja sama",
        "Lavrov mengatakan bahwa kedua negara akan memperdalam kerja sama. | Sergey Lavrov | indirect | kedua negara akan",
        "Menurut Lavrov, kedua negara akan memperdalam kerja sama. | Sergey Lavrov | indirect | kedua negara akan",
        "Kedua negara akan memperdalam kerja sama, menurut Lavrov. | Sergey Lavrov | indirect | Kedua negara akan",
        // a mixed statement is the reported speech around its quoted phrase
        "Kremlin mengatakan kedua pemimpin akan membahas “masalah terkini” hubungan. | Kremlin | mixed "
            + "| kedua pemimpin akan membahas “masalah terkini” hubungan",
        "Rusia mengatakan posisi Tiongkok masuk akal. | Russia | indirect | posisi Tiongkok masuk akal",
        // a gloss in brackets between the subject and the verb names no speaker
        "Pejabat di Kremlin (pusat pemerintahan Rusia) kemarin mengatakan kedua pemimpin akan bertemu. | Kremlin "
            + "| indirect | kedua pemimpin akan bertemu",
        // a name inside a relative clause right before the verb is not its subject: the clause's head is
        "Menlu Sergei Lavrov yang datang bersama Menlu China Wang Yi mengatakan kedua negara akan bekerja sama. "
            + "| Sergey Lavrov | indirect | kedua negara akan bekerja sama"})
    void attributesStatements(String text, String speaker, String kind, String quote) {
        List<Statement> s = statements(text);
        assertEquals(1, s.size(), s.toString());
        assertEquals(speaker, s.get(0).speaker().name());
        assertEquals(kind, s.get(0).kind().label());
        assertTrue(s.get(0).quote().startsWith(quote), s.get(0).quote());
    }

    /**
     * "…,” kata pedagang tersebut." after "Seorang pedagang di pasar …": the description is of someone the story
     * never names, not of the last speaker; "…,” kata menteri itu." of the minister named before still is.
     */
    @Test
    void aDescriptionOfSomeoneNeverNamedGivesNoSpeaker() {
        List<String> said = said("“Harga beras akan turun,” kata Menteri Perdagangan Budi Santoso. Seorang pedagang "
                + "di pasar induk memuji kebijakan itu. “Pasokan sekarang jauh lebih lancar,” kata pedagang tersebut.");
        assertEquals(List.of("Budi Santoso: Harga beras akan turun,"), said);
        List<String> minister = said("Menteri Perdagangan Budi Santoso meninjau pasar. “Harga beras akan turun,” "
                + "kata menteri tersebut.");
        assertEquals(List.of("Budi Santoso: Harga beras akan turun,"), minister);
    }

    /** The reported speech holds a quotation of its own too: the quoted phrase stays a statement by itself. */
    /** A page that sets a closing mark where a quotation opens (" ”…,”"): it opens there all the same. */
    @Test
    void aClosingMarkSetWhereAQuotationOpensOpensIt() {
        List<String> said = said("Lavrov tiba di Jakarta. ”Kami senang bisa kembali ke sini. Banyak yang bisa "
                + "dikerjakan bersama,” ujar Lavrov.");
        assertEquals(List.of("Sergey Lavrov: Kami senang bisa kembali ke sini. Banyak yang bisa dikerjakan bersama,"),
                said);
    }

    @Test
    void aMixedPhraseIsNotWidenedOverAnotherQuotation() {
        List<String> said = said("Lavrov mengatakan aturan itu “jelas”, lalu membacakannya: “Setiap pihak wajib "
                + "menghormati batas wilayah.”");
        assertTrue(said.contains("Sergey Lavrov: jelas"), said.toString());
        assertTrue(said.contains("Sergey Lavrov: Setiap pihak wajib menghormati batas wilayah."), said.toString());
    }

    @Test
    void katanyaAndAContinuationParagraphGoToTheLastSpeaker() {
        List<Statement> s = statements("""
                Lavrov mengatakan kerja sama terus berkembang.
                “Para pemimpin kita telah berulang kali menekankan tekad ini,” katanya.
                “Amerika Serikat dan sekutunya berusaha menghentikan mereka.”
                """);
        assertEquals(3, s.size(), s.toString());
        s.forEach(x -> assertEquals("Sergey Lavrov", x.speaker().name()));
        assertEquals("direct", s.get(2).kind().label());
    }

    /**
     * A quotation paragraph after a paragraph of the speaker's reported speech goes on with that speaker; a
     * lower-case quoted phrase on a line of its own is a sentence broken by the page, not speech.
     */
    @Test
    void aQuotationParagraphAfterReportedSpeechGoesToItsSpeaker() {
        List<Statement> s = statements("""
                Menurut Lavrov, isu keamanan kawasan juga dibahas dalam pertemuan itu.
                “Kami menghargai dukungan China terhadap peran Rusia di kawasan.”
                """);
        assertEquals(List.of("Sergey Lavrov indirect", "Sergey Lavrov direct"), s.stream()
                .map(x -> x.speaker().name() + " " + x.kind().label()).toList());
        assertEquals(List.of("Sergey Lavrov: isu keamanan kawasan juga dibahas dalam pertemuan itu"),
                said("""
                        Menurut Lavrov, isu keamanan kawasan juga dibahas dalam pertemuan itu.
                        “tak terbatas”.
                        """));
    }

    /**
     * "menyampaikan terima kasih": the verb performs the act and reports nothing; its subject is still the one
     * speaking for a quotation after it, and for a verb coordinated after a comma.
     */
    @Test
    void aSpeechActThatReportsNothingIsNoStatementButItsSubjectSpeaks() {
        List<Statement> s = statements("Lavrov mengatakan kerja sama terus berkembang. Menteri Luar Negeri China "
                + "Wang Yi menyampaikan terima kasih atas kunjungan itu. “Saya senang kita bisa bertemu lagi,” "
                + "katanya.");
        assertEquals(List.of("Sergey Lavrov indirect", "Wang Yi direct"), s.stream()
                .map(x -> x.speaker().name() + " " + x.kind().label()).toList());
        assertEquals(List.of("Sergey Lavrov: kedua negara akan memperdalam kerja sama"),
                said("Lavrov menyampaikan salam hangat bagi tuan rumah, serta menyatakan bahwa kedua negara akan "
                        + "memperdalam kerja sama."));
        assertEquals(List.of("Sergey Lavrov: mendesak kedua negara agar segera berunding"),
                said("Lavrov menyampaikan dukungan Rusia terhadap kesepakatan itu dan mendesak kedua negara agar "
                        + "segera berunding."));
    }

    /** "Mantan Duta Besar untuk Jepang itu mengatakan …": the one told of before, not the state inside it. */
    @Test
    void aDescriptionEndingInADemonstrativeBeforeTheVerbIsTheOneToldOfBefore() {
        assertEquals(List.of("Budi Hartono: kerja sama itu sangat penting bagi kedua negara"),
                said("Wakil Menteri Luar Negeri Budi Hartono berbicara di Jakarta. Mantan Duta Besar untuk Jepang itu "
                        + "pun mengatakan, kerja sama itu sangat penting bagi kedua negara."));
    }

    /**
     * "Lavrov hadir pagi tadi. Ia menegaskan …": a pronoun opening a sentence refers to the person the sentence
     * before opens with, not to the speaker of an earlier paragraph; one named inside a phrase ("kehadiran Lavrov")
     * opens nothing.
     */
    @Test
    void aPronounOpeningASentenceRefersToThePersonTheSentenceBeforeOpensWith() {
        String earlier = "Retno Marsudi mengatakan bahwa harga beras naik.\n";
        assertEquals(List.of("Retno Marsudi", "Sergey Lavrov"), StatementStages.speakers(earlier + "Menteri Luar "
                + "Negeri Rusia Sergei Lavrov hadir pagi tadi. Ia menyatakan bahwa kerja sama akan diperkuat."));
        assertEquals(List.of("Retno Marsudi", "Retno Marsudi"), StatementStages.speakers(earlier + "Sementara itu, "
                + "kehadiran Sergei Lavrov sangat dinanti. Ia menegaskan bahwa kerja sama akan diperkuat."));
    }

    /** One name after a reporting verb is a person's (many Indonesians have one); not when a capital follows it. */
    @Test
    void oneNameAfterAReportingVerbIsTheSpeaker() {
        assertEquals(List.of("Hartono"), statements("“Kerja sama itu penting,” kata Hartono di Jakarta.").stream()
                .map(x -> x.speaker().name()).toList());
        assertEquals(List.of("Joko Widodo"), TestSupport.analyze("Sementara itu, mengutip Koran Osaka, Presiden Joko "
                + "Widodo mengatakan kerja sama itu penting.", "2024-04-05").mentions().stream()
                .filter(m -> m.entity().type() == EntityType.PERSON).map(m -> m.entity().name()).toList());
    }

    /**
     * "“…,” ujar X kepada wartawan, mengutip AFP": the outlet's source cited after an attributed quotation is no
     * speaker; a word only set in quotation marks before "menurut X" leaves X the speaker.
     */
    @Test
    void aSourceCitedAfterAnAttributedQuotationIsNoSpeaker() {
        assertEquals(List.of("Sergey Lavrov"), StatementStages.speakers("“Kami akan bertemu lagi,” ujar Menlu Rusia "
                + "Sergei Lavrov kepada wartawan di Moskow, Kamis (4/4), mengutip AFP."));
        assertEquals(List.of("Sergey Lavrov"), StatementStages.speakers("Pada hari Senin, kedua menteri akan makan "
                + "“siang informal”, menurut Menlu Rusia Sergei Lavrov."));
    }

    /** "ujar pria itu": the man told of before the quotation, never a name inside the quoted words. */
    @Test
    void aDescriptionAfterTheQuoteNamesSomeoneToldOfBeforeIt() {
        List<Statement> s = statements("""
                Menteri Luar Negeri China Wang Yi menerima tamu dari Moskow hari ini.
                “Sebelumnya Sergei Lavrov sudah bertemu Presiden Joko Widodo,” ujar pria itu.
                """);
        assertEquals(List.of("Wang Yi"), s.stream().map(x -> x.speaker().name()).toList(), s.toString());
    }

    /** Only the body is read: the same quotation as a photo caption, above its credit, is no statement. */
    @Test
    void aQuotationInACaptionIsNoStatement() {
        String said = "“Kami siap bekerja sama,” kata Sergei Lavrov di Moskow.";
        assertEquals(1, statements(said).size());
        assertEquals(List.of(), statements(said + "\nFoto: Dewi Lestari"));
    }

    @Test
    void anUnattributedQuotationIsNoStatement() {
        assertEquals(List.of(), statements("‘Teman tersayang’\n“Penyelenggara amatir. Pecinta kopi.”\n"));
    }

    @Test
    void theQuoteIsTheTextAtItsSpan() {
        for (var article : TestSupport.seeds()) {
            var a = TestSupport.pipeline().analyze(article);
            for (Statement st : a.statements()) {
                assertEquals(st.quote(), st.quoteSpan().of(article.text()));
            }
        }
    }
}
