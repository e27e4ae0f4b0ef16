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
import org.warta.model.WartaException;

/** Gold that keeps the article's words as spans of its text: resolved against the text, refused on another copy. */
class GoldSpanTest {
    // an emoji before the quote: offsets count code points, not UTF-16 units
    private static final String TEXT = "Jakarta \uD83D\uDE00 - Menteri Luar Negeri Budi Santoso bertemu Duta Besar Ani "
            + "Rahman pada Senin (5/1/2026). \"Kami membahas kerja sama perdagangan,\" kata Budi.";

    @TempDir
    Path dir;

    private static String spans(String... words) {
        StringBuilder spans = new StringBuilder();
        for (String w : words) {
            int at = TEXT.indexOf(w);
            int begin = TEXT.codePointCount(0, at);
            spans.append(spans.isEmpty() ? "" : ", ").append("[").append(begin).append(", ")
                    .append(begin + w.codePointCount(0, w.length())).append("]");
        }
        return "{\"spans\": [" + spans + "], \"sha256\": \"" + GoldSpan.digest(String.join(GoldSpan.JOIN, words))
                + "\"}";
    }

    private Path gold(String quote, String evidence) throws IOException {
        Path f = dir.resolve("a1.gold.json");
        Files.writeString(f, """
                {"article": "a1", "persons": [{"name": "Budi Santoso", "aliases": ["Budi"]}],
                 "meetings": [{"id": "M1", "participants": ["Budi Santoso", "Ani Rahman"], "date": "2026-01-05",
                               "status": "occurred", "evidence": %s}],
                 "statements": [{"speaker": "Budi Santoso", "quote": %s, "kind": "direct"}]}
                """.formatted(evidence, quote));
        return f;
    }

    @Test
    void spansResolveToTheWordsOfTheText() throws IOException {
        Path f = gold(spans("Kami membahas kerja sama"), spans("Budi Santoso bertemu", "pada Senin (5/1/2026)"));
        GoldArticle g = new GoldLoader().article(f, id -> Optional.of(TEXT));
        assertEquals("Kami membahas kerja sama", g.statements().get(0).quote());
        assertEquals("Budi Santoso bertemu ... pada Senin (5/1/2026)", g.meetings().get(0).evidence());
    }

    @Test
    void wordsAsTextNeedNoArticle() throws IOException {
        Path f = gold("\"Kami membahas\"", "\"bertemu\"");
        assertEquals("Kami membahas", new GoldLoader().article(f, id -> Optional.empty()).statements().get(0).quote());
    }

    @Test
    void anotherCopyOfThePageIsRefusedNamingTheGoldFile() throws IOException {
        Path f = gold(spans("Kami membahas kerja sama"), "\"\"");
        String other = TEXT.replace("Kami membahas", "Kami membicarakan");
        WartaException e = assertThrows(WartaException.class,
                () -> new GoldLoader().article(f, id -> Optional.of(other)));
        assertTrue(e.getMessage().contains("a1.gold.json") && e.getMessage().contains("not the copy"), e.getMessage());
        WartaException shorter = assertThrows(WartaException.class,
                () -> new GoldLoader().article(f, id -> Optional.of(TEXT.substring(0, 40))));
        assertTrue(shorter.getMessage().contains("outside the article's text"), shorter.getMessage());
        WartaException none = assertThrows(WartaException.class,
                () -> new GoldLoader().article(f, id -> Optional.empty()));
        assertTrue(none.getMessage().contains("no text of the article"), none.getMessage());
    }

    @Test
    void goldOfSeveralFoldersIsScoredAsOneSet() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path given = Files.createDirectories(dir.resolve("given"));
        Path grown = Files.createDirectories(dir.resolve("grown"));
        for (String id : List.of("a1", "a2")) {
            Files.writeString(articles.resolve(id + ".txt"), TEXT);
            Files.writeString(articles.resolve(id + ".meta.json"), "{\"published\": \"2026-01-06\"}");
        }
        Files.move(gold(spans("Kami membahas kerja sama"), "\"\""), grown.resolve("a1.gold.json"));
        Files.writeString(given.resolve("a2.gold.json"), Files.readString(grown.resolve("a1.gold.json"))
                .replace("\"a1\"", "\"a2\""));
        Files.writeString(grown.resolve("events.gold.json"), "{\"clusters\": [{\"reports\": [\"a1#M1\", \"a2#M1\"]}]}");
        Evaluator evaluator = new Evaluator(TestSupport.pipeline(), new Scorer(e -> Set.of()));
        EvalReport both = evaluator.evaluate("both", articles, List.of(given, grown));
        assertEquals(2, both.articles());
        assertEquals(2, both.get("direct").tp(), "the spans' quote is matched like a written one, in both articles");
        assertEquals(1, both.mergePairs().tp() + both.mergePairs().fn(), "a cluster across the folders");
        Files.copy(grown.resolve("a1.gold.json"), given.resolve("a1.gold.json"));
        assertThrows(WartaException.class, () -> evaluator.evaluate("twice", articles, List.of(given, grown)));
    }
}
