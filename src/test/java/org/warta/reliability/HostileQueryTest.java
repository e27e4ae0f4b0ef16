package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.Version;
import org.warta.corpus.BuildListener;
import org.warta.corpus.BuildOptions;
import org.warta.corpus.CorpusBuilder;
import org.warta.corpus.MeetingLinker;
import org.warta.ingest.ArticleReader;
import org.warta.server.ServerConfig;
import org.warta.server.WartaServer;
import org.warta.store.WartaStore;

/**
 * Hostile clients of the endpoint, over the seeds and the devset served in this JVM: results far larger than the
 * heap are streamed (SELECT) or refused past a cap (CONSTRUCT, which Fuseki builds in memory) and the server goes on
 * answering; graph names given to the graph store protocol are IRIs, never query syntax, and never fetched.
 * (The runaway-query timeout, read-only refusal, SERVICE refusal and the body cap are in ServerHttpTest.)
 */
class HostileQueryTest {
    @TempDir
    static Path tmp;
    static WartaStore store;
    static WartaServer server;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String CROSS_JOIN = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }";

    @BeforeAll
    static void start() {
        store = WartaStore.open(tmp.resolve("db"));
        new CorpusBuilder(TestSupport.pipeline(), new ArticleReader(), new MeetingLinker(), Version.current())
                .build(store, List.of(TestSupport.SEEDS, TestSupport.DEVSET), BuildOptions.defaults(),
                        BuildListener.NONE);
        server = WartaServer.start(store, ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static URI uri(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept)
                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sparql(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static long quads() throws IOException, InterruptedException {
        HttpResponse<String> r = get(sparql("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** The server answers a small query at once: it is neither wedged nor out of memory. */
    static void stillHealthy() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(sparql("ASK { ?s a <https://w3id.org/warta/ontology#Article> }"),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "answered within 5 s");
    }

    @Test
    void aCrossJoinFarLargerThanTheHeapIsStreamedAndTheClientCanHangUp() throws Exception {
        for (String accept : List.of("application/sparql-results+json", "text/csv")) {
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri(sparql(CROSS_JOIN)))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofInputStream());
            double firstByte = (System.nanoTime() - t0) / 1e9;
            long read = 0;
            try (InputStream in = r.body()) {
                byte[] buf = new byte[1 << 16];
                int n;
                while (read < 32L << 20 && (n = in.read(buf)) > 0) {
                    read += n;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "huge SELECT as %s: status %d, headers after %.2f s, %,d bytes read in "
                    + "%.1f s, then the client hung up%n", accept, r.statusCode(), firstByte, read, seconds);
            assertEquals(200, r.statusCode());
            assertTrue(read >= 32L << 20, "32 MB of a result of some hundred million rows arrived");
            assertTrue(firstByte < 10, "streamed: the answer starts before the result is complete");
            stillHealthy();
        }
    }

    @Test
    void aHugeConstructIsRefusedPastTheCapNotBufferedIntoAnOutOfMemoryError() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(sparql("CONSTRUCT { ?s ?p ?c } WHERE { ?s ?p ?o . ?a ?b ?c }"),
                "application/n-triples");
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "huge CONSTRUCT: status %d after %.1f s: %s%n", r.statusCode(), seconds,
                r.body().strip());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("CONSTRUCT result larger than 500,000 triples"), r.body());
        stillHealthy();
        HttpResponse<String> describe = get(sparql("DESCRIBE ?s WHERE { ?s a <https://w3id.org/warta/ontology#Article> }"),
                "application/n-triples");
        assertEquals(200, describe.statusCode(), "a DESCRIBE under the cap is answered");
        assertTrue(describe.body().lines().count() > 100);
    }

    @Test
    void graphStoreNamesAreIrisNeverSyntaxAndNeverFetched() throws Exception {
        long before = quads();
        AtomicInteger calls = new AtomicInteger();
        try (ServerSocket canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        canary.accept().close();
                        calls.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // closed at the end of the test
                }
            });
            t.setDaemon(true);
            t.start();
            String article = "https://w3id.org/warta/id/article/000_9a328c184232f560";
            List<String> hostile = List.of(
                    article + "> } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } ; SELECT * { GRAPH <" + article,
                    "<" + article + ">",
                    article + "\"",
                    article + "\n",
                    article + " ",
                    "../../../../etc/passwd",
                    "file:///etc/passwd",
                    "http://127.0.0.1:" + canary.getLocalPort() + "/graph",
                    "javascript:alert(1)",
                    "urn:x?a=b#c{d}",
                    "",
                    "_:b0",
                    "?g",
                    "\u202eevil\u202c",
                    "\u0000",
                    "https://w3id.org/warta/id/article/" + "x".repeat(8000));
            List<String> report = new ArrayList<>();
            for (String g : hostile) {
                for (String endpoint : List.of("/kg/get", "/kg/data")) {
                    HttpResponse<String> r = get(endpoint + "?graph=" + URLEncoder.encode(g, StandardCharsets.UTF_8),
                            "application/n-triples");
                    report.add(r.statusCode() + " " + endpoint + " " + abbreviate(g));
                    assertTrue(r.statusCode() == 400 || r.statusCode() == 404 || r.statusCode() == 414
                            || r.statusCode() == 431, r.statusCode() + " for graph=" + g + ": " + r.body());
                    assertFalse(r.body().contains("root:"), "no file was read");
                }
                HttpResponse<String> q = get(sparql("ASK { ?s ?p ?o }") + "&default-graph-uri="
                        + URLEncoder.encode(g, StandardCharsets.UTF_8), "application/sparql-results+json");
                report.add(q.statusCode() + " /kg/sparql?default-graph-uri= " + abbreviate(g));
                assertTrue(q.statusCode() < 500, q.statusCode() + " for default-graph-uri=" + g + ": " + q.body());
            }
            assertEquals(200, get("/kg/get?graph=" + URLEncoder.encode(article, StandardCharsets.UTF_8),
                    "application/n-triples").statusCode(), "a real graph name still works");
            Thread.sleep(200);
            System.out.println("graph store and dataset parameters, hostile values:\n  " + String.join("\n  ", report));
        }
        assertEquals(0, calls.get(), "the server fetched a graph name");
        assertEquals(before, quads(), "nothing was written");
        assertEquals(0, Long.parseLong(get(sparql("SELECT (COUNT(*) AS ?n) { GRAPH ?g { <urn:x> ?p ?o } }"),
                "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip()));
        stillHealthy();
    }

    private static String abbreviate(String s) {
        String v = s.replace("\n", "\\n").replace("\u0000", "\\0");
        return v.length() > 60 ? v.substring(0, 59) + "…" : v;
    }
}
