package org.warta.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Map<String, String> errors(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof ReadItem.Failed f && f.problem().isError())
                .map(i -> ((ReadItem.Failed) i).problem())
                .collect(Collectors.toMap(p -> Path.of(p.origin()).getFileName().toString(), Problem::reason));
    }

    @Test
    void eachBrokenInputIsNamedWithItsReasonAndTheRestAreRead() throws IOException {
        write("good.txt", "Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing.");
        write("good.meta.json", "{\"id\":\"good-1\",\"published\":\"2022-07-26\"}");
        write("empty.txt", "");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
        write("brokenmeta.txt", "Teks.");
        write("brokenmeta.meta.json", "{\"id\": \"x\",");
        write("typed.txt", "Teks.");
        write("typed.meta.json", "{\"published\": 20240405}");
        write("baddate.txt", "Teks.");
        write("baddate.meta.json", "{\"published\": \"2024-02-30\"}");
        List<ReadItem> items = new ArticleReader().readAll(List.of(dir));
        Map<String, String> errors = errors(items);
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.get("empty.txt").contains("empty"));
        assertTrue(errors.get("binary.txt").contains("binary"));
        assertTrue(errors.get("latin1.txt").contains("invalid UTF-8"));
        assertTrue(errors.get("brokenmeta.meta.json").contains("broken JSON"));
        assertTrue(errors.get("typed.meta.json").contains("'published' must be a string"));
        assertTrue(errors.get("baddate.meta.json").contains("not a possible date"));
        List<ReadItem.Loaded> loaded = items.stream().filter(i -> i instanceof ReadItem.Loaded)
                .map(i -> (ReadItem.Loaded) i).toList();
        assertEquals(1, loaded.size());
        assertEquals("good-1", loaded.get(0).article().id().value());
    }

    @Test
    void jsonLinesKeepsGoingPastABrokenLine() throws IOException {
        write("c.jsonl", """
                {"id":"a","text":"Satu.","published":"2024-01-02"}
                {"id":"b","text":
                {"id":"c","text":"Tiga."}
                {"id":"a","text":"Lain."}
                """);
        List<ReadItem> items = new ArticleReader().readAll(List.of(dir.resolve("c.jsonl")));
        assertEquals(4, items.size());
        assertTrue(items.get(1) instanceof ReadItem.Failed f && f.origin().endsWith("c.jsonl:2"));
        assertTrue(items.get(3) instanceof ReadItem.Failed f && f.problem().reason().contains("duplicate article id 'a'"));
        assertTrue(items.get(2) instanceof ReadItem.Loaded);
    }
}
