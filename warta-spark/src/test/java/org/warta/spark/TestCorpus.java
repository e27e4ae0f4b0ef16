package org.warta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The test corpus: the benchmark's generated articles, with re-dated copies of the seeds and the dev set
 * (../seeds, ../src/test/resources/devset) mixed in, so that some copies report the same meeting and some another.
 * Deterministic for a seed.
 */
final class TestCorpus {
    record Template(String id, List<String> lines, ObjectNode meta) {
    }

    /** Publication-date shifts in days: repeats make many sources of one meeting, the rest distinct ones. */
    private static final int[] SHIFTS = {0, 0, 0, 1, 2, 0, 7, 400, 800, -30, 0, 3};

    private final ObjectMapper json = new ObjectMapper();
    private final List<Template> templates;
    private final long seed;

    TestCorpus(long seed) {
        this.seed = seed;
        this.templates = load(List.of(repo().resolve("seeds"), repo().resolve("src/test/resources/devset")));
    }

    /** The core's checkout: the parent of warta-spark. */
    static Path repo() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("seeds")) ? here : here.getParent();
    }

    private List<Template> load(List<Path> folders) {
        List<Template> out = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path txt : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String base = txt.getFileName().toString().replace(".txt", "");
                    ObjectNode meta = (ObjectNode) json.readTree(txt.resolveSibling(base + ".meta.json").toFile());
                    List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
                    out.add(new Template(meta.path("id").asText(base), lines, meta));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Article {@code i}: its metadata (with "id") and its text. */
    record Generated(ObjectNode meta, String text) {
        String id() {
            return meta.get("id").asText();
        }
    }

    /**
     * Article {@code i} of the benchmark's corpus generator for this seed (realistic Indonesian articles from the
     * gazetteer's people, states and places), and, for every fourth one, a re-dated copy of a seed or dev-set
     * article, so that many articles report the same real meetings and the cross-article merge has work to do.
     */
    List<Generated> articles(int n) {
        Random random = new Random(seed);
        List<org.warta.model.Article> generated = new org.warta.bench.CorpusGenerator(seed).articles(n);
        List<Generated> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 4 == 3) {
                out.add(template(i, random));
                continue;
            }
            org.warta.model.Article a = generated.get(i);
            ObjectNode meta = json.createObjectNode();
            meta.put("id", a.id().value());
            a.metadata().published().ifPresent(d -> meta.put("published", d.toString()));
            a.metadata().publisher().ifPresent(p -> meta.put("publisher", p));
            a.metadata().language().ifPresent(l -> meta.put("language", l));
            a.metadata().title().ifPresent(t -> meta.put("title", t));
            out.add(new Generated(meta, a.text()));
        }
        return out;
    }

    private Generated template(int i, Random random) {
        Template t = templates.get((i / 4) % templates.size());
        int round = (i / 4) / templates.size();
        ObjectNode meta = t.meta().deepCopy();
        meta.put("id", t.id() + "-" + round);
        int shift = SHIFTS[round % SHIFTS.length] + (round / SHIFTS.length) * 1000;
        if (meta.hasNonNull("published")) {
            meta.put("published", LocalDate.parse(meta.get("published").asText()).plusDays(shift).toString());
        }
        List<String> lines = new ArrayList<>(t.lines());
        if (random.nextInt(3) == 0) {
            // a follow-up story: the template plus a few paragraphs of another one
            Template other = templates.get(random.nextInt(templates.size()));
            int from = 1 + random.nextInt(Math.max(1, other.lines().size() - 1));
            lines.addAll(other.lines().subList(Math.min(from, other.lines().size()),
                    Math.min(from + 3, other.lines().size())));
        }
        return new Generated(meta, String.join("\n", lines) + "\n");
    }

    void writeJsonl(Path file, int n) {
        writeJsonl(file, articles(n));
    }

    void writeJsonl(Path file, List<Generated> articles) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Generated g : articles) {
                ObjectNode line = g.meta().deepCopy();
                line.put("text", g.text());
                w.write(json.writeValueAsString(line));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeFolder(Path folder, int n) {
        writeFolder(folder, articles(n));
    }

    void writeFolder(Path folder, List<Generated> articles) {
        try {
            Files.createDirectories(folder);
            for (Generated g : articles) {
                Files.writeString(folder.resolve(g.id() + ".txt"), g.text(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(g.id() + ".meta.json"), json.writeValueAsString(g.meta()),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code TestCorpus jsonl|folder OUT N [SEED]}: writes a corpus, for the benchmark. */
    public static void main(String[] args) {
        TestCorpus c = new TestCorpus(args.length > 3 ? Long.parseLong(args[3]) : 1);
        int n = Integer.parseInt(args[2]);
        if (args[0].equals("jsonl")) {
            c.writeJsonl(Path.of(args[1]), n);
        } else {
            c.writeFolder(Path.of(args[1]), n);
        }
    }
}
