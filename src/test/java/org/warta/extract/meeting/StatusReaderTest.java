package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.MeetingStatus;
import org.warta.text.ArticleText;

/** A meeting's status from the cues of its clause. */
class StatusReaderTest {
    private static TriggerSite site(String text, String trigger) {
        ArticleText t = Texts.text(text);
        return MeetingStages.site(t, Entities.of(t).build(), 0, trigger, MeetingLexicon.Pattern.SYMMETRIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Budi bertemu dengan Ani kemarin.                               | OCCURRED",
        "Budi akan bertemu dengan Ani.                                  | PLANNED",
        "Budi kabarnya bertemu dengan Ani.                              | UNCERTAIN",
        "Kabarnya Budi akan bertemu dengan Ani.                         | UNCERTAIN",
        "Budi dilaporkan bertemu dengan Ani.                            | UNCERTAIN",
        "Budi dilaporkan akan bertemu dengan Ani.                       | PLANNED",
        "Budi bertemu dengan Ani, sedangkan Citra akan datang besok.    | OCCURRED",
        "Budi mengharapkan bertemu dengan Ani.                          | PLANNED",
        "Budi meminta semua pihak tenang dengan bertemu Ani.            | OCCURRED",
        "Budi akan meminta semua pihak tenang dengan bertemu Ani.       | PLANNED",
        "Budi akan membuka lawatannya di Osaka, dengan bertemu Ani.     | PLANNED",
        "Budi membuka lawatannya di Osaka, dengan bertemu Ani.          | OCCURRED",
        "Budi akan membuka lawatannya di Osaka, dengan Ani bertemu Eko. | OCCURRED",
        // a hedge of the main clause is not the plan its relative clause tells
        "Kabarnya, Budi membahas jadwal Ani yang akan bertemu dengan Citra. | PLANNED",
        "Budi membahas jadwal Ani yang kabarnya akan bertemu dengan Citra. | UNCERTAIN",
        // "segera" tells how promptly, not when: a plan only with a word of one
        "Budi, yang sudah menunggu sejak pagi, segera bertemu dengan Ani. | OCCURRED",
        "Budi akan segera bertemu dengan Ani.                           | PLANNED",
        // a quotation of two sentences: the plan of the second is not the first one's
        "“Budi sudah bertemu dengan Ani. Besok ia akan terbang,” kata Eko. | OCCURRED"})
    void theCuesOfTheTriggersClauseSetTheStatus(String text, MeetingStatus status) {
        assertEquals(status, MeetingStages.STATUS.status(site(text, "bertemu")));
    }

    @Test
    void thePredicateAfterARelativeClauseCounts() {
        assertEquals(MeetingStatus.PLANNED, MeetingStages.STATUS.status(
                site("Pertemuan Budi dengan Ani, yang dibahas kemarin, akan digelar di Jakarta.", "Pertemuan")));
    }

    @Test
    void aCueOfAClassIsLookedForInTheTriggersClause() {
        assertTrue(MeetingStages.STATUS.inClause(site("Budi bertemu dengan Ani secara virtual.", "bertemu"),
                MeetingLexicon.Cue.VIRTUAL));
        assertFalse(MeetingStages.STATUS.inClause(site("Budi bertemu dengan Ani, sedangkan Citra menonton video.",
                "bertemu"), MeetingLexicon.Cue.VIRTUAL));
    }

    /** A call word after the trigger makes a call, unless a citing word right after it makes it the source's medium. */
    @Test
    void aVideoTheStatementWasPostedInIsNoCall() {
        assertTrue(MeetingStages.STATUS.virtual(site("Budi bertemu dengan Ani melalui video.", "bertemu")));
        assertFalse(MeetingStages.STATUS.virtual(site("Budi berterima kasih atas pertemuan dengan Ani, dalam video "
                + "yang diunggah di laman kantornya.", "pertemuan")));
    }

    /** The visit a meeting returns, a word or two before its noun, is an earlier one. */
    @Test
    void theVisitAMeetingReturnsIsAnEarlierOne() {
        ArticleText t = Texts.text("Ani tiba di Jakarta sebagai balasan atas kunjungan Budi ke Jepang.");
        assertTrue(MeetingStages.STATUS.previous(MeetingStages.site(t, Entities.of(t).build(), 0, "kunjungan",
                MeetingLexicon.Pattern.NOUN)));
        ArticleText other = Texts.text("Ani tiba di Jakarta sebagai lanjutan atas kunjungan Budi ke Jepang.");
        assertFalse(MeetingStages.STATUS.previous(MeetingStages.site(other, Entities.of(other).build(), 0,
                "kunjungan", MeetingLexicon.Pattern.NOUN)));
    }

    /** A call word right before the trigger tells how they spoke; one farther before is of something else. */
    @Test
    void aCallWordRightBeforeTheTriggerMakesACall() {
        assertTrue(MeetingStages.STATUS.virtual(site("Budi melalui sambungan telepon berbicara dengan Ani.",
                "berbicara")));
        assertFalse(MeetingStages.STATUS.virtual(site("Dalam jumpa pers daring, Budi bercerita tentang pertemuan "
                + "dengan Ani.", "pertemuan")));
    }
}
