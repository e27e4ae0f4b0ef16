package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.extract.Entities;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

/** Earlier visits told after a visit ("setelah A pada 1970"): who, to which state, when. */
class EarlierVisitsTest {
    private static List<String> earlier(String text, String at) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (String p : List.of("Budi", "Ani", "Citra")) {
            if (text.contains(p)) {
                e.mention(p, person(p));
            }
        }
        if (text.contains("Jepang")) {
            e.mention("Jepang", JAPAN.ref());
        }
        TriggerSite site = MeetingStages.lexiconSite(t, e.build(), 0, at);
        return MeetingStages.EARLIER_VISITS.of(site).stream().map(c -> c.participants().stream()
                .map(EntityRef::name).collect(Collectors.joining("+")) + " " + c.value().map(TimeValue::toString)
                .orElse("-") + " " + (c.status() == MeetingStatus.OCCURRED && c.previous() ? "earlier" : "now"))
                .toList();
    }

    @Test
    void thePersonsAVisitComesAfterEachWithAYearVisitedTheSameStateThen() {
        assertEquals(List.of("Ani+Japan 1990 earlier", "Citra+Japan 2001 earlier"),
                earlier("Kunjungan Budi ke Jepang ini yang ketiga, setelah Ani pada 1990 dan kunjungan Citra pada "
                        + "tahun 2001.", "Kunjungan"));
        assertEquals(List.of("Ani+Japan 1990 earlier"),
                earlier("Budi menjadi tamu ketiga yang berkunjung ke Jepang setelah Ani pada 1990.", "berkunjung"));
    }

    @Test
    void withoutATimeOfItsOwnThePersonAfterTheVisitIsNoEarlierVisitor() {
        assertEquals(List.of(), earlier("Budi berkunjung ke Jepang setelah Ani menyetujuinya pada 1990.",
                "berkunjung"));
        assertEquals(List.of(), earlier("Budi bertemu Citra di Jepang setelah Ani pada 1990.", "bertemu"));
    }
}
