package org.warta.build;

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
import org.warta.link.CorpusLinker;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.ReportSummary;
import org.warta.model.MeetingStatus;
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
    public int relink(WartaStore store) {
        Map<Node, EntityInfo> entities = new HashMap<>();
        List<ReportSummary> reports = store.read(d -> readReports(d, entities));
        List<MergedMeeting> merged = merger.merge(reports);
        Graph corpus = toGraph(merged, entities);
        store.write(d -> WartaStore.replaceGraph(d, Iris.CORPUS_GRAPH, corpus));
        return merged.size();
    }

    /** What the corpus graph restates of an entity. */
    private record EntityInfo(Set<Node> types, Node name, Node label, List<Node> sameAs, Node wikidataId, Node country) {
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
        for (Node actor : all(d, g, r, SEM.hasActor)) {
            EntityInfo info = entity(d, g, actor, entities);
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
                placeState, virtual);
    }

    private static EntityInfo entity(DatasetGraph d, Node g, Node e, Map<Node, EntityInfo> cache) {
        EntityInfo known = cache.get(e);
        if (known != null && (known.country() != null || one(d, g, e, WARTA.country) == null)) {
            return known;
        }
        EntityInfo info = new EntityInfo(new HashSet<>(all(d, g, e, RDF.type.asNode())), one(d, g, e, SCHEMA.name),
                one(d, g, e, RDFS.label.asNode()), all(d, g, e, org.apache.jena.vocabulary.OWL2.sameAs.asNode()),
                one(d, g, e, WARTA.wikidataId), one(d, g, e, WARTA.country));
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

    static Graph toGraph(List<MergedMeeting> merged, Map<Node, EntityInfo> entities) {
        Graph g = GraphFactory.createGraphMem();
        Set<Node> restated = new HashSet<>();
        for (MergedMeeting m : merged) {
            Node n = Iris.meeting(m.id());
            add(g, n, RDF.type.asNode(), WARTA.Meeting);
            add(g, n, RDF.type.asNode(), SEM.Event);
            add(g, n, RDF.type.asNode(), SCHEMA.Event);
            for (String p : m.participants()) {
                Node e = NodeFactory.createURI(p);
                add(g, n, SEM.hasActor, e);
                restated.add(e);
            }
            add(g, n, WARTA.currentStatus, Literals.string(m.status().label()));
            add(g, n, WARTA.virtual, Literals.bool(m.virtual()));
            m.bestTime().ifPresent(t -> ArticleGraphMapper.putTime(g, n, t));
            m.place().ifPresent(p -> {
                Node e = NodeFactory.createURI(p);
                add(g, n, SEM.hasPlace, e);
                restated.add(e);
            });
            for (ReportSummary r : m.reports()) {
                Node rn = NodeFactory.createURI(r.iri());
                add(g, n, WARTA.hasReport, rn);
                add(g, rn, WARTA.reportOf, n);
            }
            add(g, n, WARTA.sourceCount, Literals.integer(m.sourceCount()));
            add(g, n, WARTA.earliestReport, NodeFactory.createURI(m.earliest().iri()));
            int i = 0;
            for (MergedMeeting.Conflict c : m.conflicts()) {
                Node cn = Iris.conflict(m.id(), ++i);
                add(g, n, WARTA.hasConflict, cn);
                add(g, cn, RDF.type.asNode(), WARTA.Conflict);
                add(g, cn, WARTA.conflictKind, Literals.string(c.kind()));
                add(g, cn, RDFS.comment.asNode(), Literals.string(c.description()));
                add(g, cn, WARTA.conflictingReport, NodeFactory.createURI(c.a().iri()));
                add(g, cn, WARTA.conflictingReport, NodeFactory.createURI(c.b().iri()));
            }
        }
        for (Node e : restated) {
            EntityInfo info = entities.get(e);
            if (info == null) {
                continue;
            }
            info.types().forEach(t -> add(g, e, RDF.type.asNode(), t));
            if (info.name() != null) {
                add(g, e, SCHEMA.name, info.name());
            }
            if (info.label() != null) {
                add(g, e, RDFS.label.asNode(), info.label());
            }
            info.sameAs().forEach(s -> add(g, e, org.apache.jena.vocabulary.OWL2.sameAs.asNode(), s));
            if (info.wikidataId() != null) {
                add(g, e, WARTA.wikidataId, info.wikidataId());
            }
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
