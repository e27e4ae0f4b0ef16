package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.person;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;

/** Whether a trigger's clause says there was no meeting. */
class RuleOutTest {
    /** The admission of the trigger "bertemu" in the one sentence. */
    private static RuleOut.Admission admit(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t).mention("Budi", person("Budi"));
        return MeetingStages.RULE_OUT.admit(MeetingStages.site(t, e.build(), 0, "bertemu",
                MeetingLexicon.Pattern.SYMMETRIC));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Budi bertemu dengan Ani kemarin.",
        "Budi tidak datang ke sana dan hari ini bertemu dengan Ani.",
        "Budi bertemu dengan Ani, tidak dengan Citra.",
        "Budi bertemu dengan Ani kemarin, sedangkan rapat lain ditunda.",
        // the cancel word calls off the visit it names, not the meeting before it
        "Budi bertemu dengan Ani untuk menyampaikan surat yang menunda lawatannya ke Jepang."})
    void aMeetingIsAdmitted(String text) {
        assertEquals(RuleOut.Admission.KEEP, admit(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Budi tidak bertemu dengan Ani.",
        "Rencana Budi bertemu dengan Ani ditunda.",
        "Kunjungan Budi ke Jepang untuk bertemu Ani, yang semula dijadwalkan Juli, ditunda.",
        "Jika Budi bertemu dengan Ani, harga beras turun.",
        // a meeting merely hoped for is none
        "Budi berharap dapat bertemu dengan Ani dalam waktu dekat.",
        "Budi sering bertemu dengan Ani.",
        "Budi mengundang Ani untuk bertemu.",
        "Budi mengirim undangan resmi kepada Ani untuk bertemu.",
        "Budi bertemu dengan Ani 12 kali."})
    void aNegatedCancelledHypotheticalInvitedOrCountedMeetingIsRuledOut(String text) {
        assertEquals(false, admit(text).admitted());
    }

    /** "its time" after the trigger or shortly before it: a moment come, no meeting; a name between stops it. */
    @Test
    void aMomentComeIsNoMeeting() {
        assertEquals(false, admit("Menurut Budi, kini sudah saatnya bertemu dengan Ani.").admitted());
        ArticleText t = Texts.text("Menurut Budi, akan tiba saatnya Jepang berdamai.");
        assertEquals(false, MeetingStages.RULE_OUT.admit(MeetingStages.site(t,
                Entities.of(t).mention("Budi", person("Budi")).build(), 0, "tiba", MeetingLexicon.Pattern.VISIT))
                .admitted());
        assertEquals(RuleOut.Admission.KEEP, admit("Pada saatnya Budi bertemu dengan Ani."));
    }

    /** An invitation, a proposal or a wish to meet is told apart: the article's other mentions of it are no plan. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Budi mengundang Ani untuk bertemu.",
        "Budi menyampaikan usulan Presiden Ani Lestari bertemu dengan Citra.",
        "Budi menyatakan keinginannya untuk bertemu Ani."})
    void anInvitationProposalOrWishIsInvited(String text) {
        assertEquals(RuleOut.Admission.INVITED, admit(text));
    }

    @Test
    void anInvitationMadeByPhoneIsACall() {
        ArticleText t = Texts.text("Budi mengirim undangan resmi lewat telepon kepada Ani.");
        Entities e = Entities.of(t).mention("Budi", person("Budi")).mention("Ani", person("Ani"));
        assertEquals(RuleOut.Admission.KEEP, MeetingStages.RULE_OUT.admit(
                MeetingStages.lexiconSite(t, e.build(), 0, "lewat telepon kepada")));
    }

    @Test
    void theLastOfCountedMeetingsIsAdmittedWithItsTime() {
        assertEquals(new RuleOut.Admission(true, Optional.of(0), false, false),
                admit("Budi bertemu dengan Ani 12 kali, terakhir pada September."));
        // the count word and the place of the last instance may stand between it and its time
        assertEquals(new RuleOut.Admission(true, Optional.of(0), false, false),
                admit("Budi bertemu dengan Ani sudah beberapa kali, yang terakhir kali di Surabaya pada September."));
    }

    /** The last instance of meetings counted after another trigger is that trigger's, not the first one's. */
    @Test
    void theLastInstanceBelongsToTheTriggerItCounts() {
        assertEquals(RuleOut.Admission.REJECT, admit(
                "Budi bertemu dengan Ani lagi, kami sudah berbincang beberapa kali, terakhir pada September."));
    }
}
