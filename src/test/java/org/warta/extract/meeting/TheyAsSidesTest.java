package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.model.EntityRef;

/** "Mereka" naming no one before a trigger: the sides of the meeting the story told last ({@link TheyAsSides}). */
class TheyAsSidesTest {
    private static final String CALLED = "Presiden Joko Widodo menelepon Presiden China Xi Jinping pada Senin (1/4). ";

    private static List<String> meetings(String text) {
        return TestSupport.analyze(text, "2024-04-05").meetings().stream()
                .map(m -> m.participants().stream().map(EntityRef::name).collect(Collectors.joining("+")) + " "
                        + m.time().flatMap(t -> t.value()).map(Object::toString).orElse("-") + " "
                        + m.status().label())
                .toList();
    }

    @Test
    void theyAreTheSidesOfTheCallToldBefore() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01 occurred",
                        "Xi Jinping+Joko Widodo 2024-04-03 occurred"),
                meetings(CALLED + "Pada Rabu (3/4), mereka mengadakan pembicaraan lanjutan lewat sambungan video."));
    }

    @Test
    void theyInTheSameSentenceAsTheCallPlanToMeet() {
        assertEquals(List.of("Xi Jinping+Joko Widodo - occurred", "Xi Jinping+Joko Widodo - planned"),
                meetings("Jokowi mengatakan pembicaraan dengan Xi Jinping melalui telepon sangat hangat, dan mereka "
                        + "akan bertemu dalam waktu dekat."));
    }

    @Test
    void aMeetingToldLongBeforeIsNotTheirs() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01 occurred"),
                meetings(CALLED + "Cuaca cerah. Jalanan sepi. Pasar ramai. Pada Rabu (3/4), mereka kembali "
                        + "berbincang."));
    }

    @Test
    void theyInAQuotationAreOthers() {
        assertEquals(List.of("Xi Jinping+Joko Widodo 2024-04-01 occurred"),
                meetings(CALLED + "“Pada Rabu (3/4), mereka kembali berbincang,” kata Budi Santoso."));
    }
}
