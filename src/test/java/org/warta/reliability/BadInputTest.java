package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.TestSupport;
import org.warta.cli.ExitCodes;
import org.warta.ingest.ArticleIds;
import org.warta.store.WartaStore;

/**
 * Every kind of broken input a news feed produces, generated here and built in one folder with the seeds through
 * the CLI: each is refused with a message naming the input and the reason, or accepted (with a warning where the
 * text was read in a way the user should know about); every good article is built; the exit status is 1.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    /** IGNORED: reported with a warning that says why, and not built. */
    enum Outcome { ERROR, WARNING, ACCEPTED, IGNORED }

    /**
     * One kind of input: the file the message must name, what should happen, a fragment of the message, and for
     * accepted inputs the id the article is stored under.
     */
    record Case(String kind, String file, Outcome outcome, String says, String id) {
    }

    private final List<Case> cases = new ArrayList<>();
    private Path in;

    private void text(String kind, String name, String content, Outcome outcome, String says) throws IOException {
        bytes(kind, name, content.getBytes(StandardCharsets.UTF_8), outcome, says);
    }

    private void bytes(String kind, String name, byte[] content, Outcome outcome, String says) throws IOException {
        Files.write(in.resolve(name), content);
        cases.add(new Case(kind, name, outcome, says, name.replaceFirst("\\.txt$", "")));
    }

    private void sidecar(String kind, String name, String meta, Outcome outcome, String says, String id)
            throws IOException {
        Files.writeString(in.resolve(name + ".txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(in.resolve(name + ".meta.json"), meta, StandardCharsets.UTF_8);
        cases.add(new Case(kind, outcome == Outcome.ERROR ? name + ".meta.json" : name + ".txt", outcome, says, id));
    }

    /** A good article under a name that cannot be an id as it is: built under a minted id. */
    private void minted(String kind, String name) throws IOException {
        Files.writeString(in.resolve(name), GOOD, StandardCharsets.UTF_8);
        String nfc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        cases.add(new Case(kind + " (id minted)", name, Outcome.ACCEPTED, null,
                ArticleIds.of(nfc.substring(0, nfc.length() - 4)).id().value()));
    }

    private static final String GOOD = "Presiden Joko Widodo bertemu Presiden Tiongkok Xi Jinping di Beijing pada "
            + "Selasa (26/7). \"Kami sepakat memperkuat kerja sama,\" kata Jokowi.\n";

    @Test
    void eachBadInputIsNamedWithItsReasonAndEveryGoodArticleIsBuilt() throws IOException {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        List<String> seedIds = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestSupport.SEEDS)) {
            for (Path p : s.sorted().toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
                if (p.toString().endsWith(".txt")) {
                    seedIds.add(p.getFileName().toString().replaceFirst("\\.txt$", ""));
                }
            }
        }
        String seed = Files.readString(TestSupport.SEEDS.resolve("001_5883b0916c514fed.txt"), StandardCharsets.UTF_8);
        Random random = new Random(8);

        text("empty file", "empty.txt", "", Outcome.ERROR, "empty article");
        text("whitespace only", "blank.txt", " \n\t \r\n   \n", Outcome.ERROR, "only whitespace");
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        binary[100] = 0;
        bytes("binary data", "binary.txt", binary, Outcome.ERROR, "binary data");
        byte[] controls = new byte[2000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 1 + random.nextInt(8) : 'a' + random.nextInt(26));
        }
        bytes("control characters", "controls.txt", controls, Outcome.ERROR, "binary data");
        bytes("invalid UTF-8 (Latin-1)", "latin1.txt",
                "Pertemuan di caf\u00e9 Jakarta.".getBytes(StandardCharsets.ISO_8859_1), Outcome.ERROR,
                "invalid UTF-8 at byte 16");
        byte[] truncated = "Presiden Erdo\u011fan".getBytes(StandardCharsets.UTF_8);
        bytes("UTF-8 cut inside a character", "truncated.txt", Arrays.copyOf(truncated, truncated.length - 3),
                Outcome.ERROR, "invalid UTF-8");
        bytes("UTF-16LE with BOM", "utf16le-bom.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                seed.getBytes(StandardCharsets.UTF_16LE)), Outcome.WARNING, "UTF-16LE");
        bytes("UTF-16BE with BOM", "utf16be-bom.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                seed.getBytes(StandardCharsets.UTF_16BE)), Outcome.WARNING, "UTF-16BE");
        bytes("UTF-16 without BOM", "utf16-nobom.txt", seed.getBytes(StandardCharsets.UTF_16LE), Outcome.ERROR,
                "UTF-16 without a byte-order mark");
        bytes("UTF-8 with BOM", "utf8-bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                seed.getBytes(StandardCharsets.UTF_8)), Outcome.WARNING, "byte-order mark");
        text("CRLF line ends", "crlf.txt", seed.replace("\n", "\r\n"), Outcome.WARNING, "CRLF");
        text("lone-CR line ends", "cr.txt", seed.replace("\n", "\r"), Outcome.WARNING, "CR line ends");
        byte[] huge = new byte[20 * 1024 * 1024];
        byte[] unit = (seed + "\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < huge.length; i++) {
            huge[i] = unit[i % unit.length];
        }
        bytes("20 MB article", "huge-20mb.txt", huge, Outcome.ERROR, "too large: 20,971,520 bytes");
        Path sparse = in.resolve("sparse-3gb.txt");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        cases.add(new Case("3 GB file (sparse)", "sparse-3gb.txt", Outcome.ERROR, "too large", null));
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("endless.jsonl").toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        cases.add(new Case("JSON Lines: a 3 GB line (sparse)", "endless.jsonl:1", Outcome.ERROR, "line too long",
                null));
        StringBuilder line = new StringBuilder(GOOD.strip()).append(' ');
        String filler = "Kedua pemimpin membahas perdagangan, investasi, energi, pangan dan kerja sama kawasan; ";
        while (line.length() < 1024 * 1024) {
            line.append(filler);
        }
        text("a single 1 MB line", "one-line-1mb.txt", line.toString(), Outcome.ACCEPTED, null);
        text("unbalanced quotation marks", "quotes-unbalanced.txt", """
                Menteri Luar Negeri Rusia Sergei Lavrov mengatakan, "Kami tidak akan mundur dari posisi kami.
                Lavrov bertemu Wang Yi di Beijing pada Senin. “Kerja sama kami kuat," ujar Wang.
                Ia menambahkan bahwa pembicaraan berjalan baik.”
                """, Outcome.ACCEPTED, null);
        text("nested quotation marks", "quotes-nested.txt", """
                "Putin mengatakan kepada saya, 'Xi menyebutnya “sahabat lama” dan itu benar,' dan saya percaya," \
                kata Menteri Luar Negeri Tiongkok Wang Yi di Beijing, Selasa (9/4).
                « Nous restons unis », kata Presiden Prancis Emmanuel Macron. „Wir auch“, ujar Kanselir Olaf Scholz.
                """, Outcome.ACCEPTED, null);
        text("an HTML page", "page.txt", """
                <!DOCTYPE html>
                <html lang="id"><head><title>Berita</title></head>
                <body><p>Presiden Joko Widodo bertemu Xi Jinping.</p></body></html>
                """, Outcome.ERROR, "HTML page");
        text("combining diacritics (NFD)", "diacritics.txt", """
                Presiden Turki Recep Tayyip Erdog\u0306an bertemu Presiden Rusia Vladimir Putin di Sochi, Senin (4/9).
                Perdana Menteri Vietnam Pha\u0323m Minh Chi\u0301nh dan Presiden Joko Widodo bertemu di Jakarta.
                """, Outcome.ACCEPTED, null);
        text("zero-width characters", "zero-width.txt", """
                Presiden Rusia Vladimir Pu\u200btin bertemu Presiden Tiongkok Xi\u200c Jinping di Moskow, Senin.
                \ufeffMenteri\u2060 Luar Negeri Sergei Lavrov hadir.\u200d
                """, Outcome.WARNING, "zero-width");
        text("RTL text and bidi controls", "rtl.txt", """
                Putra Mahkota Arab Saudi \u202bمحمد بن سلمان\u202c bertemu Presiden Joko Widodo di Riyadh.
                \u200fMenteri Luar Negeri Iran \u2067حسین امیرعبداللهیان\u2069 juga hadir.\u200e
                """, Outcome.WARNING, "bidirectional");
        Files.writeString(in.resolve("berita hari ini.txt"), GOOD, StandardCharsets.UTF_8);
        cases.add(new Case("file name with spaces (id minted)", "berita hari ini.txt", Outcome.ACCEPTED, null,
                ArticleIds.of("berita hari ini").id().value()));
        sidecar("sidecar: broken JSON", "meta-broken", "{\"id\": \"meta-broken\", \"published\": ",
                Outcome.ERROR, "broken JSON at line 1", null);
        sidecar("sidecar: empty", "meta-empty", "", Outcome.ERROR, "empty", null);
        sidecar("sidecar: not an object", "meta-array", "[\"2024-04-05\"]", Outcome.ERROR,
                "must be a JSON object, got an array", null);
        sidecar("sidecar: missing fields", "meta-missing", "{\"publisher\": \"Antara\"}", Outcome.ACCEPTED, null,
                "meta-missing");
        sidecar("sidecar: mistyped date", "meta-typed-date", "{\"published\": 20240405}", Outcome.ERROR,
                "field 'published' must be a string, got a number", null);
        sidecar("sidecar: mistyped cites", "meta-typed-cites", "{\"cites\": \"Reuters\"}", Outcome.ERROR,
                "field 'cites' must be an array of strings, got a string", null);
        sidecar("sidecar: mistyped id", "meta-typed-id", "{\"id\": 7}", Outcome.ERROR,
                "field 'id' must be a string, got a number", null);
        sidecar("sidecar: impossible date", "meta-bad-date", "{\"published\": \"2023-02-30\"}", Outcome.ERROR,
                "not a possible date (yyyy-MM-dd): '2023-02-30'", null);
        sidecar("sidecar: id unusable in an IRI (minted)", "meta-bad-id", "{\"id\": \"a b>c\"}", Outcome.ACCEPTED,
                null, ArticleIds.of("a b>c").id().value());
        sidecar("  (the first article of that id)", "dup-a", "{\"id\": \"dup-1\"}", Outcome.ACCEPTED, null, "dup-1");
        Files.writeString(in.resolve("dup-b.txt"), "Menteri Luar Negeri Retno Marsudi bertemu Wang Yi.\n");
        Files.writeString(in.resolve("dup-b.meta.json"), "{\"id\": \"dup-1\"}");
        cases.add(new Case("duplicate id, other text", "dup-b.txt", Outcome.ERROR,
                "duplicate article id 'dup-1' with a different text", null));
        Files.writeString(in.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\":\"jl-1\",\"text\":\"Presiden Joko Widodo bertemu Xi Jinping di Bali.\",\"published\":\"2022-11-16\"}",
                "{\"id\":\"jl-2\",\"text\":\"Lavrov bertemu Blinken",
                "{\"id\":\"jl-3\",\"text\":\"Menteri Luar Negeri Sergei Lavrov bertemu Wang Yi di Beijing.\"}",
                "",
                "{\"id\":\"jl-4\",\"text\":\"Kanselir Olaf Scholz bertemu Presiden Emmanuel Macron.\"}") + "\n");
        cases.add(new Case("  (JSON Lines: a good line)", "corpus.jsonl:1", Outcome.ACCEPTED, null, "jl-1"));
        cases.add(new Case("JSON Lines: one broken line", "corpus.jsonl:2", Outcome.ERROR, "broken JSON", null));
        cases.add(new Case("  (the line after it)", "corpus.jsonl:3", Outcome.ACCEPTED, null, "jl-3"));
        cases.add(new Case("  (a line after a blank line)", "corpus.jsonl:5", Outcome.ACCEPTED, null, "jl-4"));

        // inputs that used to be dropped without a word, or refused though users name files like that every day
        text("upper-case extension", "UPPER.TXT", GOOD, Outcome.ACCEPTED, null);
        cases.set(cases.size() - 1, new Case("upper-case extension", "UPPER.TXT", Outcome.ACCEPTED, null, "UPPER"));
        Files.createSymbolicLink(in.resolve("loop"), in.toAbsolutePath());
        cases.add(new Case("symbolic-link loop", "loop", Outcome.IGNORED, "symbolic link loop", null));
        Files.createSymbolicLink(in.resolve("dangling.txt"), tmp.resolve("gone.txt"));
        cases.add(new Case("dangling symbolic link", "dangling.txt", Outcome.ERROR, "dangling symbolic link to", null));
        Files.writeString(in.resolve("orphan.meta.json"), "{\"id\": \"orphan\"}");
        cases.add(new Case("sidecar without its text", "orphan.meta.json", Outcome.ERROR, "a sidecar without its article",
                null));
        text("only Unicode spaces and zero-width characters", "invisible.txt", "\u00a0\u2003\u200b\u200c\u2060\ufeff\u3000\n",
                Outcome.ERROR, "only spaces and invisible characters");
        minted("non-ASCII letters in the name", "Berita Dunia — Sénat & Dewan.txt");
        minted("a name in Unicode NFD", "Cafe\u0301 pagi.txt");
        minted("'#' in the name", "laporan#1.txt");
        minted("'%' in the name", "naik 100%.txt");
        minted("a name of 254 bytes", "a".repeat(250) + ".txt");
        minted("a name of 253 bytes, non-ASCII", "\u00e9".repeat(124) + "x.txt");
        sidecar("sidecar: id that is a URL (minted)", "meta-url-id",
                "{\"id\": \"https://www.kompas.example/read/2024/03/05/14300011/berita?page=all#x\"}", Outcome.ACCEPTED,
                null, ArticleIds.of("https://www.kompas.example/read/2024/03/05/14300011/berita?page=all#x").id().value());
        Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");
        cases.add(new Case("a file of another kind", "notes.pdf", Outcome.IGNORED, "ignored: not a kind of input", null));
        Files.writeString(in.resolve(".DS_Store"), "x");
        cases.add(new Case("a hidden file", ".DS_Store", Outcome.IGNORED, "ignored: a hidden file", null));
        Files.writeString(in.resolve("index.html"), "<!DOCTYPE html><html><body><nav><a href='/'>Beranda</a></nav>"
                + "<ul><li><a href='/a'>Presiden bertemu Perdana Menteri di Istana Merdeka</a></li></ul></body></html>");
        cases.add(new Case("a page with no article body", "index.html", Outcome.ERROR, "no article body recognized",
                null));
        Files.copy(Path.of("src/test/resources/web/sites/kompas.html"), in.resolve("kompas.html"));
        cases.add(new Case("  (a saved news page)", "kompas.html", Outcome.ACCEPTED, null, "kompas"));

        Path store = tmp.resolve("db");
        long t0 = System.nanoTime();
        // with the full annotation layer, so that the sentences of every article can be compared
        Reliability.Run run = Reliability.cli("build", in.toString(), "--store", store.toString(), "--no-progress",
                "--annotations", "full");
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> sentences = sentencesPerArticle(store);

        List<String> problems = run.err().lines().filter(l -> l.startsWith("error: ") || l.startsWith("warning: "))
                .toList();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-36s %-22s %-8s %s%n", "kind",
                "input", "outcome", "message"));
        for (Case c : cases) {
            List<String> about = problems.stream().filter(l -> names(l, c.file())).toList();
            Outcome got = about.stream().anyMatch(l -> l.startsWith("error: ")) ? Outcome.ERROR
                    : about.isEmpty() ? Outcome.ACCEPTED : Outcome.WARNING;
            String message = about.isEmpty() ? "" : about.get(0).substring(about.get(0).indexOf(c.file())
                    + c.file().length() + 2);
            table.append(String.format(Locale.ROOT, "%-36s %-22s %-8s %s%n", c.kind(), abbreviate(c.file(), 22),
                    got.name().toLowerCase(Locale.ROOT), abbreviate(message, 110)));
            if (got != (c.outcome() == Outcome.IGNORED ? Outcome.WARNING : c.outcome())) {
                failures.add(c.kind() + ": expected " + c.outcome() + ", got " + got + " " + about);
            }
            if (c.says() != null && about.stream().noneMatch(l -> l.contains(c.says()))) {
                failures.add(c.kind() + ": no message saying '" + c.says() + "' about " + c.file() + ": " + about);
            }
            boolean built = c.id() != null && sentences.containsKey(c.id());
            if ((c.outcome() == Outcome.WARNING || c.outcome() == Outcome.ACCEPTED) && !built) {
                failures.add(c.kind() + ": accepted but article '" + c.id() + "' is not in the store");
            }
            if (c.outcome() == Outcome.ERROR && c.id() != null && !c.kind().startsWith("duplicate")
                    && sentences.containsKey(c.id())) {
                failures.add(c.kind() + ": refused but article '" + c.id() + "' is in the store");
            }
        }
        long errors = problems.stream().filter(l -> l.startsWith("error: ")).count();
        List<Case> kinds = cases.stream().filter(c -> !c.kind().startsWith(" ")).toList();
        table.append(String.format(Locale.ROOT, "%d kinds of bad input: %d refused with a message, %d accepted with "
                        + "a warning, %d accepted, %d ignored with a reason; %d errors reported; exit code %d; %d articles built "
                        + "(%d of them seeds); %.1f s%n", kinds.size(),
                kinds.stream().filter(c -> c.outcome() == Outcome.ERROR).count(),
                kinds.stream().filter(c -> c.outcome() == Outcome.WARNING).count(),
                kinds.stream().filter(c -> c.outcome() == Outcome.ACCEPTED).count(),
                kinds.stream().filter(c -> c.outcome() == Outcome.IGNORED).count(), errors, run.code(),
                sentences.size(), seedIds.size(), seconds));
        System.out.println(table);

        assertEquals(ExitCodes.SOME_FAILED, run.code(), run.err());
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + run.err());
        for (String id : seedIds) {
            assertTrue(sentences.containsKey(id), "seed " + id + " built");
        }
        // line ends do not change the sentences: the same text with LF, CRLF and CR has the same sentences
        int lf = sentences.get("001_5883b0916c514fed");
        assertEquals(lf, sentences.get("crlf"), "CRLF");
        assertEquals(lf, sentences.get("cr"), "CR");
        assertEquals(lf, sentences.get("utf16le-bom"), "UTF-16LE");
        assertEquals(lf, sentences.get("utf8-bom"), "UTF-8 with BOM");
        // names written with combining marks or broken by invisible characters still reach their entities
        Map<String, Set<String>> linked = linkedEntities(store);
        assertTrue(linked.get("diacritics").containsAll(List.of("Q39259", "Q10806940", "Q7747")), linked.toString());
        assertTrue(linked.get("zero-width").containsAll(List.of("Q7747", "Q15031", "Q58217")), linked.toString());
        assertTrue(linked.get("rtl").contains("Q3318231"), linked.toString());
        assertTrue(run.out().contains(errors + " failed"), run.out());
        // a minted id keeps the name it was minted from, in NFC or NFD as the file system gave it
        Map<String, String> originals = originalIds(store);
        assertEquals("berita hari ini", originals.get(ArticleIds.of("berita hari ini").id().value()));
        assertEquals("Cafe\u0301 pagi", originals.get(ArticleIds.of("Caf\u00e9 pagi").id().value()));
        assertEquals(ArticleIds.of("Caf\u00e9 pagi").id(), ArticleIds.of("Cafe\u0301 pagi").id(), "NFC and NFD give one id");
    }

    /** The original name of every article whose id was minted, by id. */
    static Map<String, String> originalIds(Path store) {
        String q = """
                PREFIX schema: <https://schema.org/>
                SELECT ?id ?o WHERE { GRAPH ?g { ?a schema:identifier ?id ;
                  <https://w3id.org/warta/ontology#originalId> ?o } }""";
        Map<String, String> out = new LinkedHashMap<>();
        try (WartaStore s = WartaStore.open(store, false)) {
            s.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(d)).query(q).build()) {
                    qe.execSelect().forEachRemaining((QuerySolution r) ->
                            out.put(r.getLiteral("id").getString(), r.getLiteral("o").getString()));
                }
                return null;
            });
        }
        return out;
    }

    @Test
    void jsonLinesKeepTheirNumbersWithAnyLineEnd() throws IOException {
        for (String end : List.of("\n", "\r\n", "\r")) {
            Path f = tmp.resolve("c" + end.length() + end.charAt(0) + ".jsonl");
            Files.writeString(f, String.join(end, "{\"id\":\"a\",\"text\":\"Satu.\"}", "{broken", "",
                    "{\"id\":\"b\",\"text\":\"Dua.\"}") + end, StandardCharsets.UTF_8);
            List<org.warta.ingest.ReadItem> items = new org.warta.ingest.ArticleReader().readAll(List.of(f));
            assertEquals(3, items.size(), end.replace("\r", "CR").replace("\n", "LF"));
            assertTrue(items.get(1) instanceof org.warta.ingest.ReadItem.Failed x && x.origin().endsWith(":2"));
            assertTrue(items.get(2) instanceof org.warta.ingest.ReadItem.Loaded l && l.article().origin()
                    .endsWith(":4 (b)") && l.article().text().equals("Dua."), items.get(2).toString());
        }
    }

    /** Whether a problem line is about the file: its origin ends with the name (a path) or names the line. */
    private static boolean names(String problem, String file) {
        String rest = problem.substring(problem.indexOf(": ") + 2);
        String origin = rest.substring(0, rest.indexOf(": ")).replaceFirst(" \\([^)]*\\)$", "");
        return origin.endsWith("/" + file);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** The Wikidata ids of the entities each article's mentions refer to, by article id. */
    static Map<String, Set<String>> linkedEntities(Path store) {
        String q = """
                PREFIX schema: <https://schema.org/>
                PREFIX warta: <https://w3id.org/warta/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?id ?qid WHERE {
                  GRAPH ?g { ?a a warta:Article ; schema:identifier ?id ; schema:mentions ?e }
                  GRAPH <https://w3id.org/warta/id/graph/entities> { ?e owl:sameAs ?wd }
                  BIND(STRAFTER(STR(?wd), "http://www.wikidata.org/entity/") AS ?qid) }""";
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (WartaStore s = WartaStore.open(store, false)) {
            s.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(d)).query(q).build()) {
                    qe.execSelect().forEachRemaining((QuerySolution r) -> out.computeIfAbsent(
                            r.getLiteral("id").getString(), k -> new TreeSet<>())
                            .add(r.getLiteral("qid").getString()));
                }
                return null;
            });
        }
        return out;
    }

    /** The number of sentences of every article in the store, by article id. */
    static Map<String, Integer> sentencesPerArticle(Path store) {
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX schema: <https://schema.org/>
                SELECT ?id (COUNT(?s) AS ?n) WHERE {
                  GRAPH ?g { ?a a <https://w3id.org/warta/ontology#Article> ; schema:identifier ?id }
                  OPTIONAL { ?s a nif:Sentence ; nif:referenceContext ?a } } GROUP BY ?id""";
        Map<String, Integer> out = new LinkedHashMap<>();
        try (WartaStore s = WartaStore.open(store, false)) {
            s.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(d)).query(q).build()) {
                    qe.execSelect().forEachRemaining((QuerySolution r) ->
                            out.put(r.getLiteral("id").getString(), r.getLiteral("n").getInt()));
                }
                return null;
            });
        }
        return out;
    }
}
