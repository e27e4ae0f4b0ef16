package org.warta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.model.ArticleAnalysis;
import org.warta.model.WartaException;

/** How an article's graph is scored against its gold: here, the gold negatives. */
class ScorerTest {
    private static final String TEXT =
            "Presiden Joko Widodo melakukan kunjungan kenegaraan ke India pada Desember 2016.";

    @TempDir
    Path gold;

    private List<String> violations(String negative) throws IOException {
        Files.writeString(gold.resolve("a.gold.json"), """
                {"article": "a", "persons": [{"name": "Joko Widodo"}], "states": [{"name": "India"}],
                 "negatives": {"meetings": [%s]}}
                """.formatted(negative));
        GoldArticle g = new GoldLoader().article(gold.resolve("a.gold.json"), id -> Optional.empty());
        ArticleAnalysis a = TestSupport.analyze(TEXT, "2018-01-20");
        return new Scorer(e -> Set.of()).score(a, g).violations();
    }

    @Test
    void aNegativeMeetingIsViolatedByAMeetingOfItsParticipants() throws IOException {
        assertEquals(1, violations("{\"participants\": [\"Joko Widodo\", \"India\"]}").size());
    }

    @Test
    void aNegativeMeetingWithADateIsViolatedOnlyByAMeetingWhoseTimeMayFallInIt() throws IOException {
        assertEquals(List.of(), violations("{\"participants\": [\"Joko Widodo\", \"India\"], \"date\": \"2018-01\"}"));
        assertEquals(1, violations("{\"participants\": [\"Joko Widodo\", \"India\"], \"date\": \"2016\"}").size());
    }

    @Test
    void aNegativeMeetingsUnreadableDateNamesTheArticleAndTheDate() throws IOException {
        WartaException e = assertThrows(WartaException.class,
                () -> violations("{\"participants\": [\"Joko Widodo\", \"India\"], \"date\": \"Januari\"}"));
        assertTrue(e.getMessage().contains("gold of a") && e.getMessage().contains("Januari"), e.getMessage());
    }
}
