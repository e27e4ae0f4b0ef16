package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.ExitCodes;

/**
 * Injection attempts through every CLI option that reaches a query: values of {@code --param} and graph names of
 * {@code export --graph}. Each is bound or checked as a value: a payload that would widen the query if it were
 * pasted into the text finds nothing, nothing is written, and the exit code is 0 or 4 with a message, never an
 * internal error. (CliTest has the first, simplest payload.)
 */
class CliInjectionTest {
    @TempDir
    static Path tmp;
    static String store;

    /** Values that change the meaning of a query if pasted into it, in each quoting and comment context. */
    static final List<String> PAYLOADS = List.of(
            "Wang Yi\" || true || \"",
            "x\" } UNION { ?person <https://schema.org/name> ?name } #",
            "x' } ; DROP ALL ; SELECT * { ?s ?p ?o } #",
            "x\"\"\" . } INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
            "x\\\" } #",
            "x\n} #\n",
            "?name",
            "<https://w3id.org/warta/id/entity/Q7747>",
            "\") || (\"\" = \"",
            "\\u0022 } #",
            "Vladimir Putin\u0000",
            "\u202eVladimir Putin");

    @BeforeAll
    static void build() {
        store = tmp.resolve("db").toString();
        Reliability.Run r = Reliability.cli("build", "seeds", "--store", store, "--no-progress");
        assertEquals(0, r.code(), r.err());
    }

    static long quads() {
        Reliability.Run r = Reliability.cli("stats", "--store", store);
        assertEquals(0, r.code(), r.err());
        return Long.parseLong(r.out().lines().filter(l -> l.startsWith("quads")).findFirst().orElseThrow()
                .replaceAll("[^0-9]", ""));
    }

    @Test
    void paramValuesAreBoundAsLiteralsInEveryShippedQuery() {
        long before = quads();
        Reliability.Run honest = Reliability.cli("query", "queries/meetings-of-person.rq", "--store", store,
                "--format", "csv", "--param", "name=Wang Yi");
        long honestRows = honest.out().lines().count() - 1;
        assertTrue(honestRows > 0, honest.out());
        List<String> report = new ArrayList<>();
        for (String payload : PAYLOADS) {
            for (String[] q : new String[][] {{"queries/meetings-of-person.rq", "name"},
                {"queries/meetings-between-states.rq", "stateA"}, {"queries/meetings-between-states.rq", "from"},
                {"queries/person-said-about.rq", "name"}}) {
                List<String> args = new ArrayList<>(List.of("query", q[0], "--store", store, "--format", "csv",
                        "--param", q[1] + "=" + payload));
                if (q[0].contains("person-said-about")) {
                    args.addAll(List.of("--param", "words=sanksi"));
                }
                Reliability.Run r = Reliability.cli(args.toArray(String[]::new));
                assertEquals(0, r.code(), q[0] + " " + payload + ": " + r.err());
                long rows = r.out().lines().count() - 1;
                boolean dateFilter = q[1].equals("from");
                if (!dateFilter) {
                    assertEquals(0, rows, "no row has that " + q[1] + ": the value is a literal, not syntax: "
                            + q[0] + " " + payload + "\n" + r.out());
                }
                report.add(rows + " rows  " + q[0] + " --param " + q[1] + "=" + payload.replace("\n", "\\n"));
            }
        }
        // Lucene syntax in a full-text parameter is Lucene's to parse: an answer or a clear refusal
        for (String words : List.of("*:*", "sanksi OR *", "\"unclosed", "text:(x) AND uri:*", "((((", "\\")) {
            Reliability.Run r = Reliability.cli("query", "queries/person-said-about.rq", "--store", store,
                    "--format", "csv", "--param", "words=" + words);
            assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.BAD_INPUT, words + ": " + r.err());
            assertFalse(r.err().contains("internal error"), r.err());
            report.add("exit " + r.code() + "  person-said-about.rq --param words=" + words);
        }
        System.out.println("warta query --param, hostile values:\n  " + String.join("\n  ", report));
        assertEquals(before, quads(), "nothing was written");
    }

    @Test
    void paramNamesAreCheckedNotPasted() {
        for (String name : List.of("name } ; DROP ALL ; #", "name>", "na me", "1name", "", "?name", "name\n")) {
            Reliability.Run r = Reliability.cli("query", "queries/meetings-of-person.rq", "--store", store,
                    "--param", name + "=Wang Yi");
            assertTrue(r.code() == ExitCodes.BAD_INPUT || r.code() == ExitCodes.USAGE, name + ": " + r.err());
            assertFalse(r.err().contains("internal error"), r.err());
        }
        Reliability.Run absent = Reliability.cli("query", "queries/meetings-of-person.rq", "--store", store,
                "--param", "nosuchvariable=x");
        assertEquals(ExitCodes.BAD_INPUT, absent.code());
        assertTrue(absent.err().contains("no variable ?nosuchvariable"), absent.err());
    }

    @Test
    void exportGraphNamesAreIrisNeverSyntax() throws Exception {
        long before = quads();
        String article = "https://w3id.org/warta/id/article/000_9a328c184232f560";
        Path one = tmp.resolve("one.nq");
        Reliability.Run ok = Reliability.cli("export", "--store", store, "--format", "nq", "--graph", article,
                "-o", one.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readAllLines(one).stream().allMatch(l -> l.endsWith("<" + article + "> .")),
                "only that graph");
        List<String> hostile = List.of(
                article + "> } ; DROP ALL ; #",
                article + "> ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } #",
                "<" + article + ">",
                article + "\n",
                article + " x",
                "urn:x",
                "javascript:alert(1)",
                "file:///etc/passwd",
                "../seeds",
                "",
                "_:b0",
                "?g",
                "\u202e" + article);
        for (String g : hostile) {
            for (String format : List.of("ttl", "nq")) {
                Path out = tmp.resolve("hostile." + format);
                Files.deleteIfExists(out);
                Reliability.Run r = Reliability.cli("export", "--store", store, "--format", format, "--graph", g,
                        "-o", out.toString());
                assertEquals(ExitCodes.BAD_INPUT, r.code(), "--graph " + g + ": " + r.out() + r.err());
                assertTrue(r.err().contains("not an absolute IRI") || r.err().contains("no graph <"),
                        "--graph " + g + ": " + r.err());
                assertTrue(!Files.exists(out) || Files.size(out) == 0, "nothing exported for --graph " + g);
            }
        }
        assertEquals(before, quads(), "nothing was written");
    }
}
