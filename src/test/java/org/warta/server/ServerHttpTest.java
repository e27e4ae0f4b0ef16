package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.List;
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
import org.warta.store.WartaStore;

/** The server over HTTP, started on a free port over the seeds, with a 2 s timeout for the runaway test. */
class ServerHttpTest {
    @TempDir
    static Path tmp;
    static WartaStore store;
    static WartaServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = WartaStore.open(tmp.resolve("db"));
        new CorpusBuilder(TestSupport.pipeline(), new ArticleReader(), new MeetingLinker(), Version.current())
                .build(store, List.of(TestSupport.SEEDS), BuildOptions.defaults(), BuildListener.NONE);
        server = WartaServer.start(store, ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String url(String path) {
        return server.baseUrl() + path;
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return get("/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    static HttpResponse<String> post(String path, String type, String body) throws IOException, InterruptedException {
        // a fresh connection: after refusing a write Fuseki may close the connection, which a pool would reuse
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", type)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final String SELECT = "PREFIX schema: <https://schema.org/> "
            + "SELECT ?n WHERE { ?e a <https://w3id.org/warta/ontology#Person> ; schema:name ?n } ORDER BY ?n";

    @Test
    void selectInEveryResultFormat() throws Exception {
        assertTrue(query(SELECT, "application/sparql-results+json").body().contains("\"Vladimir Putin\""));
        assertTrue(query(SELECT, "application/sparql-results+xml").body().contains("<literal>Vladimir Putin</literal>"));
        assertTrue(query(SELECT, "text/csv").body().lines().anyMatch("Vladimir Putin"::equals));
        assertTrue(query(SELECT, "text/tab-separated-values").body().lines().anyMatch("\"Vladimir Putin\""::equals));
        HttpResponse<String> posted = post("/kg/sparql", "application/sparql-query", SELECT);
        assertEquals(200, posted.statusCode());
    }

    @Test
    void constructAsTurtleJsonLdAndNTriples() throws Exception {
        String c = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/warta/id/graph/corpus> { ?s ?p ?o } } LIMIT 5";
        assertEquals(200, query(c, "text/turtle").statusCode());
        assertTrue(query(c, "application/ld+json").body().trim().startsWith("{"));
        assertEquals(5, query(c, "application/n-triples").body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void graphStoreReadsOneArticleGraph() throws Exception {
        String g = URLEncoder.encode("https://w3id.org/warta/id/article/000_9a328c184232f560", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/kg/get?graph=" + g, "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("000_9a328c184232f560"));
    }

    @Test
    void updatesAreRefusedOnAReadOnlyServer() throws Exception {
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertTrue(post("/kg/sparql", "application/sparql-update", insert).statusCode() >= 400);
        assertTrue(post("/kg/update", "application/sparql-update", insert).statusCode() >= 400);
        assertTrue(post("/kg/data?default", "application/n-triples", "<urn:x> <urn:y> <urn:z> .").statusCode() >= 400);
        assertTrue(query("ASK { <urn:x> <urn:y> <urn:z> }", "application/sparql-results+json").body()
                .contains("false"));
    }

    @Test
    void aRunawayQueryIsCutByTheTimeoutWhileOthersAreAnswered() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?x ?y ?z } GRAPH ?c { ?u ?v ?w } }";
        var slow = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url("/kg/sparql?query="
                        + URLEncoder.encode(runaway, StandardCharsets.UTF_8)))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        long t0 = System.nanoTime();
        assertEquals(200, query(SELECT, "text/csv").statusCode());
        assertTrue((System.nanoTime() - t0) / 1e9 < 2.0, "another client is answered meanwhile");
        HttpResponse<String> r = slow.get();
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void serviceIsRefusedAndNoOutboundConnectionIsMade() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try {
                    canary.accept().close();
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    // the socket closes at the end of the test: nobody called
                }
            });
            t.setDaemon(true);
            t.start();
            HttpResponse<String> r = query("SELECT * { SERVICE <http://127.0.0.1:" + canary.getLocalPort()
                    + "/sparql> { ?s ?p ?o } }", "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            Thread.sleep(200);
        }
        assertEquals(0, connections.get(), "the server called out");
    }

    @Test
    void unknownDatasetsAre404AndHugeBodiesAre413() throws Exception {
        assertEquals(404, get("/nope/sparql?query=ASK%7B%7D", null).statusCode());
        String huge = "SELECT * { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024);
        // its own client: the server closes this connection after refusing, which must not reach pooled ones
        HttpClient once = HttpClient.newHttpClient();
        assertEquals(413, once.send(HttpRequest.newBuilder(URI.create(url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, query("ASK {}", "application/sparql-results+json").statusCode(), "still alive");
    }

    @Test
    void headIsAnsweredLikeGet() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/kg/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().isEmpty());
    }

    @Test
    void fullTextSearchAnswersWhatLavrovSaidAboutSanctions() throws Exception {
        // the lean graph holds no copy of a quote: the index has it, the query cuts it from the article's text
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "SELECT ?quote WHERE { ?st text:query (schema:text \"sanksi\") ."
                + " GRAPH ?g { ?st schema:creator ?p ; nif:beginIndex ?b ; nif:endIndex ?e . ?a nif:isString ?t }"
                + " ?p schema:name \"Sergey Lavrov\" BIND(SUBSTR(?t, ?b + 1, ?e - ?b) AS ?quote) }";
        String csv = query(q, "text/csv").body();
        assertTrue(csv.contains("sanksi ilegal"), csv);
    }

    @Test
    void thePageAndTheEditorAreServedFromTheJar() throws Exception {
        assertEquals(200, get("/", null).statusCode());
        assertEquals(200, get("/ui/", null).statusCode());
        assertTrue(get("/queries/who-met-whom.rq", null).body().contains("SELECT"));
        assertEquals(404, get("/queries/../log4j2.properties", null).statusCode());
        assertFalse(get("/$/server", null).body().isEmpty());
    }
}
