package org.warta.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.warta.corpus.ReportSummaries;
import org.warta.extract.Pipeline;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.WartaException;
import org.warta.rdf.Iris;

/**
 * Runs the pipeline over a folder of articles and scores it against a folder of gold files: entities, meetings,
 * statements, negatives, and the cross-article merge over pairs of reports (events.gold.json).
 */
public final class Evaluator {
    private final Pipeline pipeline;
    private final Scorer scorer;
    private final GoldLoader gold = new GoldLoader();

    public Evaluator(Pipeline pipeline, Scorer scorer) {
        this.pipeline = pipeline;
        this.scorer = scorer;
    }

    public EvalReport evaluate(String name, Path articles, Path goldFolder) {
        return evaluate(name, articles, List.of(goldFolder));
    }

    /**
     * Scores the articles against the gold of several folders taken as one set (the gold given with the project
     * and the gold grown since); an article has its gold in one folder only, and clusters may span folders.
     */
    public EvalReport evaluate(String name, Path articles, List<Path> goldFolders) {
        Map<String, Article> read = new LinkedHashMap<>();
        for (ReadItem item : new ArticleReader().readAll(List.of(articles))) {
            if (item instanceof ReadItem.Loaded l) {
                read.put(l.article().id().value(), l.article());
            }
        }
        Map<String, GoldArticle> golds = golds(goldFolders, read);
        List<List<String>> clusters = new ArrayList<>();
        goldFolders.forEach(folder -> clusters.addAll(gold.clusters(folder)));
        Map<String, ArticleAnalysis> analyses = new LinkedHashMap<>();
        for (String id : golds.keySet()) {
            if (!read.containsKey(id)) {
                throw new WartaException("gold article " + id + " has no readable article in " + articles);
            }
            analyses.put(id, pipeline.analyze(read.get(id)));
        }
        Map<String, Counts> totals = new LinkedHashMap<>();
        Scorer.CATEGORIES.forEach(c -> totals.put(c, Counts.ZERO));
        List<String> violations = new ArrayList<>();
        List<Scorer.ArticleScore> scores = new ArrayList<>();
        Map<String, String> reportOfGold = new HashMap<>();
        for (Map.Entry<String, GoldArticle> e : golds.entrySet()) {
            ArticleAnalysis a = analyses.get(e.getKey());
            Scorer.ArticleScore s = scorer.score(a, e.getValue());
            scores.add(s);
            s.counts().forEach((k, c) -> totals.merge(k, c, Counts::plus));
            s.violations().forEach(v -> violations.add(e.getKey() + ": " + v));
            s.meetingAlignment().forEach((goldId, ordinal) -> reportOfGold.put(e.getKey() + "#" + goldId,
                    Iris.meetingReport(a.article().id(), ordinal).getURI()));
        }
        List<String> pairDetails = new ArrayList<>();
        Counts pairs = clusters.isEmpty() ? null : mergePairs(analyses.values(), clusters, reportOfGold, pairDetails);
        return new EvalReport(name, golds.size(), totals, violations, pairs, pairDetails, scores);
    }

    private Map<String, GoldArticle> golds(List<Path> goldFolders, Map<String, Article> read) {
        Map<String, GoldArticle> golds = new LinkedHashMap<>();
        for (Path folder : goldFolders) {
            gold.articles(folder, id -> Optional.ofNullable(read.get(id)).map(Article::text)).forEach((id, g) -> {
                if (golds.putIfAbsent(id, g) != null) {
                    throw new WartaException("gold article " + id + " is in more than one gold folder: " + goldFolders);
                }
            });
        }
        return golds;
    }

    /**
     * Pairs of gold meetings (in different articles) that the merge puts together, against the pairs the gold
     * clusters put together. Gold meetings that were not found cost recall.
     */
    static Counts mergePairs(Iterable<ArticleAnalysis> analyses, List<List<String>> clusters,
                             Map<String, String> reportOfGold, List<String> details) {
        List<ReportSummary> reports = new ArrayList<>();
        analyses.forEach(a -> reports.addAll(ReportSummaries.of(a)));
        Map<String, String> clusterOfReport = new HashMap<>();
        for (MergedMeeting m : new MeetingMerger().merge(reports)) {
            m.reports().forEach(r -> clusterOfReport.put(r.iri(), m.id()));
        }
        Set<String> goldPairs = new HashSet<>();
        for (List<String> c : clusters) {
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    goldPairs.add(pair(c.get(i), c.get(j)));
                }
            }
        }
        List<String> aligned = new ArrayList<>(reportOfGold.keySet());
        aligned.sort(null);
        Set<String> predicted = new HashSet<>();
        for (int i = 0; i < aligned.size(); i++) {
            for (int j = i + 1; j < aligned.size(); j++) {
                String a = aligned.get(i);
                String b = aligned.get(j);
                if (a.split("#")[0].equals(b.split("#")[0])) {
                    continue;
                }
                String ca = clusterOfReport.get(reportOfGold.get(a));
                if (ca != null && ca.equals(clusterOfReport.get(reportOfGold.get(b)))) {
                    predicted.add(pair(a, b));
                }
            }
        }
        int tp = 0;
        for (String p : new TreeSet<>(predicted)) {
            if (goldPairs.contains(p)) {
                tp++;
            } else {
                details.add("merged, gold keeps apart: " + p);
            }
        }
        for (String p : new TreeSet<>(goldPairs)) {
            if (!predicted.contains(p)) {
                String[] ab = p.split(" ");
                details.add("not merged: " + p + (reportOfGold.containsKey(ab[0]) && reportOfGold.containsKey(ab[1])
                        ? "" : " (a report was not found)"));
            }
        }
        return new Counts(tp, predicted.size() - tp, goldPairs.size() - tp);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
