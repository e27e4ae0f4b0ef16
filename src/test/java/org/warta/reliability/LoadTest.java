package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
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
 * A load test over loopback: 32 clients, each its own HTTP connection, send the shipped queries, a full-text search,
 * a graph store read and the page in a loop against the server over the seeds and the devset, for a bounded time and
 * a bounded number of requests. Every answer must be a 200 with a body; latency percentiles and throughput are
 * printed. In CI it runs for 10 s; the full form is
 * {@code mvn test -Dtest=LoadTest -Dwarta.load.seconds=60} ({@code -Dwarta.load.clients},
 * {@code -Dwarta.load.maxRequests} change the other bounds).
 */
class LoadTest {
    static final int SECONDS = Integer.getInteger("warta.load.seconds", 10);
    static final int CLIENTS = Integer.getInteger("warta.load.clients", 32);
    static final long MAX_REQUESTS = Long.getLong("warta.load.maxRequests", 1_000_000);

    @TempDir
    Path tmp;

    /** One kind of request: a name for the report, a path and query string, an Accept header. */
    record Request(String name, String path, String accept) {
    }

    @Test
    void thirtyTwoClientsAreAllAnsweredWithoutErrors() throws Exception {
        List<Request> mix = new ArrayList<>();
        for (String q : List.of("who-met-whom", "meeting-sources", "entities", "statements")) {
            String text = Files.readString(Path.of("queries", q + ".rq"), StandardCharsets.UTF_8);
            mix.add(new Request(q + ".rq", "/kg/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                    "application/sparql-results+json"));
        }
        mix.add(new Request("meetings-of-person.rq", "/kg/sparql?query=" + URLEncoder.encode(
                Files.readString(Path.of("queries/meetings-of-person.rq")), StandardCharsets.UTF_8), "text/csv"));
        mix.add(new Request("full-text search", "/kg/sparql?query=" + URLEncoder.encode("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX schema: <https://schema.org/>
                SELECT ?quote WHERE { ?st text:query (schema:text "sanksi") ; schema:text ?quote }""",
                StandardCharsets.UTF_8), "text/csv"));
        mix.add(new Request("graph store GET", "/kg/get?graph=" + URLEncoder.encode(
                "https://w3id.org/warta/id/article/dev12", StandardCharsets.UTF_8), "text/turtle"));
        mix.add(new Request("ASK", "/kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }",
                StandardCharsets.UTF_8), "application/sparql-results+json"));
        mix.add(new Request("web page", "/", "text/html"));

        try (WartaStore store = WartaStore.open(tmp.resolve("db"))) {
            new CorpusBuilder(TestSupport.pipeline(), new ArticleReader(), new MeetingLinker(), Version.current())
                    .build(store, List.of(TestSupport.SEEDS, TestSupport.DEVSET), BuildOptions.defaults(),
                            BuildListener.NONE);
            try (WartaServer server = WartaServer.start(store, ServerConfig.defaults().withPort(0))) {
                run(server.baseUrl(), mix);
            }
        }
    }

    private static void run(String base, List<Request> mix) throws Exception {
        AtomicLong issued = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long[][] latencies = new long[CLIENTS][];
        int[][] kinds = new int[CLIENTS][];
        int[] counts = new int[CLIENTS];
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            latencies[c] = new long[1024];
            kinds[c] = new int[1024];
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                int k = client; // each client starts at another request of the mix
                while (System.nanoTime() < window[1] && issued.incrementAndGet() <= MAX_REQUESTS) {
                    Request r = mix.get(k++ % mix.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + r.path()))
                                .header("Accept", r.accept()).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200 || resp.body().length == 0) {
                            errors.add(r.name() + ": status " + resp.statusCode() + ", " + resp.body().length
                                    + " bytes");
                        }
                    } catch (Exception e) {
                        errors.add(r.name() + ": " + e);
                    }
                    int n = counts[client];
                    if (n == latencies[client].length) {
                        latencies[client] = Arrays.copyOf(latencies[client], n * 2);
                        kinds[client] = Arrays.copyOf(kinds[client], n * 2);
                    }
                    latencies[client][n] = System.nanoTime() - t0;
                    kinds[client][n] = (k - 1) % mix.size();
                    counts[client] = n + 1;
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + Duration.ofSeconds(SECONDS).toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(SECONDS + 120).toMillis());
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;

        List<Long> all = new ArrayList<>();
        List<List<Long>> perKind = new ArrayList<>();
        mix.forEach(r -> perKind.add(new ArrayList<>()));
        for (int c = 0; c < CLIENTS; c++) {
            for (int i = 0; i < counts[c]; i++) {
                all.add(latencies[c][i]);
                perKind.get(kinds[c][i]).add(latencies[c][i]);
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%nload: %d clients over loopback for %.1f s (bound: %d s, %,d requests): %,d requests, %d errors, "
                        + "%.1f requests/s%n", CLIENTS, elapsed, SECONDS, MAX_REQUESTS, all.size(), errors.size(),
                all.size() / elapsed));
        report.append(line("all requests", all));
        for (int i = 0; i < mix.size(); i++) {
            report.append(line(mix.get(i).name(), perKind.get(i)));
        }
        System.out.println(report);
        List<String> first = new ArrayList<>(errors);
        assertTrue(first.isEmpty(), errors.size() + " errors, first: " + first.subList(0, Math.min(5, first.size())));
        assertTrue(all.size() >= CLIENTS, "every client was answered");
        assertEquals(CLIENTS, Arrays.stream(counts).filter(n -> n > 0).count(), "every client was answered");
    }

    private static String line(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "  %-24s %,7d   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
                name, sorted.length, Reliability.percentile(sorted, 50) / 1e6, Reliability.percentile(sorted, 95) / 1e6,
                Reliability.percentile(sorted, 99) / 1e6, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }
}
