package org.warta.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.warta.corpus.CorpusLinker;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingStatus;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.Literals;
import org.warta.model.TimeValue;
import org.warta.rdf.ArticleGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.Literals;
import org.warta.rdf.SCHEMA;
import org.warta.rdf.SEM;
import org.warta.rdf.WARTA;
import org.warta.store.WartaStore;

/**
 * Reads every meeting report from the article graphs, merges reports of the same meeting, and rewrites the
 * corpus graph with one warta:Meeting per real meeting: participants, best-known time, current status, place,
 * its reports and sources, the earliest report, and conflicts. Each article's own claims stay in its graph.
 */
public final class MeetingLinker implements CorpusLinker {
    private final MeetingMerger merger = new MeetingMerger();

    @Override
    public int relink(WartaStore store, Optional<Set<String>> keys) {
        Map<Node, EntityInfo> entities = new HashMap<>();
        List<ReportSummary> reports = store.read(d -> keys.isEmpty() ? readReports(d, entities)
                : readReports(d, entities, keys.get()));
        List<MergedMeeting> merged = merger.merge(reports);
        Graph fresh = CorpusGraphMapper.toGraph(merged);
        store.write(d -> {
            if (keys.isEmpty()) {
                WartaStore.replaceGraph(d, Iris.CORPUS_GRAPH, fresh);
            } else {
                Set<Node> touched = new HashSet<>();
                Set<Triple> old = describeMeetings(d, keys.get(), touched);
                rewrite(d, old, fresh);
                removeUnused(d, touched);
            }
        });
        return store.read(d -> {
            Iterator<Quad> it = d.find(Iris.CORPUS_GRAPH, Node.ANY, RDF.type.asNode(), WARTA.Meeting);
            try {
                int n = 0;
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            } finally {
                Lib.sync(it);
            }
        });
    }

    /**
     * The corpus-graph triples of the merged meetings of these keys: each meeting's own triples, its conflicts', and
     * the reports' links back to it. The entities they name go into {@code entities}.
     */
    private static Set<Triple> describeMeetings(DatasetGraph d, Set<String> keys, Set<Node> entities) {
        Set<Triple> out = new HashSet<>();
        Node g = Iris.CORPUS_GRAPH;
        for (String key : keys) {
            for (Quad q : list(d.find(g, Node.ANY, WARTA.mergeKey, Literals.string(key)))) {
                Node m = q.getSubject();
                entities.addAll(all(d, g, m, SEM.hasActor));
                entities.addAll(all(d, g, m, SEM.hasPlace));
                for (Node c : all(d, g, m, WARTA.hasConflict)) {
                    list(d.find(g, c, Node.ANY, Node.ANY)).forEach(t -> out.add(t.asTriple()));
                }
                // the reports' back links (the mapper writes one beside every hasReport), as the store holds them
                list(d.find(g, Node.ANY, WARTA.reportOf, m)).forEach(t -> out.add(t.asTriple()));
                list(d.find(g, m, Node.ANY, Node.ANY)).forEach(t -> out.add(t.asTriple()));
            }
        }
        return out;
    }

    /**
     * Replaces the old description of the touched meetings by the fresh one, writing only what differs: meeting
     * IRIs are stable, so most of a re-merged group comes out as it was, and every B+tree write in TDB2 costs (a
     * profile of an incremental build found deleting and re-adding unchanged triples to be most of its time).
     * The result is the same as deleting {@code old} and adding {@code fresh}.
     */
    private static void rewrite(DatasetGraph d, Set<Triple> old, Graph fresh) {
        Node g = Iris.CORPUS_GRAPH;
        for (Triple t : old) {
            if (!fresh.contains(t)) {
                d.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        Iterator<Triple> it = fresh.find();
        while (it.hasNext()) {
            Triple t = it.next();
            if (!old.contains(t) && !d.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                d.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
    }

    /** Drops the restated description of entities no merged meeting names any more. */
    private static void removeUnused(DatasetGraph d, Set<Node> entities) {
        Node g = Iris.CORPUS_GRAPH;
        for (Node e : entities) {
            boolean used = d.contains(g, Node.ANY, SEM.hasActor, e) || d.contains(g, Node.ANY, SEM.hasPlace, e);
            if (!used) {
                d.deleteAny(g, e, Node.ANY, Node.ANY);
            }
        }
    }

    private static List<Quad> list(Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        try {
            it.forEachRemaining(out::add);
        } finally {
            Lib.sync(it);
        }
        return out;
    }

    static List<ReportSummary> readReports(DatasetGraph d, Map<Node, EntityInfo> entities, Set<String> keys) {
        List<ReportSummary> out = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(keys)) {
            for (Quad q : list(d.find(Node.ANY, Node.ANY, WARTA.mergeKey, Literals.string(key)))) {
                if (!q.getGraph().equals(Iris.CORPUS_GRAPH)) {
                    out.add(summary(d, q.getGraph(), q.getSubject(), entities));
                }
            }
        }
        return out;
    }

    /** What the store says of an entity: its type, name, Wikidata id and state. */
    private record EntityInfo(Set<Node> types, Node name, Node sameAs, Node country) {
        Optional<EntityRef> ref(Node iri) {
            String prefix = WARTA.ID + "entity/";
            if (name == null || !iri.getURI().startsWith(prefix)) {
                return Optional.empty();
            }
            EntityType type = types.contains(WARTA.Person) ? EntityType.PERSON
                    : types.contains(WARTA.State) ? EntityType.STATE
                    : types.contains(WARTA.Organization) ? EntityType.ORGANIZATION
                    : types.contains(WARTA.Place) ? EntityType.PLACE : null;
            if (type == null) {
                return Optional.empty();
            }
            return Optional.of(new EntityRef(iri.getURI().substring(prefix.length()), type,
                    name.getLiteralLexicalForm(),
                    Optional.ofNullable(sameAs).filter(Node::isURI).map(Node::getURI)
                            .filter(u -> u.startsWith(Iris.WIKIDATA)).map(u -> u.substring(Iris.WIKIDATA.length()))));
        }
    }

    static List<ReportSummary> readReports(DatasetGraph d, Map<Node, EntityInfo> entities) {
        List<ReportSummary> out = new ArrayList<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, RDF.type.asNode(), WARTA.MeetingReport);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(Iris.CORPUS_GRAPH)) {
                    continue;
                }
                out.add(summary(d, q.getGraph(), q.getSubject(), entities));
            }
        } finally {
            Lib.sync(it);
        }
        return out;
    }

    private static ReportSummary summary(DatasetGraph d, Node g, Node r, Map<Node, EntityInfo> entities) {
        Node article = one(d, g, r, WARTA.article);
        String articleId = lexical(one(d, g, article, SCHEMA.identifier));
        Optional<LocalDate> published = Optional.ofNullable(one(d, g, article, SCHEMA.datePublished))
                .map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
        Set<String> persons = new HashSet<>();
        Set<String> states = new HashSet<>();
        Map<String, String> stateOf = new HashMap<>();
        Map<String, EntityRef> refs = new HashMap<>();
        for (Node actor : all(d, g, r, SEM.hasActor)) {
            EntityInfo info = entity(d, g, actor, entities);
            info.ref(actor).ifPresent(ref -> refs.put(actor.getURI(), ref));
            if (info.types().contains(WARTA.State)) {
                states.add(actor.getURI());
            } else {
                persons.add(actor.getURI());
            }
            if (info.country() != null) {
                stateOf.put(actor.getURI(), info.country().getURI());
                entity(d, g, info.country(), entities);
            }
        }
        MeetingStatus status = MeetingStatus.of(lexical(one(d, g, r, WARTA.status)));
        Optional<TimeValue> time = Optional.empty();
        Node begin = one(d, g, r, SEM.hasBeginTimeStamp);
        Node end = one(d, g, r, SEM.hasEndTimeStamp);
        if (begin != null && end != null) {
            String b = begin.getLiteralLexicalForm();
            String e = end.getLiteralLexicalForm();
            time = Optional.of(TimeValue.parse(b.equals(e) ? b : b + "/" + e));
        }
        Optional<String> place = Optional.empty();
        Optional<String> placeState = Optional.empty();
        Node p = one(d, g, r, SEM.hasPlace);
        if (p != null) {
            EntityInfo info = entity(d, g, p, entities);
            info.ref(p).ifPresent(ref -> refs.put(p.getURI(), ref));
            place = Optional.of(p.getURI());
            if (info.types().contains(WARTA.State)) {
                placeState = place;
            } else if (info.country() != null) {
                placeState = Optional.of(info.country().getURI());
                entity(d, g, info.country(), entities);
            }
        }
        boolean virtual = Boolean.parseBoolean(lexical(one(d, g, r, WARTA.virtual)));
        return new ReportSummary(r.getURI(), articleId, published, persons, states, stateOf, status, time, place,
                placeState, virtual, refs);
    }

    private static EntityInfo entity(DatasetGraph d, Node g, Node e, Map<Node, EntityInfo> cache) {
        EntityInfo known = cache.get(e);
        if (known != null && (known.country() != null || one(d, g, e, WARTA.country) == null)) {
            return known;
        }
        EntityInfo info = new EntityInfo(new HashSet<>(all(d, g, e, RDF.type.asNode())), one(d, g, e, SCHEMA.name),
                one(d, g, e, org.apache.jena.vocabulary.OWL2.sameAs.asNode()), one(d, g, e, WARTA.country));
        cache.put(e, info);
        return info;
    }

    private static Node one(DatasetGraph d, Node g, Node s, Node p) {
        if (s == null) {
            return null;
        }
        Iterator<Quad> it = d.find(g, s, p, Node.ANY);
        try {
            Node best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                // several values can only come from a bug upstream; take the smallest so the result is stable
                if (best == null || o.toString().compareTo(best.toString()) < 0) {
                    best = o;
                }
            }
            return best;
        } finally {
            Lib.sync(it);
        }
    }

    private static List<Node> all(DatasetGraph d, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        Iterator<Quad> it = d.find(g, s, p, Node.ANY);
        try {
            it.forEachRemaining(q -> out.add(q.getObject()));
        } finally {
            Lib.sync(it);
        }
        out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }

    private static String lexical(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
