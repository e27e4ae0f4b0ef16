package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closing case: one folder with a .txt article and its sidecar, a JSON Lines corpus, a saved page, a
 * .warc.gz and an Atom feed builds in one command; the graphs validate; the page metadata reaches the graph; a
 * second build changes nothing.
 */
class MixedInputsTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderOfEveryKindBuildsInOneCommand() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(Path.of("seeds/000_9a328c184232f560.txt"), in.resolve("seed.txt"));
        Files.copy(Path.of("seeds/000_9a328c184232f560.meta.json"), in.resolve("seed.meta.json"));
        Files.writeString(in.resolve("corpus.jsonl"), "{\"id\":\"jl-1\",\"text\":\"Presiden Joko Widodo bertemu "
                + "Presiden Tiongkok Xi Jinping di Beijing.\",\"published\":\"2024-03-01\"}\n");
        Files.copy(Path.of("src/test/resources/web/sites/tempo.html"), in.resolve("tempo.html"));
        Files.copy(Path.of("src/test/resources/web/feeds/kabar.atom"), in.resolve("kabar.atom"));
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(in.resolve("crawl.warc.gz")));
             var w = org.warta.ingest.web.TestWarcAccess.writer(os)) {
            w.response("https://www.cnnindonesia.example/internasional/x", "2024-03-08T02:00:00Z", 200,
                    "text/html; charset=utf-8", Files.readAllBytes(Path.of("src/test/resources/web/sites/cnnindonesia.html")));
        }
        Path store = tmp.resolve("db");
        CliTest.Run r = CliTest.run("build", in.toString(), "--store", store.toString(), "--no-progress");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("built 5 article(s): 5 added"), r.out());
        CliTest.Run v = CliTest.run("validate", "--store", store.toString());
        assertEquals(0, v.code(), v.out());
        CliTest.Run q = CliTest.run("query", "--store", store.toString(), "--format", "csv", "--sparql", """
                PREFIX warta: <https://w3id.org/warta/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?id ?kind ?at ?author ?file WHERE { ?a a warta:Article ; schema:identifier ?id ;
                  warta:inputKind ?kind ; warta:publishedAt ?at ; warta:authorName ?author ; warta:sourceFile ?file }
                ORDER BY ?kind""");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains(",feed,2024-03-07T10:15:00+07:00,Sari Wulandari,mixed/kabar.atom"), q.out());
        assertTrue(q.out().contains(",html,2024-03-08T10:00:00+07:00,Dimas Pratama,mixed/tempo.html"), q.out());
        assertTrue(q.out().contains(",warc,2024-03-07T16:45:00+07:00,Citra Dewi,mixed/crawl.warc.gz"), q.out());
        CliTest.Run again = CliTest.run("build", in.toString(), "--store", store.toString(), "--no-progress");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("nothing changed: 5 article(s) unchanged"), again.out());
    }
}
