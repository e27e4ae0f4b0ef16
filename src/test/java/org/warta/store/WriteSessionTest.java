package org.warta.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.ArticleId;
import org.warta.rdf.Iris;
import org.warta.rdf.WARTA;

class WriteSessionTest {
    @TempDir
    Path tmp;

    /** Sends an article's two quads into the session. */
    private static void add(WriteSession w, Node g, String hash, String mergeKey) {
        Node a = NodeFactory.createURI("https://example.org/a");
        w.stream().quad(Quad.create(g, a, WARTA.textSha256, NodeFactory.createLiteralString(hash)));
        w.stream().quad(Quad.create(g, a, WARTA.mergeKey, NodeFactory.createLiteralString(mergeKey)));
    }

    private static void replace(WriteSession w, Node g, String hash, String mergeKey, List<String> old) {
        w.removeGraph(g, WARTA.mergeKey, n -> old.add(n.getLiteralLexicalForm()));
        add(w, g, hash, mergeKey);
    }

    private static long quads(WartaStore s) {
        return s.read(d -> {
            long n = 0;
            for (var it = d.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Test
    void aBulkLoadIsVisibleOnlyAfterItsCommitAndOnlyIntoAStoreWithoutArticles() {
        Node g = Iris.article(new ArticleId("a1"));
        try (WartaStore s = WartaStore.open(tmp.resolve("db"), false)) {
            try (WriteSession w = s.beginBulk()) {
                assertTrue(Files.exists(tmp.resolve("db/PENDING-bulk")), "the marker is set while loading");
                add(w, g, "h1", "k1");
                assertThrows(UnsupportedOperationException.class, () -> w.removeGraph(g, WARTA.mergeKey, n -> { }));
                w.commit();
            }
            assertFalse(Files.exists(tmp.resolve("db/PENDING-bulk")), "a commit clears the marker");
            assertEquals(2, quads(s));
            assertThrows(IllegalStateException.class, s::beginBulk);
        }
    }

    @Test
    void aStoreLeftWithTheBulkMarkerIsEmptiedWhenOpened() throws Exception {
        Path db = tmp.resolve("db");
        try (WartaStore s = WartaStore.open(db, false)) {
            try (WriteSession w = s.beginBulk()) {
                add(w, Iris.article(new ArticleId("a1")), "h1", "k1");
                w.commit();
            }
        }
        // what a process killed inside the load leaves: the marker, and whatever indexes the loader got to commit
        Files.writeString(db.resolve("PENDING-bulk"), "unfinished: bulk\n");
        try (WartaStore s = WartaStore.open(db, false)) {
            assertEquals(0, quads(s));
            assertFalse(s.hasArticles());
            assertFalse(Files.exists(db.resolve("PENDING-bulk")));
        }
    }

    @Test
    void aPlainTransactionReplacesAGraphReportsWhatItClaimedAndAbandonsWhenNotCommitted() {
        Node g = Iris.article(new ArticleId("a1"));
        try (WartaStore s = WartaStore.open(tmp.resolve("db"), false)) {
            try (WriteSession w = s.beginWrite()) {
                add(w, g, "h1", "k1");
                w.commit();
            }
            List<String> old = new ArrayList<>();
            try (WriteSession w = s.beginWrite()) {
                replace(w, g, "h2", "k2", old);
                // not committed
            }
            assertEquals(List.of("k1"), old);
            assertEquals("h1", s.read(d -> d.find(g, Node.ANY, WARTA.textSha256, Node.ANY).next().getObject()
                    .getLiteralLexicalForm()), "an abandoned transaction changes nothing");
            try (WriteSession w = s.beginWrite()) {
                replace(w, g, "h2", "k2", new ArrayList<>());
                w.commit();
            }
            assertEquals("h2", s.read(d -> d.find(g, Node.ANY, WARTA.textSha256, Node.ANY).next().getObject()
                    .getLiteralLexicalForm()));
            assertEquals(2, quads(s));
        }
    }
}
