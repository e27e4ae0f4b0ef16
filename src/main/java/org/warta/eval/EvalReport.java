package org.warta.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The evaluation of a set of articles: counts by category, negatives violated, merge pairs, per-article notes. */
public record EvalReport(String name, int articles, Map<String, Counts> totals, List<String> violations,
                         Counts mergePairs, List<String> mergeDetails,
                         List<Scorer.ArticleScore> perArticle) {

    public EvalReport {
        totals = new LinkedHashMap<>(totals);
        violations = List.copyOf(violations);
        mergeDetails = List.copyOf(mergeDetails);
        perArticle = List.copyOf(perArticle);
    }

    public Counts get(String category) {
        return totals.getOrDefault(category, Counts.ZERO);
    }

    public void print(PrintWriter out, boolean details) {
        out.printf(Locale.ROOT, "%s: %d articles%n", name, articles);
        out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %6s %6s %6s%n", "category", "precision", "recall", "F1", "tp", "fp",
                "fn");
        totals.forEach((k, c) -> out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f %6d %6d %6d%n", k, c.precision(),
                c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
        if (mergePairs != null) {
            out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f %6d %6d %6d%n", "merge pairs", mergePairs.precision(),
                    mergePairs.recall(), mergePairs.f1(), mergePairs.tp(), mergePairs.fp(), mergePairs.fn());
        }
        out.printf(Locale.ROOT, "  gold negatives violated: %d%n", violations.size());
        violations.forEach(v -> out.println("    violated: " + v));
        if (details) {
            mergeDetails.forEach(d -> out.println("  merge: " + d));
            for (Scorer.ArticleScore s : perArticle) {
                if (!s.details().isEmpty()) {
                    out.println("  " + s.article() + ":");
                    s.details().forEach(d -> out.println("    " + d));
                }
            }
        }
        out.flush();
    }

    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("name", name);
        root.put("articles", articles);
        ObjectNode cats = root.putObject("categories");
        totals.forEach((k, c) -> put(cats.putObject(k), c));
        if (mergePairs != null) {
            put(root.putObject("merge_pairs"), mergePairs);
        }
        root.put("negatives_violated", violations.size());
        ArrayNode v = root.putArray("violations");
        violations.forEach(v::add);
        return root;
    }

    private static void put(ObjectNode n, Counts c) {
        n.put("precision", round(c.precision()));
        n.put("recall", round(c.recall()));
        n.put("f1", round(c.f1()));
        n.put("tp", c.tp());
        n.put("fp", c.fp());
        n.put("fn", c.fn());
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
