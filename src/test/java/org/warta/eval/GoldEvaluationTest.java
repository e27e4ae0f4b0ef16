package org.warta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;

/**
 * The gold evaluation with floors: quality cannot silently fall. A drop below a floor fails; a rise is a commit
 * that raises the floor. The figures are printed on every run.
 */
class GoldEvaluationTest {
    private static EvalReport seeds;
    private static EvalReport devset;

    @BeforeAll
    static void evaluate() {
        Gazetteer gaz = Gazetteer.load(List.of());
        Scorer scorer = new Scorer(e -> {
            Set<String> names = new HashSet<>();
            gaz.get(e.key()).map(GazetteerEntry::names).ifPresent(names::addAll);
            gaz.get(e.key()).map(GazetteerEntry::label).ifPresent(names::add);
            return names;
        });
        Evaluator evaluator = new Evaluator(TestSupport.pipeline(), scorer);
        seeds = evaluator.evaluate("seeds", TestSupport.SEEDS, TestSupport.SEED_GOLD);
        devset = evaluator.evaluate("devset", TestSupport.DEVSET, TestSupport.DEVSET_GOLD);
        PrintWriter out = new PrintWriter(System.out, true);
        seeds.print(out, false);
        devset.print(out, false);
    }

    private static void floor(EvalReport r, String category, double f1) {
        double got = r.get(category).f1();
        assertTrue(got >= f1, r.name() + " " + category + " F1 " + got + " fell below the floor " + f1);
    }

    @Test
    void seedFloors() {
        Map.of("persons", 0.95, "states", 0.95, "organizations", 0.88, "meetings", 0.99,
                "meetings+date+status", 0.99, "statements", 0.89, "direct", 0.95, "mixed", 0.85, "indirect", 0.78)
                .forEach((k, v) -> floor(seeds, k, v));
        assertEquals(0, seeds.violations().size(), "gold negatives violated: " + seeds.violations());
        assertEquals(1.0, seeds.mergePairs().f1(), 1e-9, "merge pairs on the seeds");
        assertEquals(0, seeds.mergePairs().fp(), "no false merge among the seeds' meetings");
    }

    @Test
    void devsetFloors() {
        Map.of("persons", 0.99, "states", 0.99, "organizations", 0.93, "meetings", 0.89,
                "meetings+date+status", 0.875, "statements", 0.89, "direct", 0.94, "mixed", 0.92, "indirect", 0.87)
                .forEach((k, v) -> floor(devset, k, v));
        assertEquals(0, devset.violations().size(), "gold negatives violated: " + devset.violations());
        assertTrue(devset.mergePairs().f1() >= 0.93, "merge pairs " + devset.mergePairs());
    }
}
