package org.warta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.warta.TestSupport;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;

/**
 * Floors on real news pages. Their texts are third-party and never committed: they are brought back into the
 * git-ignored {@code target/realdev} before measuring (../shared/realdev/README.md says how; the same steps restore
 * the pages annotated since, from the entries of {@code src/test/resources/realdev/index}). The gold of the pages
 * given with the project lives beside it in {@code ../shared/realdev/gold}; the gold of the pages annotated since is
 * committed in {@code src/test/resources/realdev/gold} without the pages' words (their quotes are spans of the texts
 * with a digest: {@link GoldSpan}). Each set is scored where all its texts are restored, and both as one set; on a
 * fresh clone the test is skipped, so it runs without them, and where they are, quality on real pages cannot
 * silently fall.
 */
@EnabledIf("restored")
class RealdevEvaluationTest {
    private static final Path TEXTS = Path.of("target/realdev");
    private static final Path GIVEN = Path.of("../shared/realdev/gold");
    private static final Path GROWN = Path.of("src/test/resources/realdev/gold");

    /** Floors just below the figures reached; a rise is a commit that raises them. */
    private static final Map<String, Double> FLOORS_GIVEN = Map.of("persons", 0.96, "states", 0.97,
            "meetings", 0.92, "meetings+date+status", 0.86, "statements", 0.95, "direct", 0.96, "indirect", 0.94);
    private static final Map<String, Double> FLOORS_GROWN = Map.of("persons", 0.96, "states", 0.98,
            "meetings", 0.83, "meetings+date+status", 0.80, "statements", 0.89, "direct", 0.92, "indirect", 0.87);
    private static final Map<String, Double> FLOORS_ALL = Map.of("persons", 0.96, "states", 0.98,
            "meetings", 0.84, "meetings+date+status", 0.80, "statements", 0.90, "direct", 0.93, "indirect", 0.87);

    static boolean restored() throws IOException {
        return complete(GIVEN) || complete(GROWN);
    }

    /** Whether every gold page of the folder has its text restored: a partial copy would measure something else. */
    private static boolean complete(Path gold) throws IOException {
        if (!Files.isDirectory(TEXTS) || !Files.isDirectory(gold)) {
            return false;
        }
        try (Stream<Path> files = Files.list(gold)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".gold.json") && !n.equals("events.gold.json"))
                    .allMatch(n -> Files.isRegularFile(TEXTS.resolve(n.replace(".gold.json", ".txt"))));
        }
    }

    private static void floor(EvalReport r, String category, double f1) {
        double got = r.get(category).f1();
        assertTrue(got >= f1, r.name() + " " + category + " F1 " + got + " fell below the floor " + f1);
    }

    /** The scorer `warta eval` uses: a predicted entity also offers the names the gazetteer knows for it. */
    private static Scorer scorer() {
        Gazetteer gaz = Gazetteer.load(List.of());
        return new Scorer(e -> {
            Set<String> names = new HashSet<>();
            gaz.get(e.key()).map(GazetteerEntry::names).ifPresent(names::addAll);
            gaz.get(e.key()).map(GazetteerEntry::label).ifPresent(names::add);
            return names;
        });
    }

    private static EvalReport score(String name, List<Path> gold) {
        EvalReport r = new Evaluator(TestSupport.pipeline(), scorer()).evaluate(name, TEXTS, gold);
        r.print(new PrintWriter(System.out, true), false);
        return r;
    }

    @Test
    void givenPagesFloors() throws IOException {
        Assumptions.assumeTrue(complete(GIVEN), "the given pages are not restored");
        EvalReport given = score("realdev, given", List.of(GIVEN));
        FLOORS_GIVEN.forEach((k, v) -> floor(given, k, v));
        assertEquals(0, given.violations().size(), "gold negatives violated: " + given.violations());
    }

    @Test
    void grownPagesFloors() throws IOException {
        Assumptions.assumeTrue(complete(GROWN), "the pages annotated since are not restored");
        EvalReport grown = score("realdev, annotated since", List.of(GROWN));
        FLOORS_GROWN.forEach((k, v) -> floor(grown, k, v));
    }

    @Test
    void wholeSetFloors() throws IOException {
        Assumptions.assumeTrue(complete(GIVEN) && complete(GROWN), "not every real page is restored");
        EvalReport all = score("realdev, all", List.of(GIVEN, GROWN));
        FLOORS_ALL.forEach((k, v) -> floor(all, k, v));
        assertEquals(0, all.violations().size(), "gold negatives violated: " + all.violations());
    }
}
