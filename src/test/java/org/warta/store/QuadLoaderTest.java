package org.warta.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.WartaCli;
import org.warta.model.WartaException;

class QuadLoaderTest {
    private static final String G1 = "<https://w3id.org/warta/id/article/a1>";
    private static final String G2 = "<https://w3id.org/warta/id/graph/corpus>";

    @TempDir
    Path tmp;

    private static String quad(int i, String g) {
        return "<https://w3id.org/warta/id/s" + i + "> <https://w3id.org/warta/ontology#p> \"v" + i + "\"@id " + g
                + " .\n";
    }

    private Path parts() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nquads"));
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            a.append(quad(i, G1));
        }
        Files.writeString(dir.resolve("part-00000.nq"), a, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("part-00001.nq.gz")))) {
            // two gzip members in one file, as the Spark job writes them
            out.write((quad(100, G2) + quad(101, G2)).getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("part-00001.nq.gz"),
                java.nio.file.StandardOpenOption.APPEND);
             OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(quad(102, G2).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("_SUCCESS"), "");
        return dir;
    }

    @Test
    void loadsPlainAndGzipPartsInBatches() throws IOException {
        Path dir = parts();
        List<Path> files = QuadLoader.files(List.of(dir));
        assertEquals(List.of(dir.resolve("part-00000.nq"), dir.resolve("part-00001.nq.gz")), files);
        try (WartaStore store = WartaStore.open(tmp.resolve("db"))) {
            QuadLoader loader = new QuadLoader(store, 7);
            assertEquals(25, loader.load(files.get(0)));
            assertEquals(3, loader.load(files.get(1)));
            assertEquals(28, loader.quads());
            Node g2 = NodeFactory.createURI("https://w3id.org/warta/id/graph/corpus");
            assertEquals(3L, (long) store.read(d -> (long) d.getGraph(g2).size()));
        }
    }

    @Test
    void aSyntaxErrorNamesTheFile() throws IOException {
        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, quad(1, G1) + "<s> <p> .\n");
        try (WartaStore store = WartaStore.open(tmp.resolve("db"))) {
            WartaException e = assertThrows(WartaException.class, () -> new QuadLoader(store, 10).load(bad));
            assertTrue(e.getMessage().contains("bad.nq"), e.getMessage());
            assertTrue(e.getMessage().contains("line: 2"), e.getMessage());
        }
    }

    @Test
    void refusesWhatIsNotNQuads() throws IOException {
        Path ttl = Files.writeString(tmp.resolve("x.ttl"), "");
        assertThrows(WartaException.class, () -> QuadLoader.files(List.of(ttl)));
        assertThrows(WartaException.class, () -> QuadLoader.files(List.of(tmp.resolve("missing"))));
        assertThrows(WartaException.class, () -> QuadLoader.files(List.of(Files.createDirectories(tmp.resolve("e")))));
    }

    @Test
    void theLoadCommandReportsWhatItLoaded() throws IOException {
        Path dir = parts();
        StringWriter out = new StringWriter();
        var cl = WartaCli.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("load", "--store", tmp.resolve("db").toString(), "--batch", "10", dir.toString());
        assertEquals(0, code);
        assertTrue(out.toString().startsWith("loaded 28 quads from 2 file(s) into "), out.toString());
    }
}
