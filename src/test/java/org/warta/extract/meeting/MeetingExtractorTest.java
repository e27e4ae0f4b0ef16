package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.TestSupport;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingReport;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

class MeetingExtractorTest {
    private static List<MeetingReport> meetings(String text) {
        return TestSupport.analyze(text, "2024-04-05").meetings();
    }

    /** The sides of each meeting reported, names sorted. */
    private static List<List<String>> sides(String text) {
        return meetings(text).stream().map(MeetingExtractorTest::names).toList();
    }

    private static List<String> names(MeetingReport m) {
        return m.participants().stream().map(EntityRef::name).sorted().toList();
    }

    /** The meeting's day (or "-") and status: "2024-04-04 occurred". */
    private static String dayAndStatus(MeetingReport m) {
        return m.timeValue().map(TimeValue::iso).orElse("-") + " " + m.status().label();
    }

    /** The meeting's sides (names sorted, joined by +), day and status. */
    private static String described(MeetingReport m) {
        return String.join("+", names(m)) + " " + dayAndStatus(m);
    }

    /** Sentence, participants (sorted, joined by +), time, status, virtual. Published Friday 2024-04-05. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing pada Senin. | Joko Widodo+Xi Jinping | 2024-04-01 | occurred | false",
        "Menteri Luar Negeri Rusia Sergei Lavrov akan mengunjungi Tiongkok pada Senin dan Selasa. | China+Sergey Lavrov | 2024-04-08/2024-04-09 | planned | false",
        "Putin dijadwalkan bertemu Xi Jinping bulan depan. | Vladimir Putin+Xi Jinping | 2024-05 | planned | false",
        "Xi Jinping berbicara dengan Vladimir Putin melalui telepon kemarin. | Vladimir Putin+Xi Jinping | 2024-04-04 | occurred | true",
        "Kabarnya Joe Biden akan bertemu Xi Jinping pada November. | Joe Biden+Xi Jinping | 2024-11 | uncertain | false",
        "Bulan lalu, Putin menjamu diplomat top China Wang Yi di Moskow. | Vladimir Putin+Wang Yi | 2024-03 | occurred | false",
        // "dia dan" before a titled name brings the pronoun's referent
        "Presiden Joko Widodo bercerita bahwa dia dan Presiden Rusia Vladimir Putin sudah berdiskusi secara daring, "
            + "Kamis (4/4). | Joko Widodo+Vladimir Putin | 2024-04-04 | occurred | true",
        // a call word before the trigger speaks of the press conference, not of the meeting
        "Dalam jumpa pers daring, Menlu Retno Marsudi bercerita sudah bertatap muka dengan Menlu China Wang Yi "
            + "di Beijing pada Kamis (4/4). | Retno Marsudi+Wang Yi | 2024-04-04 | occurred | false",
        // a quotation opening with the verb, no subject, as a post reads: its writer is the subject
        "\"Menelepon Menteri Luar Negeri Rusia Sergei Lavrov, Kamis (4/4), soal pasokan gandum,\" tulis Menlu "
            + "Retno Marsudi di akun media sosialnya. | Retno Marsudi+Sergey Lavrov | 2024-04-04 | occurred | true",
        // a hyphen between two persons' names, no space around it, pairs them as "dan" does
        "Pertemuan Jokowi-Xi Jinping berlangsung di Beijing pada Senin. | Joko Widodo+Xi Jinping | 2024-04-01 | "
            + "occurred | false",
        // the agent of a passive welcome after "oleh", past the words of its manner
        "Presiden Joko Widodo disambut dengan upacara kenegaraan oleh Kaisar Jepang Naruhito di Tokyo pada Senin. | "
            + "Joko Widodo+Naruhito | 2024-04-01 | occurred | false",
        // the side named right after a noun trigger, the other after its "dengan"
        "Pertemuan Presiden Joko Widodo dengan Presiden Xi Jinping berlangsung di Beijing pada Senin. | Joko Widodo+"
            + "Xi Jinping | 2024-04-01 | occurred | false",
        // the city after a place no mention names ("di Istana Akasaka, Tokyo") says where it is: no side
        "Presiden Joko Widodo dan Perdana Menteri Jepang Fumio Kishida bertemu di Istana Akasaka, Tokyo, Kamis (4/4)"
            + ". | Fumio Kishida+Joko Widodo | 2024-04-04 | occurred | false",
        // the host's spouse, bearing the host's family name and no role of her own, is no side; an honorific
        // between "dan" and a name keeps the host in the subject
        "Presiden Budi Santoso dan Ibu Ani Santoso menerima Perdana Menteri Jepang Fumio Kishida di istana, Kamis "
            + "(4/4). | Budi Santoso+Fumio Kishida | 2024-04-04 | occurred | false",
        // an honorific between title and name ("Menlu Ibu …") is no spouse's title
        "Menlu Ibu Retno Marsudi bertemu dengan Menlu China Wang Yi di Beijing, Kamis (4/4). "
            + "| Retno Marsudi+Wang Yi | 2024-04-04 | occurred | false",
        // a trip to a state for a summit there is the summit, not a visit to the state
        "Presiden Joko Widodo berkunjung ke Kamboja untuk menghadiri KTT ASEAN pada Kamis (4/4). "
            + "| Association of Southeast Asian Nations+Joko Widodo | 2024-04-04 | occurred | false",
        // who tells of a visit does not host it
        "Menurut Menlu Retno Marsudi, rapat tadi menyiapkan lawatan Presiden Xi Jinping ke Indonesia pada Senin "
            + "(8/4). | Indonesia+Xi Jinping | 2024-04-08 | planned | false",
        // the agent of a passive sent the subject named before "oleh"
        "Menlu Retno Marsudi dikirim oleh Presiden Joko Widodo ke Beijing untuk menemui Presiden Xi Jinping, Kamis "
            + "(4/4). | Retno Marsudi+Xi Jinping | 2024-04-04 | occurred | false",
        // a trip starting today: what it is for lies ahead; started on a day gone by: it took place
        "Pagi ini Presiden Joko Widodo berangkat dari Jakarta untuk lawatan resmi ke Jepang. "
            + "| Japan+Joko Widodo | 2024-04-05 | planned | false",
        "Pada Rabu (3/4), Presiden Joko Widodo terbang ke Tokyo untuk bertemu Perdana Menteri Jepang Fumio Kishida. "
            + "| Fumio Kishida+Joko Widodo | 2024-04-03 | occurred | false",
        // the subject of a purpose is the traveller's, not the place's organization
        "Menteri Perdagangan Ani Lestari akan pergi ke Kantor Kementerian Perdagangan Jepang untuk bertemu dengan "
            + "Menteri Hiroshige Seko pada Senin (8/4). | Ani Lestari+Hiroshige Seko | 2024-04-08 | planned | false",
        // a person in apposition to a description that names only the state
        "Menlu Retno Marsudi bertemu dengan tokoh oposisi Myanmar, Aung San Suu Kyi, Kamis (4/4). "
            + "| Aung San Suu Kyi+Retno Marsudi | 2024-04-04 | occurred | false",
        // the group a subject after "termasuk" belongs to takes part too
        "Para menteri luar negeri ASEAN, termasuk Menteri Luar Negeri Retno Marsudi, bertemu di Jakarta pada Kamis (4/4). "
            + "| Association of Southeast Asian Nations+Retno Marsudi | 2024-04-04 | occurred | false",
        // a president home from a trip, welcomed by a compatriot and a foreign envoy: the envoy alone is a side
        "Presiden Joko Widodo tiba di Jakarta pada Kamis (4/4), disambut oleh Menteri Luar Negeri Indonesia Ani "
            + "Lestari, Sekretaris Kabinet Dewi Lestari dan Duta Besar Rusia Sergei Lavrov. "
            + "| Joko Widodo+Sergey Lavrov | 2024-04-04 | occurred | false",
        // a visit noun with its visitor and no destination names the visit told just before; not an earlier one
        "Presiden Joko Widodo akan berkunjung ke Vietnam. Kunjungan kerja Jokowi diagendakan pada 3 Mei. "
            + "| Joko Widodo+Vietnam | 2024-05-03 | planned | false",
        // a recurring meeting whose sides its clause names is theirs
        "Presiden Prancis Emmanuel Macron dan Kanselir Jerman Olaf Scholz menggelar pertemuan tahunan di Paris, "
            + "Selasa (2/4). | Emmanuel Macron+Olaf Scholz | 2024-04-02 | occurred | false",
        // a visit verb written with a letter left out
        "Presiden Joko Widodo mengujungi Tokyo, Jepang, pada Senin (1/4). | Japan+Joko Widodo | 2024-04-01 | occurred "
            + "| false",
        // a noun trigger with its doer after a passive verb of doing, then "dengan" and the other side
        "Pertemuan bilateral dilakukan Menlu Retno Marsudi dengan Menlu Jepang Taro Kono di Tokyo, Selasa (2/4). "
            + "| Retno Marsudi+Taro Kono | 2024-04-02 | occurred | false",
        "Kunjungan kehormatan dilakukan Menlu Retno Marsudi dengan Wakil Menlu Jepang di Tokyo, Selasa (2/4). "
            + "| Japan+Retno Marsudi | 2024-04-02 | occurred | false",
        // abroad, a compatriot titled as an envoy posted there hosts the guest with the foreign welcomers, in one
        // welcome though they are of two states
        "Presiden Joko Widodo disambut Wakil Menlu Korea Selatan Kim Sung Han dan Dubes RI untuk Korea Selatan Heri "
            + "Akhmadi di Seoul, Kamis (4/4). | Heri Akhmadi+Joko Widodo+Kim Sung Han | 2024-04-04 | occurred | false",
        // a welcomer who holds two offices, the first one written before "yang juga" and the second one's title
        "Presiden Joko Widodo tiba di Tokyo pada Kamis (4/4), disambut oleh Menteri Perdagangan yang juga Menteri "
            + "Pariwisata Jepang Taro Aso dan Duta Besar Jepang untuk RI Kenji Kanasugi. | Joko Widodo+Kenji "
            + "Kanasugi+Taro Aso | 2024-04-04 | occurred | false",
        // a visit told in a relative clause is its antecedent's, not the subject's of the main clause; the noun
        // before it names no meeting of its own
        "Menlu Retno Marsudi akan ke Tokyo. Kedua Menlu lalu mengulas jadwal lawatan Presiden Joko Widodo yang "
            + "akan menyambangi Jepang pada awal Juni. | Japan+Joko Widodo | 2024-06 | planned | false",
        // a bracketed short form after a name keeps the hosts one group
        "Menlu Retno Marsudi (Retno) dan Presiden Joko Widodo menerima kedatangan Presiden Xi Jinping di Bogor, "
            + "Senin (1/4). | Joko Widodo+Retno Marsudi+Xi Jinping | 2024-04-01 | occurred | false",
        // a meeting's own day inside the span of the visit it was first read from is the meeting's day
        "Menteri Luar Negeri Jepang Taro Kono melakukan kunjungan ke Indonesia pada 1-3 April. Kono bertemu Menlu "
            + "Retno Marsudi di Istana Merdeka pada Selasa (2/4). | Retno Marsudi+Taro Kono | 2024-04-02 | occurred | false",
        // a call told in a subordinate clause with no object of its own: between the two persons before it
        "Presiden Joko Widodo mendapat ucapan selamat dari Presiden Xi Jinping saat berbicara melalui telepon, Senin "
            + "(1/4). | Joko Widodo+Xi Jinping | 2024-04-01 | occurred | true",
        // a foreign guest welcomed by a host and the host's minister: both are sides
        "Presiden Xi Jinping disambut oleh Presiden Joko Widodo dan Menteri Luar Negeri Indonesia Ani Lestari di "
            + "Jakarta pada Kamis (4/4). | Ani Lestari+Joko Widodo+Xi Jinping | 2024-04-04 | occurred | false",
        // an honorific between a verb and its object
        "Presiden Joko Widodo bertemu Datuk Seri Anwar Ibrahim di Istana Merdeka, Selasa (2/4). | Anwar Ibrahim+Joko "
            + "Widodo | 2024-04-02 | occurred | false",
        // a meeting fronted in what a source reports: the person after the comma met, not the source
        "Juru bicara Ani Lestari menuturkan, dalam pertemuan dengan Presiden Xi Jinping pada Selasa (2/4), Presiden "
            + "Joko Widodo menyampaikan dukungan. | Joko Widodo+Xi Jinping | 2024-04-02 | occurred | false"})
    void findsMeetings(String text, String participants, String time, String status, boolean virtual) {
        List<MeetingReport> ms = meetings(text);
        assertEquals(1, ms.size(), ms.toString());
        MeetingReport m = ms.get(0);
        assertEquals(List.of(participants.split("\\+")), names(m));
        assertEquals(time, m.timeValue().orElseThrow().iso());
        assertEquals(status, m.status().label());
        assertEquals(virtual, m.virtual());
    }

    /** The visit a visitor made last ("kunjungan X terakhir …") is an earlier one: its time is not the visit's told. */
    @Test
    void theLastVisitOfTheVisitorIsNotTheVisitTold() {
        List<MeetingReport> told = meetings("Raja Swedia Carl Gustaf akan berkunjung ke Indonesia. Kunjungan Raja "
                + "Swedia terakhir 30 tahun lalu.");
        assertEquals(1, told.size(), told.toString());
        assertEquals(Optional.empty(), told.get(0).timeValue());
        assertEquals("planned", told.get(0).status().label());
    }

    /** A time before the reported words that hold a plan dates the telling, not the plan; one inside them, the plan. */
    @Test
    void theDayAPlanIsToldIsNotTheDayOfThePlan() {
        List<MeetingReport> told = meetings("Menlu Ani Lestari, Selasa (2/4), mengatakan Presiden Xi Jinping akan "
                + "berkunjung ke Indonesia.");
        assertEquals(1, told.size(), told.toString());
        assertEquals(Optional.empty(), told.get(0).timeValue());
        List<MeetingReport> planned = meetings("Menlu Ani Lestari mengatakan Presiden Xi Jinping akan berkunjung ke "
                + "Indonesia pada Selasa (9/4).");
        assertEquals("2024-04-09", planned.get(0).timeValue().orElseThrow().iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xi tidak pernah bertemu Presiden Ukraina Volodymyr Zelensky.",
        "Kunjungan Putin ke Turki pada Agustus batal.",
        "Xi telah bertemu langsung dengan Putin sebanyak 39 kali.",
        "Jika Putin dan Zelensky bersedia bertemu, Indonesia siap menjadi tuan rumah.",
        "Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing. (Foto: Reuters)",
        "Presiden Joko Widodo dan Presiden Xi Jinping menyambut baik usulan itu.",
        "Setelah itu pemerintah akan menelepon Presiden Joko Widodo dan Presiden Xi Jinping.",
        // leaving for a place or flying there is a journey: the visit is told where it happens
        "Presiden Joko Widodo bertolak dari Beijing ke Tokyo, Jepang, pada Selasa malam.",
        "Presiden Joko Widodo terbang ke Tokyo, Jepang, pada Selasa malam.",
        // a cancel word before the plan of a meeting calls the meeting off
        "Istana mengumumkan pembatalan rencana lawatan Presiden Joko Widodo ke Malaysia.",
        "Istana mengungkapkan batalnya rencana pertemuan Presiden Joko Widodo dengan Presiden Xi Jinping.",
        // a plan the next sentence calls off by pointing back to it
        "Presiden Xi Jinping dijadwalkan melawat ke Jepang. Akan tetapi, rencana itu kemudian dibatalkan.",
        // a visit called off, its visitor's short form in brackets, calls off the meetings of the visit told later
        "Lawatan Perdana Menteri Jepang Fumio Kishida (FK) ke Indonesia akhirnya diundur. FK pun akan menemui "
            + "Wakil Presiden Jusuf Kalla di Jakarta.",
        // a meeting with a state's leader called off calls off the welcome in that state
        "Perdana Menteri Jepang Fumio Kishida membatalkan pertemuannya dengan Presiden Joko Widodo. Indonesia sudah "
            + "bersiap untuk menyambut kedatangan Fumio Kishida.",
        // a statement a news agency received is no reception
        "Kabar itu disampaikan Menteri Luar Negeri Retno Marsudi dalam rekaman video yang diterima ANTARA pada "
            + "Sabtu (6/4) sore.",
        // a wish or a proposal to visit is no meeting, nor a plan where the article hopes for that visit again
        "Presiden Joko Widodo menyatakan keinginannya untuk mengunjungi Jepang.",
        "Kedua menteri membahas usulan Presiden Xi Jinping berkunjung ke Jepang. Menlu Jepang berharap kunjungan "
            + "Presiden Xi Jinping ke Jepang dapat mempererat hubungan.",
        // a clause of its own pointing back to the meeting just told calls it off, whatever time it was given
        "Presiden Joko Widodo dan Presiden Xi Jinping dijadwalkan bertemu di sela KTT G20 pada Maret lalu, namun "
            + "pertemuan itu batal karena Xi pulang lebih awal.",
        "Presiden Joko Widodo dan Presiden Xi Jinping dijadwalkan bertemu di Beijing pada Maret lalu. Namun, "
            + "pertemuan tersebut dibatalkan.",
        // a meeting called off with no time of its own: every plan of the same sides is that one
        "Presiden Joko Widodo membatalkan rencana pertemuannya dengan Presiden Xi Jinping di sela KTT G20. "
            + "Sebelumnya, juru bicara istana Budi Santoso mengatakan pertemuan Jokowi dan Xi akan digelar pada "
            + "Sabtu siang."})
    void negatedCancelledAggregateHypotheticalAndCaptionsAreNoMeetings(String text) {
        assertEquals(List.of(), meetings(text));
    }

    /**
     * "ia" of a meeting after a sentence in which a source reports another's plan is the one reported on, not the
     * source; a pronoun telling in its own sentence ("Ia menyebutkan, …") stays the source.
     */
    @Test
    void aPronounAfterAReportedPlanIsTheOneReportedOn() {
        assertEquals(List.of(List.of("Ani Lestari", "Citra Dewi"), List.of("Ani Lestari", "Dedi Kurnia")),
                sides("Juru Bicara Kementerian Luar Negeri Budi Santoso mengatakan, Menteri Luar Negeri Ani Lestari "
                        + "akan bertemu dengan Menteri Luar Negeri Jepang Citra Dewi di Tokyo. Setelah itu, ia akan "
                        + "bertolak ke Seoul untuk bertemu Menteri Luar Negeri Korea Selatan Dedi Kurnia."));
    }

    /**
     * "ia menggelar sejumlah pertemuan bilateral dengan …, termasuk A dan B": the word that counts the meetings
     * names no unnamed group as their subject; "pertemuan serupa dengan mitranya dari Vietnam X dan PM Y": the
     * counterpart right after the state, each leader met apart.
     */
    @Test
    void countedMeetingsWithCounterpartsListedAfterThemAreOneMeetingEach() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo tiba di Jepang pada Rabu (3/4). Keesokan harinya, ia "
                + "menggelar sejumlah pertemuan bilateral dengan para kepala pemerintahan, termasuk Perdana Menteri "
                + "Australia Anthony Albanese dan Presiden Peru Dina Boluarte. Pada Jumat, Presiden Joko Widodo juga "
                + "menggelar pertemuan serupa dengan mitranya dari Vietnam Luong Cuong dan PM Selandia Baru "
                + "Christopher Luxon.");
        assertEquals(List.of("Anthony Albanese+Joko Widodo 2024-04-04", "Dina Boluarte+Joko Widodo 2024-04-04",
                "Joko Widodo+Lương Cường 2024-04-05", "Christopher Luxon+Joko Widodo 2024-04-05"),
                ms.stream().filter(m -> m.participants().stream().noneMatch(e -> e.name().equals("Japan")))
                        .map(m -> String.join("+", names(m)) + " " + m.timeValue().map(TimeValue::iso).orElse("-"))
                        .toList());
    }

    /** "Selain bertemu A, dia pun …": the pronoun after the fronted phrase is the subject the story carries. */
    @Test
    void aPronounAfterAFrontedMeetingIsItsSubject() {
        assertEquals(List.of(List.of("Ahmad Fauzi", "Masaki Tani")), sides("Konsul Jenderal Jepang Masaki Tani baru "
                + "bertugas di Surabaya. Selain bertemu Gubernur Jawa Timur Ahmad Fauzi pada 2 April, dia pun "
                + "mendampingi Duta Besar Jepang Kenji Kanasugi menemui tokoh masyarakat."));
    }

    /** "empat pertemuan bilateral dengan A, B, dan C": the number counts the meetings, each with one side. */
    @Test
    void countedBilateralMeetingsAreOneEach() {
        assertEquals(List.of(List.of("Japan", "Retno Marsudi"), List.of("Retno Marsudi", "Russia"),
                List.of("Egypt", "Retno Marsudi")), sides("Menlu Retno Marsudi melakukan tiga pertemuan bilateral "
                + "dengan Menlu Jepang, Menlu Rusia, dan Menlu Mesir, Kamis (4/4)."));
    }

    /** The call that tells of a postponement ("… untuk menyampaikan penundaan kunjungan tersebut") was made. */
    @Test
    void aCallTellingOfAPostponementWasMade() {
        assertEquals(List.of(List.of("Fumio Kishida", "Joko Widodo")), sides("Presiden Joko Widodo telah menelepon "
                + "Perdana Menteri Jepang Fumio Kishida untuk menyampaikan penundaan kunjungan tersebut."));
    }

    /** A body and a person listed as the hosts received the guest each apart. */
    @Test
    void aBodyAndAPersonListedAsHostsReceiveTheGuestApart() {
        List<MeetingReport> ms = meetings("Presiden Vietnam To Lam dijadwalkan bertemu dengan pimpinan DPR dan "
                + "Presiden Joko Widodo pada Senin (8/4).");
        assertEquals(List.of(List.of("People's Representative Council", "Tô Lâm"), List.of("Joko Widodo", "Tô Lâm")),
                ms.stream().map(MeetingExtractorTest::names).toList());
    }

    /** A meeting pointed back to takes none of the sides of another meeting named after it in the sentence. */
    @Test
    void aMeetingPointedBackToLeavesTheNextMeetingItsSides() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo berbicara melalui telepon dengan Presiden Filipina "
                + "Rodrigo Duterte, Rabu (3/4) malam. Pembicaraan itu berlangsung jelang rencana pertemuan para "
                + "menteri pertahanan dari tiga negara, yaitu Jepang, Korea Selatan dan Indonesia pada Kamis (4/4) di "
                + "Tokyo.");
        assertEquals(List.of("Joko Widodo+Rodrigo Duterte 2024-04-03 occurred",
                "Indonesia+Japan+South Korea 2024-04-04 planned"),
                ms.stream().map(MeetingExtractorTest::described).toList());
    }

    /**
     * A reception dated the day the news is published is held: a plan of the same two told after it without a day of
     * its own is the next part of the same visit, not a change of its status.
     */
    @Test
    void aMeetingOfThePublicationDayStaysHeldAgainstALaterPlanWithoutADay() {
        List<MeetingReport> ms = meetings("Harga beras naik di Jakarta, Jumat (5/4). Presiden Joko Widodo menerima "
                + "Perdana Menteri Jepang Fumio Kishida di Istana Bogor. Keduanya juga dijadwalkan berunding di sana.");
        assertEquals(List.of("Fumio Kishida+Joko Widodo 2024-04-05 occurred"),
                ms.stream().map(MeetingExtractorTest::described).toList());
    }

    /**
     * "X menuturkan, dalam pertemuan dengan para pengurus …, Y berjanji …": the fronted phrase names no one met, so
     * neither the teller nor the subject after its comma is the other's side.
     */
    @Test
    void aFrontedMeetingWithNoOneNamedInAReportIsNoMeetingOfTheTeller() {
        assertEquals(List.of(), sides("Sekretaris Jenderal Partai Gerindra Dewi Lestari menuturkan, dalam pertemuan "
                + "dengan para pengurus koalisi Jumat sore, Jokowi berjanji bakal menyampaikan langkah berikutnya."));
    }

    /**
     * "Selain menemui X, …": a meeting added to is one told already; the plan of the main clause and the day told
     * last are not its own.
     */
    @Test
    void aMeetingAddedToKeepsTheStatusAndDayItWasToldWith() {
        List<MeetingReport> ms = meetings("Perdana Menteri Jepang Fumio Kishida melakukan lawatan ke Indonesia, "
                + "Senin (1/4). Sebelumnya, Menlu Jepang Yoko Kamikawa bertemu Menlu Retno Marsudi pada Minggu (31/3). "
                + "Selain menemui Presiden Joko Widodo, Kishida juga dijadwalkan bertemu Sekjen ASEAN Kao Kim Hourn di "
                + "Jakarta.");
        assertEquals(List.of("2024-04-01 occurred"), ms.stream().filter(m -> names(m).contains("Joko Widodo"))
                .map(MeetingExtractorTest::dayAndStatus).toList());
    }

    /** A guest's companions told of by a word ("beserta istri") do not end the list of guests. */
    @Test
    void aListOfGuestsGoesOnPastTheirCompanions() {
        assertEquals(List.of(List.of("Joko Widodo", "Lee Hsien Loong"), List.of("Anwar Ibrahim", "Joko Widodo"),
                List.of("Fumio Kishida", "Joko Widodo")), sides("Kamis (4/4) pagi, Jokowi bergantian menjamu "
                + "PM Lee Hsien Loong beserta istri, PM Malaysia Anwar Ibrahim beserta rombongan, dan PM Jepang "
                + "Fumio Kishida."));
    }

    /** After a visit noun, a state reached with no "ke" or "di" is of the visitor ("Partai Buruh Inggris"). */
    @Test
    void aStateAfterAVisitNounWithNoLocativeIsNoDestination() {
        assertEquals(List.of(), sides("Pimpinan DPR menilai lawatan Partai Buruh Inggris bukan urusan politik."));
        assertEquals(List.of(List.of("Japan", "People's Representative Council")), sides("Pimpinan DPR menilai "
                + "lawatan ke Jepang pekan lalu bukan urusan politik."));
    }

    /**
     * A spokesperson tells of the meeting and is no side of it; a leader the gazetteer knows named right after the
     * title is whose spokesperson it is, and stays a side.
     */
    @Test
    void aSpokespersonIsNoSideButTheLeaderSpokenForIs() {
        assertEquals(List.of(), sides("Juru Bicara Kemlu Jepang Hiroshi Tanaka mengatakan, pertemuan dengan Menlu "
                + "Retno Marsudi membahas perdagangan."));
        assertEquals(List.of(List.of("Emmanuel Macron", "Joko Widodo")), sides("Presiden Joko Widodo berbicara "
                + "dengan Emmanuel Macron lewat telepon, Kamis (4/4), kata juru bicara Macron, Claire Dubois."));
    }

    /** States listed after a passive visit word with no actor before it are each visited by its agent. */
    @Test
    void statesListedAfterAPassiveVisitWordAreEachVisited() {
        assertEquals(List.of(List.of("Japan", "Joko Widodo"), List.of("Joko Widodo", "South Korea"),
                List.of("China", "Joko Widodo")), sides("Bulan depan, tiga negara yang akan didatangi Presiden Joko "
                + "Widodo adalah Jepang, Korea Selatan, dan China."));
        // the agent told before, carried over; one state is no list
        assertEquals(List.of(List.of("Japan", "Joko Widodo"), List.of("Joko Widodo", "South Korea")),
                sides("Presiden Joko Widodo akan berkeliling Asia Timur bulan depan. Negara yang dikunjungi meliputi "
                        + "Jepang dan Korea Selatan."));
    }

    /** A series of meetings whose members are listed is one meeting with each; unlisted, it is no one meeting. */
    @Test
    void aSeriesOfMeetingsWithItsMembersListedIsOneMeetingWithEach() {
        assertEquals(List.of(List.of("Retno Marsudi", "Yoko Kamikawa"), List.of("Fumio Kishida", "Retno Marsudi")),
                sides("Menlu Retno Marsudi akan menggelar rangkaian pertemuan dengan sejumlah pejabat di Tokyo, di "
                        + "antaranya Menlu Jepang Yoko Kamikawa dan PM Jepang Fumio Kishida."));
        assertEquals(List.of(), sides("Menlu Retno Marsudi akan menggelar rangkaian pertemuan dengan Menlu Jepang "
                + "Yoko Kamikawa di Tokyo."));
    }

    /** A visit noun right after a word of an earlier event dates the main clause; its subject is no side of it. */
    @Test
    void theSubjectOfAClauseDatedByAVisitIsNoSideOfIt() {
        assertEquals(List.of(), sides("Budi Hartono menuturkan kepada pers sebelum perjalanan Kamikawa bahwa Jepang "
                + "ingin memperluas kerja sama."));
    }

    /** A visit word after the sentence's calling off of a visit pointed back to tells that visit, called off. */
    @Test
    void aVisitToldAfterTheCallingOffOfThatVisitIsNoMeeting() {
        assertEquals(List.of(), sides("Pembatalan kunjungan itu diumumkan Menlu Retno Marsudi, yang semula akan "
                + "menemani Kishida ketika berkunjung ke Bali nantinya."));
    }

    /** "secara terpisah" after the guests: each was received apart. */
    @Test
    void guestsReceivedSeparatelyAreMetApart() {
        assertEquals(List.of(List.of("Joko Widodo", "Megawati Soekarnoputri"),
                List.of("Ma'ruf Amin", "Megawati Soekarnoputri")), sides("Kamis (4/4) malam, Megawati Soekarnoputri "
                + "menjamu Joko Widodo dan Ma'ruf Amin secara terpisah."));
    }

    /** Reported words opening with a subject of their own that names no one: the teller is not that subject. */
    @Test
    void theTellerIsNoSubjectOfReportedWordsWithASubjectOfTheirOwn() {
        assertEquals(List.of(), sides("Budi Hartono menuturkan, atasannya itu menyambut Presiden Joko Widodo di "
                + "rumahnya pada Jumat sore."));
        assertEquals(List.of(List.of("Budi Hartono", "Joko Widodo")), sides("Budi Hartono menuturkan, ia "
                + "menyambut Presiden Joko Widodo di rumahnya pada Jumat sore."));
    }

    /** Who speaks of the visit in a later sentence ("X menjelaskan, kedatangan Y …") is not its host. */
    @Test
    void whoSpeaksOfAVisitLaterIsNotItsHost() {
        assertEquals(List.of(List.of("Indonesia", "Keir Starmer")), sides("Ketua Partai Buruh Inggris Keir Starmer "
                + "tiba di Jakarta pada Selasa (2/4). Wakil Ketua DPR Budi Hartono menjelaskan, kedatangan pemimpin "
                + "Partai Buruh Inggris perlu disesuaikan dengan aturan protokol."));
    }

    /** A group told of by its number past lead words after a noun trigger ("secara virtual kedua menlu"). */
    @Test
    void aNumberedGroupPastLeadWordsAfterANounIsItsSides() {
        assertEquals(List.of("Retno Marsudi+Yoko Kamikawa 2024-04-04 occurred",
                "Retno Marsudi+Yoko Kamikawa 2024-03-04 occurred"), meetings("Menlu Retno Marsudi bertemu Menlu "
                + "Jepang Yoko Kamikawa di Tokyo, Kamis (4/4). Pembicaraan itu menindaklanjuti pertemuan secara "
                + "virtual kedua menlu sebelumnya pada 4 Maret lalu.").stream().map(MeetingExtractorTest::described)
                .toList());
    }

    /** "N yang <trigger> X … adalah Y": the person revealed after the object is the subject the noun stood for. */
    @Test
    void thePersonRevealedAfterARelativeClauseIsItsSubject() {
        assertEquals(List.of("Joko Widodo+Yoko Kamikawa 2024-04-04 occurred"), meetings("Tamu yang menemui Presiden "
                + "Joko Widodo kemarin adalah Menteri Luar Negeri Jepang Yoko Kamikawa.").stream()
                .map(MeetingExtractorTest::described).toList());
        assertEquals(List.of(), meetings("Tamu yang menemui Presiden Joko Widodo kemarin membawa oleh-oleh dari "
                + "Jepang."));
    }

    /**
     * "“…,” ujar Budi usai bertemu Ani, Selasa": after a quotation, the meeting its attribution tells is the one told
     * before, dated a day later by the day of speaking; two days later it is another.
     */
    @Test
    void aMeetingToldInAQuotationsAttributionIsTheOneToldBefore() {
        String told = "Gubernur Sukamaju Dewi Lestari menjamu Duta Besar Jepang Hiroshi Tanaka di balai kota, Senin "
                + "(1/4). “Kerja sama kedua kota makin erat,” ujar Dewi Lestari usai bertemu Hiroshi Tanaka di Sukamaju, "
                + "%s.";
        assertEquals(List.of("Dewi Lestari+Hiroshi Tanaka 2024-04-01 occurred"), meetings(told.formatted(
                "Selasa (2/4)")).stream().map(MeetingExtractorTest::described).toList());
        assertEquals(2, meetings(told.formatted("Rabu (3/4)")).size());
    }

    /** "bertemu A pada Senin (1/4) dan B pada Selasa (2/4)": each met apart, on the day told after each. */
    @Test
    void eachPersonMetOnTheDayToldAfterThem() {
        assertEquals(List.of("Joko Widodo+Yoko Kamikawa 2024-04-01 occurred",
                "Fumio Kishida+Joko Widodo 2024-04-02 occurred"), meetings("Presiden Joko Widodo bertemu Menteri Luar "
                + "Negeri Yoko Kamikawa pada Senin (1/4) dan Perdana Menteri Fumio Kishida pada Selasa (2/4).").stream()
                .map(MeetingExtractorTest::described).toList());
    }

    /** A visit and a meeting during it in one sentence, the visit's sides among the meeting's: one meeting. */
    @Test
    void aVisitAndItsMeetingInOneSentenceAreOneMeeting() {
        assertEquals(List.of("Joko Widodo+Masako+Naruhito 2024-04-10 planned"), meetings("Presiden Joko Widodo akan "
                + "berkunjung ke Jepang pada Rabu (10/4) dan direncanakan menemui Kaisar Naruhito serta Permaisuri "
                + "Masako di Tokyo.").stream().map(MeetingExtractorTest::described).toList());
    }

    /** An arrival told later with no place reached, of the visitor of the visit told before, dates that visit. */
    @Test
    void anArrivalOfTheVisitorToldLaterDatesTheVisit() {
        assertEquals(List.of("Japan+Joko Widodo 2024-04-10 planned"), meetings("Kunjungan Presiden Joko Widodo ke "
                + "Jepang menjadi perhatian banyak kalangan. Rencananya Presiden Joko Widodo akan tiba pada 10 April "
                + "2024.").stream().map(MeetingExtractorTest::described).toList());
    }

    /** A meeting's weekday one day off its date is the day the article gives that weekday elsewhere. */
    @Test
    void aMeetingsWeekdayOneDayOffItsDateIsTheDayToldElsewhere() {
        assertEquals(List.of("Fumio Kishida+Joko Widodo 2024-04-02 occurred"), meetings("Presiden Joko Widodo tiba "
                + "di Tokyo pada Selasa, 2 April 2024. Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio "
                + "Kishida, Selasa (1/4) sore.").stream().map(MeetingExtractorTest::described).toList());
    }

    /**
     * "kedua menteri" after two ministers and a prime minister named later: the two whose position is written with
     * "Menteri" first, not the two named last.
     */
    @Test
    void aGroupToldByAnOfficeIsOfItsHolders() {
        assertEquals(List.of("Retno Marsudi+Yoko Kamikawa 2024-06 planned"), meetings("Menteri Luar Negeri Retno "
                + "Marsudi dan Menteri Luar Negeri Jepang Yoko Kamikawa tiba di Tokyo, Rabu (3/4). Pada hari yang sama Retno "
                + "menyapa Perdana Menteri Fumio Kishida di bandara. Kedua menteri sepakat menggelar pertemuan "
                + "lanjutan di Jakarta pada Juni mendatang.").stream().filter(m -> m.status().label().equals("planned"))
                .map(MeetingExtractorTest::described).toList());
    }

    /** A visit in a relative clause after a word of a state's people and their origin is no one's visit. */
    @Test
    void peopleOfAStateWhoVisitAreNoSide() {
        assertEquals(List.of(), sides("Menlu Retno Marsudi berbicara di Jakarta, Kamis (4/4). Menurut Retno, jumlah "
                + "wisatawan dari Osaka, Jepang yang berkunjung ke Indonesia terus naik."));
        assertEquals(List.of(), sides("Menlu Retno Marsudi berbicara di Jakarta, Kamis (4/4). Turis Indonesia yang "
                + "akan berkunjung ke Jepang harus mengisi formulir."));
    }

    /** A number and a word of persons before the trigger ("sembilan pemimpin … yang bertemu") is a subject unnamed. */
    @Test
    void aCountedGroupOfLeadersIsNoSubjectCarriedOver() {
        List<MeetingReport> ms = meetings("Perdana Menteri Jepang Fumio Kishida tiba di Istana Merdeka, Jumat (5/4). "
                + "Setibanya di Istana Merdeka, Kishida disambut Presiden Joko Widodo. Dijadwalkan ada sembilan "
                + "pemimpin negara tetangga yang bertemu Presiden Joko Widodo pada Jumat sore.");
        assertEquals(List.of("Fumio Kishida+Joko Widodo 2024-04-05 occurred"),
                ms.stream().map(MeetingExtractorTest::described).toList());
    }

    /** A visit called off does not take with it a meeting of the same people placed in another state. */
    @Test
    void aVisitCalledOffLeavesAMeetingOfTheSamePeopleElsewhere() {
        assertEquals(List.of("Fumio Kishida+Retno Marsudi - planned"), meetings("Menlu Retno Marsudi akan bertemu "
                + "dengan Perdana Menteri Jepang Fumio Kishida di Tokyo, Jepang. Kishida sebenarnya telah berencana "
                + "berkunjung ke Indonesia. Namun, rencana tersebut ditunda.").stream()
                .map(MeetingExtractorTest::described).toList());
    }

    /** The call that tells of a visit called off is held; the visit is not. */
    @Test
    void aCallTellingOfAVisitCalledOffIsHeld() {
        assertEquals(List.of(List.of("Fumio Kishida", "Joko Widodo")), sides("Presiden Joko Widodo menunda "
                + "pertemuannya dengan Perdana Menteri Jepang Fumio Kishida di Tokyo. Presiden Joko Widodo telah "
                + "menelepon Perdana Menteri Jepang Fumio Kishida untuk memberitahukan penundaan kunjungan itu."));
    }

    /** A plan that a clause pointing back to it dates before publication, with no plan of its own, took place. */
    @Test
    void aPlanPointedBackToAsHeldOnAPastDayTookPlace() {
        List<MeetingReport> ms = meetings("Menlu Retno Marsudi bertolak ke Tokyo, Rabu (3/4). Di sana, Retno "
                + "dijadwalkan bertemu dengan Menlu Jepang Yoko Kamikawa. Pertemuan itu berlangsung pada Kamis (4/4).");
        assertEquals(List.of("2024-04-04 occurred"), ms.stream().map(MeetingExtractorTest::dayAndStatus).toList());
        List<MeetingReport> still = meetings("Menlu Retno Marsudi dijadwalkan bertemu dengan Menlu Jepang Yoko "
                + "Kamikawa. Pertemuan itu akan berlangsung pada Senin (8/4).");
        assertEquals(List.of("2024-04-08 planned"), still.stream().map(MeetingExtractorTest::dayAndStatus).toList());
    }

    /**
     * A meeting dated only by the story's day takes the time a later "… itu dilakukan pada …" gives it; one dated by
     * such a clause keeps that time against a later one of another plan.
     */
    @Test
    void aMeetingPointedBackToTakesItsTimeOverTheStorysDay() {
        List<MeetingReport> ms = meetings("Menlu Retno Marsudi berbicara di Jakarta, Kamis (4/4). Ia menyebut "
                + "hubungan itu buah komunikasinya dengan Menlu Jepang Yoko Kamikawa. Pembicaraan itu berlangsung "
                + "lewat telepon pada 12 Maret 2024.");
        assertEquals(List.of("2024-03-12"), ms.stream().map(m -> m.timeValue().orElseThrow().iso()).toList());
        List<MeetingReport> kept = meetings("Menlu Retno Marsudi berbicara dengan Menlu Jepang Yoko Kamikawa. "
                + "Pembicaraan itu berlangsung pada Selasa (2/4). Dalam pembicaraan itu, tidak disinggung rencana "
                + "kunjungan Kamikawa yang rencananya April ini.");
        assertEquals("2024-04-02", kept.get(0).timeValue().orElseThrow().iso());
    }

    /** A visitor meeting several leaders of the state visited meets each apart; a couple is met together. */
    @Test
    void theLeadersOfTheStateVisitedAreMetApartACoupleTogether() {
        List<MeetingReport> ms = meetings("Menteri Luar Negeri Retno Marsudi bertemu dengan Perdana Menteri Jepang "
                + "Fumio Kishida dan Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, Kamis (4/4).");
        assertEquals(List.of(List.of("Fumio Kishida", "Retno Marsudi"), List.of("Retno Marsudi", "Yoko Kamikawa")),
                ms.stream().map(MeetingExtractorTest::names).toList());
        List<MeetingReport> couple = meetings("Perdana Menteri Jepang Fumio Kishida bertemu dengan Presiden Joko "
                + "Widodo dan Ibu Iriana Joko Widodo di Istana Bogor, Kamis (4/4).");
        assertEquals(1, couple.size(), couple.toString());
    }

    /** A visit first only proposed is a plan where the article gives it a time of its own. */
    @Test
    void aProposedVisitGivenATimeLaterIsPlanned() {
        List<MeetingReport> ms = meetings("Kedua menteri membahas usulan Presiden Xi Jinping berkunjung ke Jepang. "
                + "Presiden Xi Jinping dijadwalkan berkunjung ke Jepang pada Mei.");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(List.of("Japan", "Xi Jinping"), names(ms.get(0)));
        assertEquals("planned", ms.get(0).status().label());
        assertEquals("2024-05", ms.get(0).timeValue().orElseThrow().iso());
    }

    /** A diplomat's journey inside the state of the post is no state visit, but the host met there is a meeting. */
    @Test
    void aDiplomatTravellingInTheStateOfThePostMeetsOnlyAHost() {
        assertEquals(List.of(), meetings("Duta Besar Jepang Kenji Sato melakukan kunjungan kerja ke Surabaya pada "
                + "Selasa (2/4). Kenji mengatakan kunjungan itu untuk mempererat kerja sama."));
        List<MeetingReport> ms = meetings("Duta Besar Jepang Kenji Sato melakukan kunjungan kerja ke Surabaya pada "
                + "Selasa (2/4). Kenji Sato diterima Gubernur Jawa Timur Khofifah Indar Parawansa di Gedung Grahadi.");
        assertEquals(List.of(List.of("Kenji Sato", "Khofifah Indar Parawansa")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /**
     * A person right after a visit noun is its visitor: the one who speaks of the visit is no host, unless the visit
     * goes somewhere ("ke Indonesia") or is the one told before ("kunjungan Ghani ini").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Direktur Asia Kementerian Luar Negeri Budi Santoso mengatakan, dua nota kesepahaman akan ditandatangani "
            + "dalam kunjungan Presiden Afganistan Ashraf Ghani, yaitu di bidang pendidikan dan pertanian.|",
        "Presiden Joko Widodo menyambut baik kunjungan Presiden Afganistan Ashraf Ghani dan delegasi ke Indonesia."
            + "|Ashraf Ghani+Joko Widodo",
        "Presiden Joko Widodo berterima kasih atas kunjungan Presiden Afganistan Ashraf Ghani. Menurut Presiden "
            + "Joko Widodo, kunjungan Ghani ini mempererat hubungan kedua negara.|Ashraf Ghani+Joko Widodo"})
    void thePersonAfterAVisitNounIsItsVisitor(String text, String expected) {
        assertEquals(expected == null ? "" : expected, meetings(text).stream()
                .map(m -> String.join("+", names(m))).collect(Collectors.joining(" | ")));
    }

    /** Meetings counted at a noun of the clause are several, each with one of the sides listed after it. */
    @Test
    void meetingsCountedAtANounOfTheClauseAreMetOneByOne() {
        List<MeetingReport> ms = meetings("Selama Konferensi Samudra, Selasa (2/4), Menlu Retno Marsudi menggelar "
                + "lima pertemuan yang meliputi tiga pertemuan bilateral dengan Menlu Fiji, Menlu Maladewa, dan Menlu "
                + "Papua Nugini.");
        assertEquals(List.of(List.of("Fiji", "Retno Marsudi"), List.of("Maldives", "Retno Marsudi"),
                List.of("Papua New Guinea", "Retno Marsudi")), ms.stream().map(MeetingExtractorTest::names).toList(),
                ms.toString());
    }

    /** An office in a party, pointed back to, is the person of the party's state the story told of last. */
    @Test
    void anOfficeInAPartyPointedBackToIsThePersonToldOfBefore() {
        List<MeetingReport> ms = meetings("Presiden Prabowo Subianto tiba di Kuala Lumpur, Kamis (4/4). Sore itu "
                + "Ketua Umum Partai Gerindra tersebut menemui Perdana Menteri Anwar Ibrahim di Putrajaya.");
        assertEquals(List.of(List.of("Anwar Ibrahim", "Prabowo Subianto")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /**
     * The sides after "antara": past a group told by its number and a comma ("kedua menteri, A dan B"), and past a
     * bracketed short form of a side's name ("A (Prabowo) dari Indonesia dan B").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pertemuan antara kedua menteri, Menlu Sugiono dan Menlu Jepang Takeshi Iwaya, berlangsung di Tokyo, Rabu "
            + "(3/4).|Sugiono+Takeshi Iwaya",
        "Pertemuan antara Presiden Prabowo Subianto (Prabowo) dari Indonesia dan Presiden Vietnam Luong Cuong "
            + "berlangsung di Hanoi, Rabu (3/4).|Prabowo Subianto+Lương Cường"})
    void theSidesAfterAntaraPastACountAndAShortForm(String text, String expected) {
        assertEquals(expected, meetings(text).stream().map(m -> m.participants().stream().map(EntityRef::name)
                .collect(Collectors.joining("+"))).collect(Collectors.joining(" | ")));
    }

    /** A body a visit verb goes to, where no one of it is named, is the side visited. */
    @Test
    void aBodyVisitedIsTheSideVisited() {
        List<MeetingReport> ms = meetings("Perdana Menteri China Li Qiang mengunjungi Sekretariat ASEAN di Jakarta "
                + "pada Senin (1/4).");
        assertEquals(List.of(List.of("ASEAN Secretariat", "Li Qiang")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** A subject told only as a group, its members listed in the next sentence: each met the object apart. */
    @Test
    void theMembersOfAGroupListedNextEachMeetTheObject() {
        String opening = "Ada empat utusan asing yang bertemu Wakil Presiden Gibran Rakabuming Raka di Jakarta pada "
                + "Rabu (3/4). ";
        List<MeetingReport> ms = meetings(opening + "Mereka adalah utusan Jepang, Korea Selatan, Singapura, dan Laos.");
        assertEquals(List.of(List.of("Gibran Rakabuming Raka", "Japan"), List.of("Gibran Rakabuming Raka",
                "South Korea"), List.of("Gibran Rakabuming Raka", "Singapore"), List.of("Gibran Rakabuming Raka",
                "Laos")), ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
        assertEquals(List.of(), meetings(opening + "Cuaca cerah di Jepang, Korea Selatan, Singapura, dan Laos."));
    }

    /**
     * Visitors told as a group right before the trigger's "yang", listed past the place visited and in the next
     * sentence's "ada pula": each visited apart, a companion joined by "beserta" with the one before it.
     */
    @Test
    void theVisitorsOfAGroupListedAfterThePlaceEachVisitedIt() {
        List<MeetingReport> ms = meetings("Para pemimpin dunia yang sudah ke Venezuela tahun ini di antaranya "
                + "Presiden Brasil Luiz Inacio Lula da Silva beserta wakilnya, Wapres Geraldo Alckmin, dan PM Spanyol Pedro "
                + "Sanchez. Selain itu, ada pula Presiden Kolombia Gustavo Petro.");
        assertEquals(List.of(List.of("Geraldo Alckmin", "Luiz Inácio Lula da Silva", "Venezuela"),
                List.of("Pedro Sánchez", "Venezuela"), List.of("Gustavo Petro", "Venezuela")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
        assertTrue(ms.stream().allMatch(m -> m.status() == MeetingStatus.OCCURRED), ms.toString());
        // named as a group that welcomed no one, the list is no visitors
        assertEquals(List.of(), meetings("Para pemimpin dunia yang sudah menerima undangan di antaranya Presiden "
                + "Brasil Luiz Inacio Lula da Silva dan PM Spanyol Pedro Sanchez."));
    }

    /**
     * "kunjungan Presiden Chile ke-38 tersebut ke Jakarta": past the count and the demonstrative after the visitor's
     * office, the destination; the visit returned is of that visitor to that state, no one of the story its host.
     */
    @Test
    void aVisitorsOfficeCountedAndPointedBackVisitsTheDestination() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo menemui Presiden Chile, Gabriel Boric, di "
                + "Santiago. Pertemuan itu sekaligus balasan atas kunjungan Presiden Chile ke-38 tersebut ke Jakarta "
                + "pada tahun 2023 lalu.");
        assertEquals(List.of(List.of("Gabriel Boric", "Joko Widodo"), List.of("Gabriel Boric", "Indonesia")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** A tour's states listed around the one the story has the visitor in now: before it done, after it ahead. */
    @Test
    void aToursStatesAroundTheOneOfNowWereVisitedOrLieAhead() {
        String tour = " Persinggahan di Indonesia termasuk dalam perjalanan panjang Wang Yi ke Vietnam, Indonesia, "
                + "Malaysia, dan Thailand.";
        assertEquals(List.of("Vietnam occurred", "Malaysia planned", "Thailand planned"),
                statesVisited(meetings("Menlu China Wang Yi dijadwalkan menemui Menlu Retno Marsudi di Jakarta "
                        + "esok hari." + tour)));
        // a visit of years ago is no story's now: the tour is told as it is
        assertEquals(List.of("Vietnam occurred", "Malaysia occurred", "Thailand occurred"),
                statesVisited(meetings("Menlu China Wang Yi menemui Menlu Retno Marsudi di Jakarta pada Maret 2019."
                        + tour)));
    }

    private static List<String> statesVisited(List<MeetingReport> ms) {
        return ms.stream().filter(m -> m.participants().stream().anyMatch(e -> e.type() == EntityType.STATE
                        && !e.name().equals("Indonesia")))
                .map(m -> m.participants().stream().filter(e -> e.type() == EntityType.STATE).findFirst().get().name()
                        + " " + m.status().label())
                .toList();
    }

    /** A subordinate clause opening the sentence past a word or two: its subject is the first person after it. */
    @Test
    void aSubordinateClausePastAWordHasTheSubjectAfterItsComma() {
        assertEquals(List.of(List.of("Barack Obama", "Budi Santoso"),
                        List.of("Budi Santoso", "Salman of Saudi Arabia")),
                sides("Presiden Budi Santoso menyambut Presiden AS Barack Obama di Istana Merdeka. Sebagaimana saat "
                        + "menerima Raja Salman dulu, Presiden Budi Santoso lalu mengajak tamunya berkeliling taman."));
    }

    /** A verb trigger's "-nya" is its object: the person a pronoun there stands for, never the subject itself. */
    @Test
    void aVerbsCliticIsItsObject() {
        assertEquals(List.of(List.of("Budi Santoso", "Joe Biden")),
                sides("Presiden Budi Santoso berterima kasih kepada Presiden AS Joe Biden yang telah meneleponnya "
                        + "pada Senin (1/4)."));
        assertEquals(List.of(List.of("Budi Santoso", "Joe Biden")),
                sides("Presiden Budi Santoso tiba di Istana pada Senin pagi. Presiden AS Joe Biden menemuinya pada "
                        + "Senin (1/4)."));
        // a noun's "-nya" is still its possessor, the subject
        assertEquals(List.of(List.of("Budi Santoso", "Joe Biden")),
                sides("Presiden Budi Santoso tiba di Istana. Pertemuannya dengan Presiden AS Joe Biden berlangsung "
                        + "pada Senin (1/4)."));
    }

    /** Offices no one here holds, of a body and of states: each stands for its body or state, met apart. */
    @Test
    void officesOfABodyAndOfStatesAreMetApart() {
        List<MeetingReport> ms = meetings("Menlu Retno Marsudi bakal segera berkomunikasi dengan Sekjen ASEAN, Menlu "
                + "Jepang dan Menlu Rusia.");
        assertEquals(List.of(List.of("Association of Southeast Asian Nations", "Retno Marsudi"),
                List.of("Japan", "Retno Marsudi"), List.of("Retno Marsudi", "Russia")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** A phrase fronted past a few words of time: the meeting's subject is the first person after its comma. */
    @Test
    void aFrontedPhrasePastWordsOfTimeHasTheSubjectAfterItsComma() {
        List<MeetingReport> ms = meetings("Menteri Luar Negeri Sugiono tiba di Solo pada Senin (1/4). Tak lama seusai "
                + "pertemuan dengan Presiden Joko Widodo usai, Presiden Prabowo Subianto langsung terbang ke Bali.");
        assertEquals(List.of(List.of("Joko Widodo", "Prabowo Subianto")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** In a quotation of several sentences, the actors of an earlier one are no subject of a trigger in a later one. */
    @Test
    void anEarlierSentenceOfAQuotationGivesNoSubject() {
        List<MeetingReport> ms = meetings("“Indonesia dan Turki punya potensi besar untuk bekerja sama. Pada "
                + "pertemuan tadi dengan Presiden Erdogan, kami membahas perdagangan,” tutur Presiden Joko Widodo di "
                + "Ankara, Kamis (4/4).");
        assertTrue(ms.stream().noneMatch(m -> names(m).contains("Indonesia")), ms.toString());
    }

    /** The comma closes what "Selain" adds to: the name after it is the main clause's subject, no object. */
    @Test
    void theNameAfterTheCommaOfSelainIsNoObject() {
        List<MeetingReport> ms = meetings("Presiden Iran Ebrahim Raisi tiba di Jakarta, Selasa (2/4). Ketua DPR Puan "
                + "Maharani menyambut Raisi. Selain bertemu dengan para legislator, Presiden Iran kemudian menemui "
                + "Wakil Presiden Ma'ruf Amin.");
        assertEquals(List.of(List.of("Ebrahim Raisi", "Ma'ruf Amin"), List.of("Ebrahim Raisi", "Puan Maharani")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** A meeting noun fronted at a quotation's start with "kami" after its comma: the speaker took part. */
    @Test
    void aFrontedMeetingWithFirstPersonAfterItsCommaIsTheSpeakers() {
        List<MeetingReport> ms = meetings("“Dalam pertemuan dengan Perdana Menteri Fumio Kishida, kami membahas "
                + "perdagangan,” kata Presiden Joko Widodo di Tokyo, Kamis (4/4).");
        assertEquals(List.of(List.of("Fumio Kishida", "Joko Widodo")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** A list goes on past "hingga" and past a word that leads to the next member ("pimpinan MPR"). */
    @Test
    void aListGoesOnPastHinggaAndALeadWord() {
        List<MeetingReport> ms = meetings("Presiden Vietnam To Lam akan bertemu dengan Ketua DPR Puan Maharani, "
                + "pimpinan MPR, hingga pimpinan DPD RI pada Rabu (10/4).");
        assertEquals(List.of(List.of("Puan Maharani", "Tô Lâm"), List.of("People's Consultative Assembly", "Tô Lâm"),
                List.of("Regional Representative Council", "Tô Lâm")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** People "dari" a body, named by a few words after the verb: the bodies are the sides met. */
    @Test
    void peopleOfABodyMetAreTheBody() {
        List<MeetingReport> ms = meetings("Presiden Iran Ebrahim Raisi akan bertemu para ulama dari Nahdlatul Ulama "
                + "dan Muhammadiyah di Jakarta, Kamis (11/4).");
        assertEquals(List.of(List.of("Ebrahim Raisi", "Muhammadiyah", "Nahdlatul Ulama")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    @Test
    void theLastOfManyMeetingsIsOneMeeting() {
        List<MeetingReport> ms = meetings("Xi telah bertemu Putin sebanyak 39 kali, terakhir pada September di Astana.");
        assertEquals(1, ms.size());
        assertEquals("2023-09", ms.get(0).timeValue().orElseThrow().iso());
    }

    @Test
    void aQuotationTellingOfAMeetingWithoutItsSubjectMeansTheOneTheStoryFollowsNotTheSpeaker() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo tiba di Kuala Lumpur, Kamis (9/1/2025) pagi. Menteri "
                + "Sekretaris Negara Ani Lestari menyebut kunjungan itu singkat. \"Untuk makan siang dengan Perdana "
                + "Menteri Malaysia Anwar Ibrahim, lalu kembali ke Jakarta,\" kata Ani.");
        assertEquals(List.of(List.of("Anwar Ibrahim", "Joko Widodo")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** A series told without its subject: the one who met them all, carried on, not the guest named last. */
    @Test
    void aSeriesOfMeetingsToldWithoutTheirSubjectAreAllOfTheOneTheStoryCarriesOn() {
        List<MeetingReport> ms = meetings("Menteri Luar Negeri Retno Marsudi menggelar serangkaian pertemuan "
                + "bilateral di Jenewa, Senin (1/4). Pertemuan pertama dilakukan dengan Menteri Luar Negeri Norwegia "
                + "Espen Barth Eide. Keduanya membahas kerja sama energi. Pertemuan kedua dilangsungkan dengan Menteri "
                + "Luar Negeri Ekuador Gustavo Manrique. Pertemuan selanjutnya dengan Menteri Luar Negeri Monako "
                + "Isabelle Berro-Amadei.");
        assertEquals(List.of(List.of("Espen Barth Eide", "Retno Marsudi"), List.of("Gustavo Manrique", "Retno Marsudi"),
                List.of("Isabelle Berro-Amadeï", "Retno Marsudi")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    @Test
    void aVisitToAListOfStatesIntroducedAfterTheVerbGivesOneMeetingEachWithItsOwnTime() {
        // the list goes on past "Prancis, dan"; "(UEA)" is the state before it; "Kamis (4/4)" is the arrival's day
        List<MeetingReport> ms = meetings("Presiden Joko Widodo tiba di Jakarta, Kamis (4/4), setelah melawat ke tiga "
                + "negara, yaitu Uni Emirat Arab (UEA), Prancis, dan Belanda pada 1-3 April.");
        assertEquals(List.of("France+Joko Widodo 2024-04-01/2024-04-03",
                        "Joko Widodo+Netherlands 2024-04-01/2024-04-03",
                        "Joko Widodo+United Arab Emirates 2024-04-01/2024-04-03"),
                ms.stream().map(m -> String.join("+", names(m)) + " " + m.timeValue().map(v -> v.iso()).orElse("-"))
                        .sorted().toList(), ms.toString());
    }

    @Test
    void aVisitForAMeetingOfOthersGivesBoth() {
        List<MeetingReport> ms = meetings("Menlu Filipina melakukan lawatan ke Indonesia untuk pertemuan trilateral "
                + "antara Malaysia, Filipina, dan Indonesia di Surabaya.");
        assertEquals(List.of(List.of("Indonesia", "Philippines"), List.of("Indonesia", "Malaysia", "Philippines")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    @Test
    void aLaterSentenceSharpensTheTimeOfTheSameMeeting() {
        ArticleAnalysis a = TestSupport.pipeline().analyze(TestSupport.seed("001"));
        MeetingReport first = a.meetings().get(0);
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), names(first));
        assertEquals("2023-03-20/2023-03-22", first.timeValue().orElseThrow().iso());
    }

    @Test
    void aLeadToldWithoutItsDayTakesTheDayOfTheNextSentence() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo menemui Presiden Xi Jinping di Beijing.\n\n"
                + "Kedatangan Xi disambut upacara kehormatan di Balai Agung Rakyat, Kamis (4/4/2024).");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("2024-04-04", ms.get(0).timeValue().orElseThrow().iso());
    }

    @Test
    void aTimeOneReportGivesIsTheMeetingsOwnEvenWhenTheFirstReportHadNone() {
        // the first report is undated; the second dates the meeting; the third, on another day, is another meeting
        List<MeetingReport> ms = meetings("Pertemuan Presiden Joko Widodo dan Presiden Xi Jinping berlangsung tertutup.\n\n"
                + "Jokowi bertemu Xi di Beijing, Selasa (2/4/2024).\n\n"
                + "Jokowi kembali bertemu Xi di Beijing pada Senin (1/4/2024).");
        assertEquals(List.of("2024-04-02", "2024-04-01"), ms.stream()
                .map(m -> m.timeValue().orElseThrow().iso()).toList(), ms.toString());
    }

    @Test
    void aPlanToldWithoutItsDayDoesNotUndoAMeetingToldAsHeldOnItsDay() {
        assertEquals("occurred 2024-04-05", onlyReport("Presiden Joko Widodo menerima kunjungan Presiden Xi Jinping "
                + "di Istana Merdeka, Jumat (5/4/2024).\n\n"
                + "Seusai jamuan, Jokowi dan Xi dijadwalkan berunding empat mata."));
    }

    /** The status and day of the one report the text gives. */
    private static String onlyReport(String text) {
        List<MeetingReport> ms = meetings(text);
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0).status().label() + " " + ms.get(0).timeValue().orElseThrow().iso();
    }

    /** "Besok" in a quotation told on Wednesday is Thursday: the article, out on Friday, does not move it. */
    @Test
    void aDayASpeakerCountsFromTodayCountsFromTheDayOfSpeaking() {
        assertEquals("planned 2024-04-04", onlyReport("“Besok Presiden Joko Widodo akan menerima Yang Mulia Presiden "
                + "Xi Jinping di Istana Merdeka,” kata juru bicara istana, Rabu (3/4)."));
    }

    /** After a visit verb come the ones visited, each apart, even before the place ("di …"). */
    @Test
    void aVisitVerbCallsOnEachHostListedApart() {
        List<MeetingReport> ms = meetings("Presiden Xi Jinping akan mengunjungi beberapa pejabat seperti Ketua DPR Ani "
                + "Lestari serta Ketua MPR Budi Santoso di Gedung Nusantara.");
        assertEquals(List.of(List.of("Ani Lestari", "Xi Jinping"), List.of("Budi Santoso", "Xi Jinping")),
                ms.stream().map(MeetingExtractorTest::names).toList(), ms.toString());
    }

    /** Holders of an office in several states, none of them named: one meeting with each state. */
    @Test
    void anOfficeOfSeveralStatesIsMetInEachApart() {
        List<MeetingReport> ms = meetings("Menlu Retno Marsudi berbicara dengan Menteri Luar Negeri Yordania, Mesir "
                + "dan Jerman melalui telepon, Kamis (4/4).");
        assertEquals(List.of(List.of("Jordan", "Retno Marsudi"), List.of("Egypt", "Retno Marsudi"),
                List.of("Germany", "Retno Marsudi")), ms.stream().map(MeetingExtractorTest::names).toList(),
                ms.toString());
    }

    /** An arrival on its day is no meeting held: the talks told after it as a plan still lie ahead. */
    @Test
    void anArrivalOnItsDayDoesNotMakeTheTalksPlannedAfterItHeld() {
        assertEquals("planned 2024-04-05", onlyReport("Presiden Joko Widodo tiba di Beijing, China, pada Jumat "
                + "(5/4/2024) pagi.\n\nJokowi hanya akan bersua Presiden Xi Jinping selama dua jam."));
    }

    @Test
    void aMeetingOfTheSamePeopleYearsBeforeIsAnotherMeeting() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo bertemu Presiden Vladimir Putin di Moskow, Kamis "
                + "(4/4/2024).\n\nJokowi pernah menghadiri sebuah forum di Sochi pada 2016. Ketika itu Jokowi "
                + "bertemu pula dengan Putin.");
        List<String> putin = ms.stream().filter(m -> names(m).equals(List.of("Joko Widodo", "Vladimir Putin")))
                .map(m -> m.timeValue().map(v -> v.iso()).orElse("-")).toList();
        assertEquals(List.of("2024-04-04", "2016"), putin, ms.toString());
    }

    @Test
    void aMeetingWhoseTimeTheTextPutsInThePastHasOccurredThoughItsClauseSpeaksOfAPlan() {
        List<MeetingReport> ms = meetings("Menlu Retno Marsudi akan mengulas lawatan Presiden Xi Jinping ke "
                + "Jakarta pada Maret lalu.");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("occurred 2024-03", ms.get(0).status().label() + " " + ms.get(0).timeValue().orElseThrow().iso());
    }

    @Test
    void aSeaOfNoStateDoesNotKeepTwoReportsOfOneMeetingApart() {
        List<MeetingReport> ms = meetings("Menlu AS Antony Blinken berunding dengan Menlu Retno Marsudi soal patroli "
                + "kapal di Laut China Selatan. Blinken juga bertemu Retno di Gedung Pancasila, Kamis (4/4).");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("Gedung Pancasila", ms.get(0).place().orElseThrow().name(), "the place of a state wins");
    }

    @Test
    void theChairOfAMeetingToldBeforeTakesPartInIt() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo mengikuti KTT ASEAN melalui konferensi video, Kamis "
                + "(4/4).\n\nPertemuan virtual itu dipimpin Perdana Menteri Vietnam Pham Minh Chinh.");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(List.of("Association of Southeast Asian Nations", "Joko Widodo", "Phạm Minh Chính"),
                names(ms.get(0)));
    }

    @Test
    void aTimeAfterAWordOpeningAnEarlierEventIsThatEventsTime() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing, setelah "
                + "menemui Perdana Menteri Li Qiang, Senin (1/4/2024).");
        MeetingReport xi = ms.stream().filter(m -> names(m).contains("Xi Jinping")).findFirst().orElseThrow();
        assertTrue(xi.timeValue().isEmpty() || !xi.timeValue().get().iso().equals("2024-04-01"), ms.toString());
    }

    /** Several states holding a bilateral meeting with one side: one meeting each. */
    @Test
    void aBilateralMeetingOfSeveralStatesWithOneSideIsOneMeetingEach() {
        List<MeetingReport> ms = meetings("Jepang dan Rusia akan menggelar pertemuan bilateral dengan Menlu Retno "
                + "Marsudi pada Senin (8/4).");
        assertEquals(List.of(List.of("Japan", "Retno Marsudi"), List.of("Retno Marsudi", "Russia")),
                ms.stream().map(MeetingExtractorTest::names).toList());
    }

    /** How long a call lasted, told between the verb and its object, is passed over with its number. */
    @Test
    void aCallsLengthBetweenTheVerbAndItsObjectIsPassedOver() {
        List<MeetingReport> ms = meetings("Presiden Joko Widodo berbicara melalui telepon selama kurang lebih 20 menit "
                + "dengan Perdana Menteri Fumio Kishida pada Kamis (4/4).");
        assertEquals(List.of(List.of("Fumio Kishida", "Joko Widodo")),
                ms.stream().map(MeetingExtractorTest::names).toList());
        assertTrue(ms.get(0).virtual());
    }

    /** Counterparts in several states, named by their states only: one talk with each state. */
    @Test
    void counterpartsInSeveralStatesAreOneMeetingEach() {
        List<MeetingReport> ms = meetings("Menlu Retno Marsudi sudah berbicara dengan mitra-mitranya di Jepang, Rusia "
                + "dan India pada Senin (1/4).");
        assertEquals(List.of(List.of("Japan", "Retno Marsudi"), List.of("Retno Marsudi", "Russia"),
                        List.of("India", "Retno Marsudi")),
                ms.stream().map(MeetingExtractorTest::names).toList());
    }

    @Test
    void aPersonWithThePersonsOwnStateAloneIsNoMeeting() {
        ArticleText t = Texts.text("Budi dari Jepang tiba. Ani dari Rusia tiba.");
        ArticleEntities e = Entities.of(t)
                .affiliation(person("Budi"), JAPAN.ref()).build();
        EntityRef budi = person("Budi");
        assertTrue(MeetingExtractor.withOwnState(List.of(budi, JAPAN.ref()), e));
        assertFalse(MeetingExtractor.withOwnState(List.of(budi, RUSSIA.ref()), e));
        assertFalse(MeetingExtractor.withOwnState(List.of(budi, person("Ani")), e));
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayUnresolved() {
        List<MeetingReport> ms = TestSupport.analyze("Putin bertemu Xi Jinping kemarin.", null).meetings();
        assertEquals(1, ms.size());
        assertTrue(ms.get(0).time().isPresent());
        assertTrue(ms.get(0).timeValue().isEmpty());
        assertTrue(ms.get(0).time().get().note().length() > 0);
    }

    @Test
    void everyMeetingHasItsEvidenceInsideItsSentence() {
        for (var article : TestSupport.seeds()) {
            ArticleAnalysis a = TestSupport.pipeline().analyze(article);
            for (MeetingReport m : a.meetings()) {
                assertTrue(a.sentence(m.sentenceIndex()).span().contains(m.evidence()), m.toString());
            }
        }
    }

    /** "Komunikasi" in a minister's title names the office, not a call between the ministers listed after it. */
    @Test
    void aTriggerWordInsideAnOfficesTitleIsNoTrigger() {
        assertEquals(List.of(), meetings("Hadir pula Menteri Komunikasi dan Digital Budi Santoso, Menteri Luar Negeri "
                + "Retno Marsudi, dan Menteri Keuangan Sri Mulyani Indrawati."));
    }

    /** A verb of going makes a visit only of persons: what a state sends or fires does not visit. */
    @Test
    void aStateGoingIsNoVisit() {
        assertEquals(List.of(), meetings("Rudal yang ditembakkan Rusia kembali menuju Ukraina pada Senin."));
        assertEquals(List.of("Japan+Joko Widodo"), meetings("Presiden Joko Widodo menuju Jepang pada Senin.").stream()
                .map(m -> String.join("+", names(m))).toList());
    }

    /** "Dalam pertemuan tersebut, A dan B …": the two named take part in that meeting, told before or not. */
    @Test
    void thePersonsOpeningTheWordsAfterAPointingBackMeetingTakePartInIt() {
        String met = "Menteri Pertahanan Budi Santoso menerima Menteri Pertahanan Prancis Florence Parly di Jakarta, "
                + "Kamis (4/4). ";
        assertEquals(List.of("Budi Santoso+Florence Parly", "Ani Lestari+Florence Parly"), meetings(met
                + "Dalam pertemuan tersebut, Wakil Presiden Ani Lestari dan Florence Parly juga menyinggung soal "
                + "sekolah.").stream()
                .map(m -> String.join("+", names(m))).toList());
        assertEquals(List.of("Budi Santoso+Florence Parly"), meetings(met
                + "Turut mendampingi Budi dalam pertemuan tersebut, Presiden Joko Widodo dan Ani Lestari.").stream()
                .map(m -> String.join("+", names(m))).toList());
    }
}
