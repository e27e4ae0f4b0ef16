package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI through picocli's execute with captured output, as a user runs it. */
class CliTest {
    @TempDir
    static Path tmp;
    static Path store;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WartaCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void build() {
        store = tmp.resolve("db");
        Run r = run("build", "seeds", "--store", store.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aSecondBuildReportsNothingChangedAndStatsCountFiveArticles() {
        Run again = run("build", "seeds", "--store", store.toString(), "--no-progress");
        assertTrue(again.out().startsWith("nothing changed: 5 article(s) unchanged"), again.out());
        Run stats = run("stats", "--store", store.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("articles\\s+5")), stats.out());
    }

    /** "--gold" repeated scores the gold of several folders as one set, named after them. */
    @Test
    void evalScoresSeveralGoldFoldersAsOneSet() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("gold-a"));
        Path b = Files.createDirectories(tmp.resolve("gold-b"));
        Files.copy(Path.of("src/test/resources/gold/seeds/000_9a328c184232f560.gold.json"),
                a.resolve("000_9a328c184232f560.gold.json"));
        Files.copy(Path.of("src/test/resources/gold/seeds/001_5883b0916c514fed.gold.json"),
                b.resolve("001_5883b0916c514fed.gold.json"));
        Run r = run("eval", "--gold", a.toString(), "--gold", b.toString(), "--articles", "seeds",
                "--json", tmp.resolve("eval.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(a + " + " + b + ": 2 articles"), r.out());
    }

    @Test
    void entitiesQueryHasTheDocumentedColumns() {
        Run r = run("query", "queries/entities.rq", "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("entity,type,name,wikidata,articleId", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",Person,Vladimir Putin,http://www.wikidata.org/entity/Q7747,")));
    }

    @Test
    void whoMetWhomHasTheDocumentedColumnsAndRealSentences() {
        Run r = run("query", "queries/who-met-whom.rq", "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("meeting,participant,participantName,participantWikidata,start,end,status,virtual,placeName,"
                + "articleId,sentence", r.out().lines().findFirst().orElseThrow());
        String seeds = String.join("\n", org.warta.TestSupport.seeds().stream().map(a -> a.text()).toList());
        Run tsv = run("query", "queries/who-met-whom.rq", "--store", store.toString(), "--format", "tsv");
        List<String> rows = tsv.out().lines().skip(1).toList();
        assertTrue(rows.size() > 20);
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            String sentence = f[10].substring(1, f[10].lastIndexOf('"')).replace("\\\"", "\"");
            assertTrue(seeds.contains(sentence), sentence);
            assertTrue(List.of("\"planned\"", "\"occurred\"", "\"uncertain\"").contains(f[6]), f[6]);
        }
    }

    @Test
    void meetingSourcesShowXisMarchVisitWithThreeSources() {
        Run r = run("query", "queries/meeting-sources.rq", "--store", store.toString(), "--format", "csv");
        String row = r.out().lines().filter(l -> l.contains("2023-03-20,2023-03-22")).findFirst().orElseThrow();
        assertTrue(row.contains("Vladimir Putin, Xi Jinping"), row);
        assertTrue(row.contains(",occurred,3,"), row);
        assertEquals(2, row.split(": planned", -1).length - 1, row);
        assertEquals(1, row.split(": occurred", -1).length - 1, row);
    }

    @Test
    void parametersAreBoundNotPasted() {
        Run r = run("query", "queries/meetings-of-person.rq", "--store", store.toString(), "--format", "csv",
                "--param", "name=Wang Yi");
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.startsWith("Wang Yi,")), r.out());
        Run hostile = run("query", "queries/meetings-of-person.rq", "--store", store.toString(), "--format", "csv",
                "--param", "name=x\" } ; DROP ALL ; SELECT * { ?s ?p ?o . FILTER(\"");
        assertEquals(0, hostile.code(), hostile.err());
        assertEquals(1, hostile.out().lines().count(), "only the header: the value is a literal, not syntax");
    }

    @Test
    void serviceIsRefusedByDefault() {
        Run r = run("query", "--sparql", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "--store", store.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--allow-service"), r.err());
    }

    @Test
    void exportsParseAndValidateConforms() throws IOException, InterruptedException {
        for (String format : List.of("ttl", "trig", "nq", "jsonld")) {
            Path f = tmp.resolve("out." + format);
            Run r = run("export", "--store", store.toString(), "--format", format, "-o", f.toString());
            assertEquals(0, r.code(), r.err());
            Dataset ds = RDFDataMgr.loadDataset(f.toString());
            assertTrue(ds.getUnionModel().size() + ds.getDefaultModel().size() > 1000, format);
        }
        // JSON-LD is written graph by graph as it streams: the same named graphs as N-Quads, quad for quad
        Dataset nq = RDFDataMgr.loadDataset(tmp.resolve("out.nq").toString());
        Dataset jsonld = RDFDataMgr.loadDataset(tmp.resolve("out.jsonld").toString());
        List<String> names = new ArrayList<>();
        nq.listNames().forEachRemaining(names::add);
        assertTrue(names.size() > 5, names.toString());
        for (String name : names) {
            assertTrue(nq.getNamedModel(name).isIsomorphicWith(jsonld.getNamedModel(name)), name);
        }
        assertEquals(0, jsonld.getDefaultModel().size());
        Run v = run("validate", "--store", store.toString());
        assertEquals(0, v.code(), v.out());
        assertTrue(v.out().contains("conforms"));
        // an independent parser: Debian's rapper (raptor2-utils), installed by .ci/run
        Path rapper = Path.of("/usr/bin/rapper");
        assertTrue(Files.isExecutable(rapper), "rapper is missing: apt-get install -y raptor2-utils (.ci/run does)");
        Process p = new ProcessBuilder(rapper.toString(), "-i", "turtle", "-c", tmp.resolve("out.ttl").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("Parsing returned"), output);
    }

    @Test
    void badInputGivesAnExitCodeAndNamesTheFile() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("seeds/000_9a328c184232f560.txt"), in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), "");
        Run r = run("build", in.toString(), "--store", tmp.resolve("db2").toString(), "--no-progress");
        assertEquals(ExitCodes.SOME_FAILED, r.code());
        assertTrue(r.err().contains("b.txt: empty article"), r.err());
        assertTrue(r.out().contains("1 added"), r.out());
    }

    @Test
    void helpEverywhere() {
        for (String cmd : new ArrayList<>(WartaCli.commandLine().getSubcommands().keySet())) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage:"), cmd);
        }
    }
}
