package org.warta.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.warta.rdf.Iris;
import org.warta.rdf.NIF;
import org.warta.rdf.WARTA;

/** Counts what the store holds. Entities are counted once however many articles restate them. */
public final class StoreStats {
    public static Map<String, Long> of(WartaStore store) {
        return store.read(StoreStats::count);
    }

    private static Map<String, Long> count(DatasetGraph d) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("articles", distinctSubjects(d, WARTA.Article));
        out.put("annotated articles", distinctSubjects(d, NIF.Context));
        out.put("sentences", distinctSubjects(d, NIF.Sentence));
        out.put("mentions", distinctSubjects(d, WARTA.Mention));
        out.put("persons", distinctSubjects(d, WARTA.Person));
        out.put("states", distinctSubjects(d, WARTA.State));
        out.put("organizations", distinctSubjects(d, WARTA.Organization));
        out.put("places", distinctSubjects(d, WARTA.Place));
        out.put("roles", distinctSubjects(d, WARTA.Role));
        out.put("meeting reports", distinctSubjects(d, WARTA.MeetingReport));
        out.put("meetings (merged)", distinctSubjects(d, WARTA.Meeting));
        out.put("statements", distinctSubjects(d, WARTA.Statement));
        out.put("builds", distinctSubjects(d, WARTA.Build));
        long graphs = 0;
        Iterator<Node> it = d.listGraphNodes();
        try {
            while (it.hasNext()) {
                it.next();
                graphs++;
            }
        } finally {
            Lib.sync(it);
        }
        out.put("named graphs", graphs);
        out.put("quads", d.stream().count());
        articlesByVersion(d).forEach((version, n) -> out.put("articles by " + version, n));
        return out;
    }

    /** How many articles each pipeline version extracted: a lexicon change shows as a second version. */
    private static Map<String, Long> articlesByVersion(DatasetGraph d) {
        Map<String, Long> out = new TreeMap<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, WARTA.pipelineVersion, Node.ANY);
        try {
            it.forEachRemaining(q -> {
                if (!q.isDefaultGraph() && q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                    out.merge(q.getObject().getLiteralLexicalForm(), 1L, Long::sum);
                }
            });
        } finally {
            Lib.sync(it);
        }
        return out;
    }

    /**
     * Quads by kind of graph (article, annotations, corpus, entities, builds) and predicate, rdf:type split by
     * class, most numerous first: which predicates carry the store.
     */
    public static Map<String, Long> byPredicate(WartaStore store) {
        return store.read(d -> {
            Map<String, Long> counts = new HashMap<>();
            Iterator<Quad> it = d.find();
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    String p = Prefixes.shorten(q.getPredicate().getURI());
                    if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()) {
                        p = p + " " + Prefixes.shorten(q.getObject().getURI());
                    }
                    counts.merge(kind(q.getGraph()) + " " + p, 1L, Long::sum);
                }
            } finally {
                Lib.sync(it);
            }
            Map<String, Long> out = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    private static String kind(Node g) {
        if (g.equals(Iris.CORPUS_GRAPH)) {
            return "corpus";
        } else if (g.equals(Iris.ENTITIES_GRAPH)) {
            return "entities";
        } else if (g.equals(Iris.BUILDS_GRAPH)) {
            return "builds";
        } else if (!Iris.articleGraphOf(g).equals(g)) {
            return "annotations";
        }
        return g.getURI().startsWith(org.warta.rdf.WARTA.ID + "article/") ? "article" : "other";
    }

    private static long distinctSubjects(DatasetGraph d, Node type) {
        Set<Node> seen = new HashSet<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, RDF.type.asNode(), type);
        try {
            it.forEachRemaining(q -> seen.add(q.getSubject()));
        } finally {
            Lib.sync(it);
        }
        return seen.size();
    }

    private StoreStats() {
    }
}
