package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.model.EntityRef;

/** "Kita" in a quotation: the speaker and the one the speaker is meeting ({@link SpeakerAndAddressee}). */
class SpeakerAndAddresseeTest {
    private static final String MET = "Presiden Joko Widodo menjamu Presiden China Xi Jinping di Istana Bogor, Senin "
            + "(1/4). ";

    private static List<String> meetings(String text) {
        return TestSupport.analyze(text, "2024-04-02").meetings().stream()
                .map(m -> m.participants().stream().map(EntityRef::name).collect(Collectors.joining("+")) + " "
                        + m.time().flatMap(t -> t.value()).map(Object::toString).orElse("-"))
                .toList();
    }

    @Test
    void aMeetingRecalledWithKitaIsBetweenTheSpeakerAndTheHost() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01", "Xi Jinping+Joko Widodo 2023"),
                meetings(MET + "“Kita pernah bertemu di Bali tahun lalu,” kata Xi."));
    }

    @Test
    void aMeetingNounOwnedByKitaIsTheirsToo() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01", "Xi Jinping+Joko Widodo 2023-11"),
                meetings(MET + "“Banyak yang tercapai sejak pertemuan kita di Osaka pada November 2023,” kata Xi."));
    }

    @Test
    void anotherPersonNamedInTheQuotationIsNoAddressee() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01"),
                meetings(MET + "“Kita bersama Budi Santoso pernah bertemu di Bali,” kata Xi."));
    }

    @Test
    void withoutAQuotationKitaIsNoOne() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01"),
                meetings(MET + "Kita pernah bertemu di Bali tahun lalu."));
    }
}
