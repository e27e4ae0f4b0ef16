package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new user's mistakes: each ends with a non-zero exit and one line that says what is wrong, never silence. */
class NoSilentNothingTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void build() throws IOException {
        store = tmp.resolve("db");
        Path in = tmp.resolve("one");
        Files.createDirectories(in);
        Files.copy(Path.of("seeds/000_9a328c184232f560.txt"), in.resolve("a.txt"));
        CliTest.Run r = CliTest.run("build", in.toString(), "--store", store.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
    }

    private static void oneLine(CliTest.Run r, int code, String says) {
        assertEquals(code, r.code(), r.out() + r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("warta: ") && lines.get(0).contains(says), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aMistypedStoreIsAnErrorForCommandsThatOnlyRead() {
        Path typo = tmp.resolve("dbb");
        oneLine(CliTest.run("query", "--sparql", "SELECT * { ?s ?p ?o }", "--store", typo.toString()),
                ExitCodes.BAD_INPUT, "no store at " + typo);
        oneLine(CliTest.run("stats", "--store", typo.toString()), ExitCodes.BAD_INPUT, "no store at");
        oneLine(CliTest.run("export", "--store", typo.toString()), ExitCodes.BAD_INPUT, "no store at");
        oneLine(CliTest.run("validate", "--store", typo.toString()), ExitCodes.BAD_INPUT, "no store at");
        assertFalse(Files.exists(typo), "no empty store was created");
    }

    @Test
    void aFolderThatIsNotAStoreIsNamed() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        oneLine(CliTest.run("stats", "--store", plain.toString()), ExitCodes.BAD_INPUT, "is not a Warta store");
    }

    @Test
    void serveOfAMissingFolderFailsInsteadOfServingNothing() {
        CliTest.Run r = CliTest.run("serve", tmp.resolve("no-such-folder").toString(), "--store",
                tmp.resolve("served").toString(), "--port", "0");
        oneLine(r, ExitCodes.BAD_INPUT, "no such file or folder");
        assertFalse(r.out().contains("http://"), "nothing is served: " + r.out());
    }

    @Test
    void aBuildThatReadsNoArticleSaysSo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Run r = CliTest.run("build", empty.toString(), "--store", tmp.resolve("db-empty").toString(),
                "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("warta: no article read from " + empty), r.err());

        Path web = Files.createDirectories(tmp.resolve("web-bad"));
        Files.writeString(web.resolve("page.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Files.write(web.resolve("crawl.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Files.writeString(web.resolve("feed.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
        Files.writeString(web.resolve("notes.pdf"), "%PDF-1.4");
        r = CliTest.run("build", web.toString(), "--store", tmp.resolve("db-web").toString(), "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("page.html: no article body recognized"), r.err());
        assertTrue(r.err().contains("crawl.warc.gz@0: not a readable WARC file"), r.err());
        assertTrue(r.err().contains("feed.atom: a feed without items"), r.err());
        assertTrue(r.err().contains("notes.pdf: ignored: not a kind of input Warta reads"), r.err());
        assertTrue(r.err().contains("warta: no article read from"), r.err());
    }

    @Test
    void exportToAFolderThatDoesNotExistIsOneLine() {
        oneLine(CliTest.run("export", "--store", store.toString(), "-o", "/no/such/dir/x.ttl"), ExitCodes.BAD_INPUT,
                "cannot write /no/such/dir/x.ttl: no folder /no/such/dir");
    }

    @Test
    void aSparqlSyntaxErrorIsOneLineWithItsPosition() {
        CliTest.Run r = CliTest.run("query", "--store", store.toString(), "--sparql", "SELECT * WHERE { ?s ?p }");
        oneLine(r, ExitCodes.BAD_INPUT, "bad SPARQL in --sparql at line 1, column ");
        assertTrue(r.err().contains(": unexpected '}'"), r.err());
        assertTrue(r.err().contains("(the parser's full report with -v)"), r.err());
    }
}
