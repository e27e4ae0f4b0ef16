package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.WartaException;

class QueryLoadTest {
    private static FusekiServer server;
    private static QueryLoad load;

    @BeforeAll
    static void start() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 3; i++) {
            d.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
                    NodeFactory.createURI("urn:name"), NodeFactory.createLiteralString("n" + i)));
        }
        server = FusekiServer.create().loopback(true).port(0).add("/kg", d).build().start();
        load = new QueryLoad(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/kg/sparql"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void probeCountsTheRowsAndColumnReadsAVariable() {
        QueryLoad.Probe p = load.probe("SELECT ?n WHERE { GRAPH ?g { ?s <urn:name> ?n } }", Duration.ofSeconds(10));
        assertTrue(p.ok(), String.valueOf(p));
        assertEquals(3, p.rows());
        assertEquals(List.of("n0", "n1", "n2"),
                load.column("SELECT ?n WHERE { GRAPH ?g { ?s <urn:name> ?n } } ORDER BY ?n", "n", Duration.ofSeconds(10)));
        QueryLoad.Probe bad = missing().probe("ASK {}", Duration.ofSeconds(10));
        assertFalse(bad.ok());
        assertEquals(404, bad.status());
    }

    @Test
    void aClosedLoopRunMeasuresOnlyItsWindow() {
        List<String> queries = List.of("ASK { GRAPH ?g { ?s ?p ?o } }", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
        // a first request pays for the cold client and server, which a one-second window must not
        assertTrue(load.probe(queries.get(1), Duration.ofSeconds(10)).ok());
        QueryLoad.Result r = load.run("test", queries, 2, Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(10));
        assertTrue(r.requests() > 0, String.valueOf(r));
        assertEquals(0, r.errors(), String.valueOf(r));
        assertEquals(r.requests() / 1.0, r.throughputPerS(), 1e-9);
        assertTrue(r.p50Ms() <= r.p95Ms() && r.p95Ms() <= r.p99Ms() && r.p99Ms() <= r.maxMs(), String.valueOf(r));
    }

    @Test
    void anOpenLoopSendsAtItsRateWhateverTheAnswers() {
        List<String> queries = List.of("ASK { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(load.probe(queries.get(0), Duration.ofSeconds(10)).ok());
        QueryLoad.Result r = load.openLoop("open", queries, 40, Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofSeconds(10), 100);
        assertEquals(40.0, r.offeredPerS());
        assertEquals(0, r.errors(), String.valueOf(r));
        // 80 requests were due in the window, each at its time: the server here answers far faster than that
        assertTrue(r.requests() >= 70 && r.requests() <= 80, String.valueOf(r));
        assertTrue(r.p50Ms() <= r.p99Ms() && r.p99Ms() <= r.maxMs(), String.valueOf(r));
    }

    @Test
    void errorsAreCountedNotMeasured() {
        QueryLoad.Result r = missing().run("missing", List.of("ASK {}"), 1, Duration.ZERO, Duration.ofMillis(500),
                Duration.ofSeconds(10));
        assertEquals(0, r.requests());
        assertTrue(r.errors() > 0);
        assertEquals("HTTP 404", r.firstError());
        assertNull(r.p99Ms());
    }

    /** An endpoint the server does not have: every request answers 404. */
    private static QueryLoad missing() {
        return new QueryLoad(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/nothing/sparql"));
    }

    @Test
    void onlyLoopbackEndpointsAreLoaded() {
        assertThrows(WartaException.class, () -> new QueryLoad(URI.create("http://192.0.2.1/kg/sparql")));
        assertThrows(WartaException.class, () -> new QueryLoad(URI.create("https://127.0.0.1/kg/sparql")));
        new QueryLoad(URI.create("http://localhost:1/kg/sparql"));
        new QueryLoad(URI.create("http://[::1]:1/kg/sparql"));
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ms = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertEquals(2.0, QueryLoad.percentile(ms, 50));
        assertEquals(4.0, QueryLoad.percentile(ms, 99));
        assertEquals(1.0, QueryLoad.percentile(ms, 1));
        assertNull(QueryLoad.percentile(new long[0], 50));
    }
}
