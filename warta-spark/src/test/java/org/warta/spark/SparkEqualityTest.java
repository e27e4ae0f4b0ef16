package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.warta.ingest.TextDecoder;
import org.warta.store.WartaStore;

/**
 * The job's output equals the single-machine build's: for one generated corpus (JSON Lines and a folder of .txt
 * with sidecars), the Spark job's N-Quads, decompressed and sorted, equal {@code warta build} followed by
 * {@code warta export --format nq}, builds graph aside. The job runs with several partitions, so the merge's
 * shuffle really splits the reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEqualityTest {
    /** The issue asks for 2,000 to 5,000 generated articles; CI time asks for the low end. */
    static final int ARTICLES = 2_000;
    static final int IN_FOLDER = 500;

    Path tmp;
    SparkSession spark;
    Path jsonl;
    Path folder;
    Path output;
    RunRecord run;
    /** The single-machine build's store and its export. */
    Path store;
    Path export;

    @BeforeAll
    void runJob(@TempDir Path tmp) {
        this.tmp = tmp;
        // generated articles: TestCorpus.articles is where the benchmark generator comes in
        TestCorpus corpus = new TestCorpus(7);
        List<TestCorpus.Generated> articles = corpus.articles(ARTICLES);
        jsonl = tmp.resolve("corpus.jsonl");
        folder = tmp.resolve("articles");
        corpus.writeJsonl(jsonl, articles.subList(0, ARTICLES - IN_FOLDER));
        corpus.writeFolder(folder, articles.subList(ARTICLES - IN_FOLDER, ARTICLES));
        output = tmp.resolve("out");
        spark = SparkTesting.session("equality");
        long started = System.nanoTime();
        run = SparkBuild.run(spark, new JobConfig(List.of(jsonl.toString(), folder.toString()), output.toString(),
                6, Optional.empty(), TextDecoder.DEFAULT_MAX_BYTES));
        System.out.printf("spark job: %d articles in %.1f s%n", ARTICLES, (System.nanoTime() - started) / 1e9);

        store = tmp.resolve("single-db");
        export = tmp.resolve("single.nq");
        started = System.nanoTime();
        SparkTesting.warta("build", "--store", store.toString(), jsonl.toString(), folder.toString());
        System.out.printf("warta build: %d articles in %.1f s%n", ARTICLES, (System.nanoTime() - started) / 1e9);
        SparkTesting.warta("export", "--store", store.toString(), "--format", "nq", "-o", export.toString());
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void nquadsEqualTheSingleMachineBuild() {
        SparkTesting.assertSameLines(sink -> SparkTesting.fileLines(export, sink),
                sink -> SparkTesting.partLines(output, sink));
    }

    @Test
    void everyArticleIsBuiltAndRecorded() {
        assertEquals(ARTICLES, run.articles());
        assertEquals(0, run.failed(), () -> "failures: " + run.failures());
        assertTrue(run.meetings() > 0 && run.meetings() < run.reports(), "reports merge into fewer meetings");
        AtomicLong generated = new AtomicLong();
        AtomicLong activity = new AtomicLong();
        String runIri = "<" + run.iri().getURI() + ">";
        SparkTesting.partLines(output, l -> {
            if (l.endsWith(SparkTesting.BUILDS)) {
                if (l.contains("<http://www.w3.org/ns/prov#generated>")) {
                    generated.incrementAndGet();
                }
                if (l.startsWith(runIri + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                        + "<http://www.w3.org/ns/prov#Activity>")) {
                    activity.incrementAndGet();
                }
            }
        });
        assertEquals(ARTICLES, generated.get());
        assertEquals(1, activity.get());
        assertTrue(Files.exists(output.resolve("run.json")));
    }

    @Test
    void everyNodeIsAnIriOrLiteral() {
        AtomicLong blank = new AtomicLong();
        AtomicLong quads = new AtomicLong();
        try (var parts = Files.list(output.resolve("nquads"))) {
            for (Path p : parts.filter(f -> f.toString().endsWith(".nq.gz")).toList()) {
                RDFParser.source(p.toString()).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.incrementAndGet();
                        if (q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank()) {
                            blank.incrementAndGet();
                        }
                    }
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(0, blank.get());
        // the graphs' quads, one prov:generated link per article, and the run's activity
        assertEquals(run.quads() + ARTICLES + run.activity().size(), quads.get());
    }

    /** SPARQL over the single-machine store, which holds the job's quads (see the equality above). */
    @Test
    void tablesHaveTheRowsOfTheirQueries() {
        Map<String, String> queries = Map.of("entities", "queries/entities.rq", "meetings", "queries/who-met-whom.rq",
                "statements", "queries/statements.rq");
        try (WartaStore s = WartaStore.open(store)) {
            for (var e : queries.entrySet()) {
                var query = QueryFactory.read(TestCorpus.repo().resolve(e.getValue()).toString());
                long sparql = s.read(d -> {
                    long n = 0;
                    try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(d))) {
                        var rs = qe.execSelect();
                        while (rs.hasNext()) {
                            rs.next();
                            n++;
                        }
                    }
                    return n;
                });
                long parquet = spark.read().parquet(output.resolve("tables").resolve(e.getKey()).toString()).count();
                assertEquals(sparql, parquet, e.getKey() + ": Parquet rows against SPARQL rows");
                assertEquals(sparql, run.tableRows().get(e.getKey()), e.getKey() + ": in the run record");
                assertFalse(sparql == 0, e.getKey() + " is empty");
            }
        }
    }
}
