package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.UN;
import static org.warta.extract.World.person;
import static org.warta.extract.World.role;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.text.ArticleText;

/** A title, what it is of, then a name; without a name, a role description. Read through {@link NameScanner}. */
class TitleChainsTest {
    private static final GazetteerEntry TARO = person("Taro Yamada", JAPAN,
            List.of(role("foreign-minister", JAPAN, "2020", "")), "Taro Yamada");

    /** The person references as "name/cue title-key of role-span". */
    private static List<String> persons(String text) {
        ArticleText t = Texts.text(text);
        return EntityStages.scan(t, JAPAN, RUSSIA, UN, TARO, OSAKA).persons().stream()
                .map(p -> p.name() + "/" + p.cue() + " " + p.title().map(EntityLexicon.Title::roleKey).orElse("-")
                        + " " + p.titleOf().map(o -> o.name()).orElse("-") + " " + p.roleSpan().map(t::of).orElse("-"))
                .toList();
    }

    private static List<String> descriptions(String text) {
        return EntityStages.scan(Texts.text(text), JAPAN, RUSSIA, UN, TARO).roleDescriptions().stream()
                .map(d -> d.text() + " " + d.title().roleKey() + " " + d.of().map(o -> o.name()).orElse("-")).toList();
    }

    /** Holders listed after a plural title, each with a title of its own: each is read with its own title. */
    @Test
    void holdersListedWithTitlesOfTheirOwnAreReadWithThem() {
        List<String> found = persons("Budi bertemu sejumlah menteri, yakni Menhan Hiroshi Tanaka dan Menlu Dewi "
                + "Lestari.");
        assertEquals(List.of("Hiroshi Tanaka", "Dewi Lestari"), found.stream().map(p -> p.substring(0, p.indexOf('/')))
                .filter(n -> !n.equals("Budi")).toList(), found.toString());
    }

    /**
     * "Sekretaris Wakil Presiden": a title right after a title names the office the first one serves: no person
     * "Wakil", and the second title's holder is not meant either.
     */
    @Test
    void aTitleAfterATitleNamesTheOfficeServed() {
        assertEquals(List.of(), persons("Hari itu Dewi Lestari didampingi Sekretaris Wakil Presiden.").stream()
                .filter(p -> !p.startsWith("Dewi Lestari/")).toList());
        assertEquals(List.of(), descriptions("Hari itu tamu didampingi Sekretaris Wakil Presiden."));
    }

    /**
     * "Kapolres Sukamaju AKBP Dewi Lestari": a rank inside the name run after an office ends what the office is of;
     * the holder is named after the rank, and keeps the office's title.
     */
    @Test
    void aRankInsideTheNameRunStartsTheHoldersName() {
        assertEquals(List.of("Dewi Lestari/TITLE police-chief - Kapolres Sukamaju AKBP Dewi Lestari"),
                persons("Hari itu Kapolres Sukamaju AKBP Dewi Lestari tiba di lokasi."));
    }

    /**
     * The affairs an office is for, after "untuk" ("untuk Urusan Politik"), are part of its title, not the holder's
     * name; a room after "di" ("di Ruang Tamu Utama"), one office word and a name, is no portfolio.
     */
    @Test
    void theAffairsAnOfficeIsForArePartOfItsTitle() {
        assertEquals(List.of("Dewi Lestari/TITLE deputy-foreign-minister Japan Wakil Menteri Luar Negeri Jepang untuk "
                + "Urusan Politik dan Keamanan Dewi Lestari"), persons("Hari itu Wakil Menteri Luar Negeri Jepang "
                + "untuk Urusan Politik dan Keamanan Dewi Lestari tiba."));
        assertTrue(persons("Hari itu para tamu diterima Wali Kota Osaka di Ruang Tamu Utama.").stream()
                .noneMatch(p -> p.startsWith("Tamu Utama/")));
    }

    /** A region the gazetteer does not know after its head's title: an honorific or a comma sets off the holder. */
    @Test
    void aRegionBeforeAnHonorificOrACommaIsNoPartOfTheHoldersName() {
        assertEquals(List.of("Dewi/TITLE regent - Bupati Sukamaju H. Dewi"),
                persons("Hari itu Bupati Sukamaju H. Dewi meresmikan pasar."));
        assertEquals(List.of("Dewi Lestari/TITLE mayor - Wali Kota Sukamaju, dr. Dewi Lestari"),
                persons("Hari itu Wali Kota Sukamaju, dr. Dewi Lestari, meresmikan pasar."));
    }

    /** Two initials glued after the holder's name ("H.N.") end the name; the first is no honorific before it. */
    @Test
    void initialsGluedAfterTheNameAreNoHonorific() {
        List<String> found = persons("Hari itu Wali Kota Sukamaju Dewi H.N. meresmikan pasar.");
        assertTrue(found.stream().anyMatch(p -> p.contains("Dewi H.N")), found.toString());
        assertTrue(found.stream().noneMatch(p -> p.startsWith("N/")), found.toString());
    }

    /** A bracket after a title holding a person the gazetteer knows names the holder, no short form of the office. */
    @Test
    void aKnownPersonInBracketsAfterATitleIsNamed() {
        assertTrue(persons("Pesan Bapak Menteri (Taro Yamada) tadi jelas.").stream()
                .anyMatch(p -> p.startsWith("Taro Yamada/")));
        assertEquals(List.of("Hiroshi Tanaka/TITLE minister - Menteri (Menlu) Hiroshi Tanaka"),
                persons("Hari itu Menteri (Menlu) Hiroshi Tanaka tiba."));
    }

    /**
     * One word after a lower-case title names what the title is of, no holder: after a title of membership with no
     * name after it, before a demonstrative; a name after the body, or a capitalized title, is still the holder.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hari itu anggota Sukamaju dan warga tiba. | ",
        "Anggota Sukamaju dan warga tiba hari itu. | ",
        "Hari itu mantan jenderal Sukamaju tersebut tiba. | ",
        "Hari itu anggota Sukamaju Dewi Lestari tiba. | Sukamaju Dewi Lestari/TITLE member",
        "Hari itu anggota DPR Dewi tiba. | Dewi/TITLE member",
        "Hari itu Jenderal Sukamaju tiba. | Sukamaju/TITLE general"})
    void oneWordAfterALowerCaseTitleMayNameTheBody(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), EntityStages.scan(Texts.text(text), JAPAN)
                .persons().stream().map(p -> p.name() + "/" + p.cue() + " "
                        + p.title().map(EntityLexicon.Title::roleKey).orElse("-")).toList());
    }

    /** One long word after a title, one letter off a state's name, is that state misspelled; a short one a name. */
    @Test
    void aLongWordOneEditFromAStateAfterATitleIsNoHolder() {
        assertEquals(List.of(), persons("Hari itu Presiden Jepaang tiba.").stream()
                .filter(p -> p.contains("/TITLE")).toList());
        assertEquals(List.of("Ruslan/TITLE president - Presiden Ruslan"), persons("Hari itu Presiden Ruslan tiba."));
    }

    /** A run with a year right after it names an event, no holder of the title before it. */
    @Test
    void aRunBeforeAYearIsNoHolder() {
        assertEquals(List.of(), persons("Hari itu Jepang menjadi Mitra Sukamaju Expo 2021 di kota itu.").stream()
                .filter(p -> p.contains("/TITLE")).toList());
        assertEquals(List.of("Sukamaju Wulan/TITLE counterpart - Mitra Sukamaju Wulan"),
                persons("Hari itu Jepang menyambut Mitra Sukamaju Wulan di kota itu."));
    }

    /** A long office word with a letter left out is an office word, no part of the holder's name. */
    @Test
    void anOfficeWordWithALetterLeftOutIsAnOfficeWord() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE minister - Menteri Sekretris Negara Hiroshi Tanaka"),
                persons("Hari itu Menteri Sekretris Negara Hiroshi Tanaka tiba."));
    }

    /** The article names the word after a region head's title a place: the holder's name follows it. */
    @Test
    void aWordTheArticleNamesAPlaceBeforeANameIsTheRegion() {
        assertEquals(List.of("Dewi Lestari/TITLE regent - Bupati Sukamaju Dewi Lestari"),
                persons("Pabrik itu dibangun di Sukamaju. Hari itu Bupati Sukamaju Dewi Lestari meresmikannya.")
                        .stream().filter(p -> p.contains("/TITLE")).toList());
        assertEquals(List.of("Sukamaju Dewi Lestari/TITLE regent - Bupati Sukamaju Dewi Lestari"),
                persons("Pabrik itu dibangun tahun lalu. Hari itu Bupati Sukamaju Dewi Lestari meresmikannya.")
                        .stream().filter(p -> p.contains("/TITLE")).toList());
    }

    /**
     * A word the gazetteer does not know between an envoy's title and "untuk" a state is the state sending, however
     * spelled: no holder; the holder follows the state of the post, which is no state the title is of.
     */
    @Test
    void anUnknownWordBeforeUntukAndAStateIsTheStateSendingNoHolder() {
        assertEquals(List.of("Dewi Lestari/TITLE ambassador - Duta Besar Kenyya untuk Jepang Dewi Lestari"),
                persons("Hari itu Duta Besar Kenyya untuk Jepang Dewi Lestari tiba."));
    }

    /** "Juru Bicara Presiden, Nama": the office the first title serves, then the holder of the first title. */
    @Test
    void theOfficeAFirstTitleServesIsNoRoleOfTheHolderAfterTheComma() {
        assertEquals(List.of("Dewi Lestari/TITLE spokesperson - Juru Bicara Menteri Luar Negeri, Dewi Lestari"),
                persons("Hari itu Juru Bicara Menteri Luar Negeri, Dewi Lestari, menjawab pertanyaan."));
    }

    /** After the comma another title: the one word is the holder's name, as before. */
    @Test
    void aTitleAfterTheCommaLeavesTheWordBeforeItTheHolder() {
        assertTrue(persons("Hari itu Bupati Sukamaju, Wakil Bupati Dewi Lestari, dan warga hadir.").get(0)
                .startsWith("Sukamaju/TITLE regent"));
    }

    /** The article names the word a region elsewhere: the title is told of the region, no holder named. */
    @Test
    void aWordTheArticleNamesARegionIsNoHolder() {
        String text = "Warga Kabupaten Sukamaju menunggu. Pasar itu diresmikan Bupati Sukamaju.";
        assertEquals(List.of(), persons(text).stream().filter(p -> p.startsWith("Sukamaju/TITLE")).toList());
        assertEquals(List.of("Bupati Sukamaju regent -"), descriptions(text));
    }

    @Test
    void aTitleOfAStateBeforeANameGivesThePersonTheRole() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE foreign-minister Japan Menteri Luar Negeri Jepang Hiroshi Tanaka"),
                persons("Menteri Luar Negeri Jepang Hiroshi Tanaka tiba kemarin."));
    }

    /**
     * A title and its state before a comma name no holder when the name after the comma has the same title of its
     * own; a rank after the comma is the holder's.
     */
    @Test
    void aNameWithATitleOfItsOwnAfterTheCommaIsAnotherPerson() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE president - Presiden Hiroshi Tanaka"),
                persons("Setelah Presiden Rusia, Presiden Hiroshi Tanaka menerima tamu."));
        assertEquals(List.of("Hiroshi Tanaka/TITLE ambassador Russia Duta Besar Rusia, Hiroshi Tanaka"),
                persons("Setelah itu Duta Besar Rusia, Hiroshi Tanaka, menerima tamu."));
        assertEquals(List.of("Hiroshi Tanaka/TITLE ambassador Russia Duta Besar Rusia, Kapten Hiroshi Tanaka"),
                persons("Setelah itu Duta Besar Rusia, Kapten Hiroshi Tanaka, menerima tamu."));
    }

    /**
     * "Gubernur Osaka, Jepang, Nama": a region's state between commas, then the holder, with the title of the state;
     * a state between commas after a state, or before no name, ends the chain.
     */
    @Test
    void aRegionsStateBetweenCommasLeadsToTheHolder() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE governor Japan Gubernur Osaka, Jepang, Hiroshi Tanaka"),
                persons("Presiden menerima Gubernur Osaka, Jepang, Hiroshi Tanaka kemarin."));
        assertTrue(persons("Presiden menerima Duta Besar Rusia, Jepang, Hiroshi Tanaka kemarin.").stream()
                .noneMatch(p -> p.contains("/TITLE")));
        assertEquals(List.of(), persons("Presiden menemui Gubernur Osaka, Jepang, dan rombongan."));
    }

    /** "untuk" with filler words before what the title is of: "Konsul Jepang untuk wilayah Rusia, Nama". */
    @Test
    void aTitleOfMayReachPastFillerWords() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE consul Japan Konsul Jepang untuk wilayah Rusia, Hiroshi Tanaka"),
                persons("Hari itu Konsul Jepang untuk wilayah Rusia, Hiroshi Tanaka, tiba di kantor."));
    }

    /**
     * A known region named with its kind ("Kota Osaka", "Provinsi Osaka") goes on the chain, after "untuk" or
     * right after the title; a region the gazetteer does not know is no part of it ("Kabupaten Sukamaju, …").
     */
    @Test
    void aKnownRegionNamedWithItsKindGoesOnTheChain() {
        assertEquals(List.of("Hiroshi Tanaka"), names(
                "Hari itu Konsul Jenderal Jepang untuk Kota Osaka Hiroshi Tanaka tiba di kantor."));
        assertEquals(List.of("Hiroshi Tanaka"), names(
                "Hari itu Gubernur Provinsi Osaka Hiroshi Tanaka tiba di kantor."));
        assertTrue(persons("Turut hadir Sekretaris Daerah Kabupaten Sukamaju, Asisten Perekonomian.").stream()
                .noneMatch(p -> p.contains("/TITLE")));
    }

    /** A region's kind and a hyphen inside the region's name the gazetteer does not know, before the comma. */
    @Test
    void aRegionWithItsKindAndAHyphenBeforeTheCommaLeadsToTheHolder() {
        assertEquals(List.of("Hiroshi Tanaka"), names("Hari itu Gubernur Provinsi Sukamaju-Do, Hiroshi Tanaka, tiba."));
    }

    /** After a region's compass words, its short form in brackets and an honorific before the holder. */
    @Test
    void aRegionsShortFormAndAnHonorificComeBeforeTheHolder() {
        assertEquals(List.of("Hiroshi Tanaka"),
                names("Hari itu Bupati Sukamaju Utara (SMU) Drs. Hiroshi Tanaka tiba."));
    }

    /**
     * A title with the holder's place in the office's line ("Presiden ke-5 Rusia", "pemimpin kedua Rusia yang …")
     * names a former holder: with no name after it, it describes no one, least of all the one in office.
     */
    @Test
    void aNumberedTitleWithNoNameDescribesNoOne() {
        assertEquals(List.of("Hiroshi Tanaka"), names("Hari itu Presiden ke-5 Jepang Hiroshi Tanaka tiba."));
        assertEquals(List.of(), descriptions("Dia adalah pemimpin kedua Rusia yang berkunjung ke sana."));
        assertEquals(1, descriptions("Dia adalah pemimpin Rusia yang berkunjung ke sana.").size());
    }

    /** A numbered title pointed back to ("Presiden Rusia ke-5 tersebut") describes the holder told of before. */
    @Test
    void aNumberedTitlePointedBackDescribesTheHolderToldBefore() {
        assertEquals(List.of("Presiden Rusia ke-5 president Russia"),
                descriptions("Kunjungan Presiden Rusia ke-5 tersebut ke Jepang berlangsung lama."));
        assertEquals(List.of(), descriptions("Kunjungan Presiden Rusia ke-5 ke Jepang berlangsung lama."));
    }

    /** Honours after the holder named after the comma ("…, Nama Orang AC") end the name, not the reading. */
    @Test
    void honoursAfterTheHolderAfterTheCommaEndTheName() {
        assertEquals(List.of("Hiroshi Tanaka"), names("Hari itu Gubernur Osaka, Hiroshi Tanaka AC CVO, tiba di kantor."));
        assertEquals(List.of("Hiroshi Tanaka"),
                names("Hari itu Gubernur Osaka, The Honourable Hiroshi Tanaka, tiba di kantor."));
    }

    /** A short honorific written in lower case before the holder named after the comma ("dr Nama"). */
    @Test
    void aLowerCaseShortHonorificBeforeTheHolderAfterTheComma() {
        assertEquals(List.of("Hiroshi Tanaka"), names("Hari itu Gubernur Osaka, dr Hiroshi Tanaka, tiba di kantor."));
    }

    /** "Agung" is a given name after a chain, no modifier of the title ("Hakim Agung", "Jaksa Agung" are titles). */
    @Test
    void agungAfterAChainStartsTheName() {
        assertEquals(List.of("Agung Santoso"), names(
                "Hari itu Ketua Dewan Pakar Partai Sukamaju Agung Santoso tiba di kantor."));
        assertEquals(List.of("Budi Santoso"), names("Hari itu Hakim Agung Budi Santoso tiba di kantor."));
    }

    private static List<String> names(String text) {
        return EntityStages.scan(Texts.text(text), JAPAN, OSAKA).persons().stream().map(PersonRef::name).toList();
    }

    /** A rank of two words inside the chain, also abbreviated with a period, is read whole before the name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hari itu Kapolri Jenderal Pol. Hiroshi Tanaka tiba.  | Kapolri Jenderal Pol. Hiroshi Tanaka",
        "Hari itu Kapolri Jenderal Pol Hiroshi Tanaka tiba.   | Kapolri Jenderal Pol Hiroshi Tanaka",
        "Hari itu Jenderal Pol. Hiroshi Tanaka tiba.          | Jenderal Pol. Hiroshi Tanaka"})
    void aRankOfTwoWordsStaysOutOfTheName(String text, String roleSpan) {
        assertEquals(List.of("Hiroshi Tanaka"), EntityStages.scan(Texts.text(text), JAPAN).persons().stream()
                .map(PersonRef::name).toList());
        String person = persons(text).get(0);
        assertEquals(roleSpan, person.substring(person.length() - roleSpan.length()), person);
    }

    @Test
    void aGazetteerPersonAfterATitleKeepsItsEntryAndGetsTheRole() {
        assertEquals(List.of("Taro Yamada/GAZETTEER foreign-minister Japan Menteri Luar Negeri Jepang Taro Yamada"),
                persons("Menteri Luar Negeri Jepang Taro Yamada tiba kemarin."));
    }

    @Test
    void anOrganizationHeadInTheChainIsWhatTheTitleIsOf() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE spokesperson Ministry of Foreign Affairs of Japan "
                        + "juru bicara Kementerian Luar Negeri Jepang Hiroshi Tanaka"),
                persons("Hari itu juru bicara Kementerian Luar Negeri Jepang Hiroshi Tanaka menjawab."));
    }

    @Test
    void aStateWinsOverAnOrganizationLaterInTheChain() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE ambassador Russia Duta Besar Rusia untuk PBB Hiroshi Tanaka"),
                persons("Duta Besar Rusia untuk PBB Hiroshi Tanaka tiba kemarin."));
    }

    /** "interim": "Presiden terpilih" is a title of its own in titles.tsv (president-elect), no modified title. */
    @Test
    void aTitleModifierStaysInsideTheTitle() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE president - Presiden interim Hiroshi Tanaka"),
                persons("Presiden interim Hiroshi Tanaka tiba kemarin."));
    }

    @Test
    void theHolderMayBeNamedAfterAShortRelativeClauseAndAComma() {
        assertEquals(List.of("Hiroshi Tanaka/TITLE foreign-minister Japan "
                        + "menteri luar negeri Jepang yang baru, Hiroshi Tanaka"),
                persons("Hari itu menteri luar negeri Jepang yang baru, Hiroshi Tanaka, tiba."));
    }

    @Test
    void aTitleOfAStateWithoutANameIsARoleDescription() {
        assertEquals(List.of("presiden Jepang president Japan"), descriptions("Pada hari itu presiden Jepang tiba."));
        assertEquals(List.of(), persons("Pada hari itu presiden Jepang tiba."));
    }

    /**
     * Words after a title that name the office, not its holder, never join the holder's name: portfolios (with
     * "dan", commas and a "/" before a second title), an acronym, a bracketed short form, a party and its name, a
     * place after "di".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Menteri Kelautan dan Perikanan Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE minister - Menteri Kelautan dan Perikanan Dewi Lestari",
        "Menteri Luar Negeri dan Kerja Sama Jepang Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE foreign-minister Japan Menteri Luar Negeri dan Kerja Sama Jepang Dewi Lestari",
        "Menteri Pendidikan Tinggi, Sains, dan Teknologi Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE minister - Menteri Pendidikan Tinggi, Sains, dan Teknologi Dewi Lestari",
        "Menteri Investasi/Kepala BKPN Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE minister - Menteri Investasi/Kepala BKPN Dewi Lestari",
        "Kepala BKPN Dewi Lestari tiba kemarin. | Dewi Lestari/TITLE head - Kepala BKPN Dewi Lestari",
        "Ketua Umum Partai Sejahtera Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE party-chair - Ketua Umum Partai Sejahtera Dewi Lestari",
        "Menteri Koordinator Bidang Pangan (Menko Pangan) Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE coordinating-minister - Menteri Koordinator Bidang Pangan (Menko Pangan) Dewi Lestari",
        "Duta Besar Rusia di Jepang Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE ambassador Russia Duta Besar Rusia di Jepang Dewi Lestari",
        // an agency's or a directorate general's office, a ministry's short form
        "Kepala Badan Karantina Pertanian Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE head - Kepala Badan Karantina Pertanian Dewi Lestari",
        "Direktur Jenderal Karantina Hewan dan Peternakan Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE director-general - Direktur Jenderal Karantina Hewan dan Peternakan Dewi Lestari",
        "Sekretaris Jenderal Kementan Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE secretary-general - Sekretaris Jenderal Kementan Dewi Lestari",
        // a commission's number in Roman numerals is the office's; Bali's "I" before a name is the name's
        "Anggota Komisi I DPR Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE member - Anggota Komisi I DPR Dewi Lestari",
        "Direktur Jenderal Peternakan dan Kesehatan Hewan I Ketut Lestari tiba kemarin."
            + " | I Ketut Lestari/TITLE director-general - Direktur Jenderal Peternakan dan Kesehatan Hewan"
            + " I Ketut Lestari",
        // an officer's corps code after the rank, with the armed force, retirement or a period after it
        "Hari itu Letkol Kav Dewi Lestari tiba. | Dewi Lestari/TITLE lieutenant-colonel - Letkol Kav Dewi Lestari",
        "Hari itu Kolonel Czi TNI Dewi Lestari tiba."
            + " | Dewi Lestari/TITLE colonel - Kolonel Czi TNI Dewi Lestari",
        "Hari itu Mayor Inf (Purn) Dewi Lestari tiba."
            + " | Dewi Lestari/TITLE major - Mayor Inf (Purn) Dewi Lestari",
        "Hari itu Letkol Mar Dewi Lestari tiba. | Dewi Lestari/TITLE lieutenant-colonel - Letkol Mar Dewi Lestari",
        // a gloss of the office in another language, in brackets
        "Menteri Koordinator Bidang Pangan (Coordinating Minister for Food Security) Dewi Lestari tiba kemarin."
            + " | Dewi Lestari/TITLE coordinating-minister - Menteri Koordinator Bidang Pangan (Coordinating Minister"
            + " for Food Security) Dewi Lestari"})
    void officeWordsAfterATitleNeverJoinTheHoldersName(String text, String expected) {
        assertEquals(List.of(expected), persons(text));
    }

    /** A lower-case title word followed by an ordinary word is a common noun, not a title. */
    @ParameterizedTest
    @CsvSource({"Ia ingin menjadi menteri kelak.", "Ia bertemu para duta besar kemarin."})
    void aLowerCaseTitleWordBeforeAnOrdinaryWordIsNoTitle(String text) {
        assertEquals(List.of(), descriptions(text));
        assertEquals(List.of(), persons(text));
    }
}
