package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.Version;
import org.warta.corpus.BuildListener;
import org.warta.corpus.BuildOptions;
import org.warta.corpus.BuildReport;
import org.warta.corpus.CorpusBuilder;
import org.warta.corpus.MeetingLinker;
import org.warta.extract.Pipeline;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.rdf.ArticleGraphMapper;
import org.warta.rdf.Iris;
import org.warta.server.ServerConfig;
import org.warta.server.WartaServer;
import org.warta.store.WartaStore;

/**
 * Queries keep being answered while a build writes into the store being served, and never see half an article:
 * every article graph a query sees has exactly the triples and facts of the finished article, both while the
 * articles are first added in small batches and while a forced rebuild replaces each graph (delete and add, in one
 * transaction). The number of article graphs one client sees never goes down while articles are being added.
 */
class ConcurrentReadWriteTest {
    static final int ARTICLES = 250;
    static final int CLIENTS = 4;

    @TempDir
    Path tmp;

    static final String COUNTS = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?g (COUNT(*) AS ?triples) (SUM(IF(?p = prov:wasDerivedFrom, 1, 0)) AS ?facts)
            WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/warta/id/article/")) }
            GROUP BY ?g""";

    /** What one client saw. */
    static final class Client implements Runnable {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        final URI uri;
        final Map<String, long[]> expected;
        final AtomicBoolean stop;
        final boolean adding;
        final ConcurrentLinkedQueue<String> failures;
        long queries;
        long maxMillis;
        long totalMillis;
        int lastSeen;

        Client(String base, Map<String, long[]> expected, AtomicBoolean stop, boolean adding,
               ConcurrentLinkedQueue<String> failures) {
            this.uri = URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8));
            this.expected = expected;
            this.stop = stop;
            this.adding = adding;
            this.failures = failures;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv")
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    queries++;
                    totalMillis += ms;
                    maxMillis = Math.max(maxMillis, ms);
                    if (r.statusCode() != 200) {
                        failures.add("status " + r.statusCode() + ": " + r.body());
                        continue;
                    }
                    int seen = 0;
                    for (String line : r.body().lines().skip(1).toList()) {
                        String[] f = line.split(",");
                        long[] want = expected.get(f[0]);
                        seen++;
                        if (want == null) {
                            failures.add("unknown graph " + f[0]);
                        } else if (Long.parseLong(f[1].strip()) != want[0] || Long.parseLong(f[2].strip()) != want[1]) {
                            failures.add("half an article: " + f[0] + " has " + f[1] + " triples and " + f[2]
                                    + " facts; the article has " + want[0] + " and " + want[1]);
                        }
                    }
                    if (adding && seen < lastSeen) {
                        failures.add("article graphs went from " + lastSeen + " to " + seen);
                    }
                    lastSeen = seen;
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        }
    }

    @Test
    void readersNeverSeeHalfAnArticleWhileABuildWrites() throws Exception {
        Path in = tmp.resolve("in");
        Reliability.writeSmallCorpus(in, ARTICLES);
        Pipeline pipeline = TestSupport.pipeline();
        ArticleGraphMapper mapper = new ArticleGraphMapper(pipeline.version());
        Map<String, long[]> expected = new HashMap<>();
        for (ReadItem item : new ArticleReader().readAll(List.of(in))) {
            Article a = ((ReadItem.Loaded) item).article();
            var analysis = pipeline.analyze(a);
            expected.put(Iris.article(a.id()).getURI(), new long[] {mapper.toGraph(analysis).size(),
                ArticleGraphMapper.writtenRoles(analysis).size() + analysis.meetings().size()
                    + analysis.statements().size()});
        }
        CorpusBuilder builder = new CorpusBuilder(pipeline, new ArticleReader(), new MeetingLinker(),
                Version.current());
        List<String> report = new ArrayList<>();
        try (WartaStore store = WartaStore.open(tmp.resolve("db"));
             WartaServer server = WartaServer.start(store, ServerConfig.defaults().withPort(0))) {
            for (boolean force : List.of(false, true)) {
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                AtomicBoolean stop = new AtomicBoolean();
                List<Client> clients = new ArrayList<>();
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    Client c = new Client(server.baseUrl(), expected, stop, !force, failures);
                    clients.add(c);
                    Thread t = new Thread(c, "reader-" + i);
                    threads.add(t);
                    t.start();
                }
                long t0 = System.nanoTime();
                BuildReport built = builder.build(store, List.of(in),
                        BuildOptions.defaults().withBatchSize(10).withForce(force), BuildListener.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                stop.set(true);
                for (Thread t : threads) {
                    t.join(120_000);
                }
                long queries = clients.stream().mapToLong(c -> c.queries).sum();
                long max = clients.stream().mapToLong(c -> c.maxMillis).max().orElse(0);
                long mean = queries == 0 ? 0 : clients.stream().mapToLong(c -> c.totalMillis).sum() / queries;
                report.add(String.format(Locale.ROOT, "%-22s %d articles written in %d transactions in %.1f s; "
                                + "%d clients answered %d queries meanwhile (mean %d ms, max %d ms); %d failures",
                        force ? "forced rebuild:" : "first build:", built.written(),
                        (built.written() + 9) / 10, seconds, CLIENTS, queries, mean, max, failures.size()));
                List<String> first = new ArrayList<>(failures);
                assertTrue(first.isEmpty(), first.subList(0, Math.min(10, first.size())).toString());
                assertEquals(ARTICLES, built.written());
                assertTrue(queries >= CLIENTS * 2L, "queries were answered during the build: " + queries);
                assertTrue(clients.stream().allMatch(c -> c.queries > 0), "every client was answered");
            }
        }
        System.out.println("\nconcurrent reads during a build (" + ARTICLES + " articles, batches of 10):\n  "
                + String.join("\n  ", report));
    }
}
