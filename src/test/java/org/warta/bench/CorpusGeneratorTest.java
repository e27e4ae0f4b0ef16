package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.extract.Pipeline;
import org.warta.extract.Pipelines;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;

class CorpusGeneratorTest {
    private static final int N = 200;
    private static CorpusGenerator generator;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        generator = new CorpusGenerator(7);
    }

    @Test
    void sameSeedGivesByteIdenticalJsonLinesAndFolders() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        generator.writeJsonl(a, N);
        new CorpusGenerator(7).writeJsonl(b, N);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        generator.writeFolder(tmp.resolve("fa"), 20);
        new CorpusGenerator(7).writeFolder(tmp.resolve("fb"), 20);
        List<Path> files = list(tmp.resolve("fa"));
        assertEquals(40, files.size());
        assertEquals(files, list(tmp.resolve("fb")));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("fa").resolve(f)),
                    Files.readAllBytes(tmp.resolve("fb").resolve(f)), f.toString());
        }

        Path other = tmp.resolve("other.jsonl");
        new CorpusGenerator(8).writeJsonl(other, N);
        assertFalse(Files.readString(other).equals(Files.readString(a)));
    }

    @Test
    void anyRangeIsTheSameAsInTheWholeCorpus() throws IOException {
        Path whole = tmp.resolve("whole.jsonl");
        Path part = tmp.resolve("part.jsonl");
        generator.writeJsonl(whole, 30);
        generator.writeJsonl(part, 25, 5);
        List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
        assertEquals(lines.subList(25, 30), Files.readAllLines(part, StandardCharsets.UTF_8));
        assertEquals(generator.articles(30).get(12), generator.article(12));
    }

    @Test
    void idsAreUniqueAndDistinctBetweenSeeds() {
        var ids = new HashSet<String>();
        generator.articles(N).forEach(a -> assertTrue(ids.add(a.id().value()), a.id().value()));
        assertFalse(ids.contains(new CorpusGenerator(8).article(0).id().value()));
    }

    @Test
    void everyArticleReadsBackThroughArticleReader() {
        Path jsonl = tmp.resolve("c.jsonl");
        generator.writeJsonl(jsonl, N);
        generator.writeFolder(tmp.resolve("folder"), 20);
        List<Article> expected = generator.articles(N);

        // read apart: the reader would skip the folder's articles as repeats of the corpus lines
        List<ReadItem> items = new ArrayList<>(new ArticleReader().readAll(List.of(jsonl)));
        items.addAll(new ArticleReader().readAll(List.of(tmp.resolve("folder"))));
        assertEquals(N + 20, items.size());
        for (int i = 0; i < items.size(); i++) {
            ReadItem.Loaded loaded = loaded(items.get(i));
            assertEquals(List.of(), loaded.warnings(), loaded.origin());
            Article want = expected.get(i < N ? i : i - N);
            Article got = loaded.article();
            assertEquals(want.id(), got.id());
            assertEquals(want.text(), got.text());
            assertEquals(want.metadata().published(), got.metadata().published());
            assertEquals(Optional.of("id"), got.metadata().language());
            assertTrue(got.metadata().title().isPresent() && got.metadata().publisher().isPresent());
        }
    }

    private static ReadItem.Loaded loaded(ReadItem item) {
        if (item instanceof ReadItem.Failed f) {
            throw new AssertionError("not read: " + f.problem());
        }
        return (ReadItem.Loaded) item;
    }

    @Test
    void articlesAreTheSizeOfRealOnes() {
        for (Article a : generator.articles(N)) {
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 2000 && bytes <= 4600, a.id() + ": " + bytes + " bytes");
        }
    }

    @Test
    void thePipelineFindsMeetingsAndStatementsInMostArticles() {
        Pipeline pipeline = Pipelines.standard(Optional.empty());
        int withMeetings = 0;
        int withStatements = 0;
        for (Article a : generator.articles(N)) {
            ArticleAnalysis analysis = pipeline.analyze(a);
            withMeetings += analysis.meetings().isEmpty() ? 0 : 1;
            withStatements += analysis.statements().isEmpty() ? 0 : 1;
        }
        assertTrue(withMeetings >= 0.8 * N, "articles with meetings: " + withMeetings + " of " + N);
        assertTrue(withStatements >= 0.8 * N, "articles with statements: " + withStatements + " of " + N);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void thePressShortensANameToAWordThatIsNotARegnalNumber() {
        assertEquals("Putin", CorpusGenerator.shortName(List.of("Vladimir Putin", "Putin")));
        assertEquals("Frederik", CorpusGenerator.shortName(List.of("Frederik X", "Raja Frederik X")));
        assertEquals("Gustaf", CorpusGenerator.shortName(List.of("Carl XVI Gustaf")));
        assertEquals("Blinken", CorpusGenerator.shortName(List.of("Antony Blinken", "AS")));
    }
}
