package org.warta.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.warta.link.MeetingMerger;
import org.warta.link.MergedMeeting;
import org.warta.link.RecentMeetings;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.Literals;
import org.warta.rdf.QuadBuffer;
import org.warta.rdf.SCHEMA;
import org.warta.rdf.SEM;
import org.warta.rdf.WARTA;
import org.warta.store.WartaStore;

/**
 * Re-merges meeting reports into the corpus graph, one merge group at a time: the reports of a group (one
 * {@linkplain org.warta.link.MergeKeys merge key}) are read from the article graphs, merged, and the group's
 * meetings in the corpus graph rewritten with one warta:Meeting per real meeting: participants, best-known time,
 * current status, place, its reports and sources, the earliest report, and what the reports disagree on. Groups are
 * read and written in chunks, so memory holds a chunk of reports, never the whole corpus graph. Each article's own
 * claims stay in its graph.
 */
public final class MeetingLinker implements CorpusLinker {
    /** Reports read before their groups are merged and written. */
    private static final int CHUNK_REPORTS = 20_000;
    private final MeetingMerger merger = new MeetingMerger();

    @Override
    public int relink(WartaStore store, Optional<Set<String>> keys) {
        Set<String> todo = keys.isPresent() ? new TreeSet<>(keys.get()) : store.read(MeetingLinker::allKeys);
        boolean full = keys.isEmpty();
        if (full) {
            store.write(d -> d.deleteAny(Iris.CORPUS_GRAPH, Node.ANY, Node.ANY, Node.ANY));
        }
        Map<Node, EntityInfo> entities = new HashMap<>();
        List<String> chunk = new ArrayList<>();
        List<ReportSummary> reports = new ArrayList<>();
        RecentMeetings recent = new RecentMeetings();
        Set<Node> touched = new HashSet<>();
        for (String key : todo) {
            chunk.add(key);
            reports.addAll(store.read(d -> readReports(d, entities, key)));
            if (reports.size() >= CHUNK_REPORTS) {
                write(store, chunk, reports, full, recent, touched);
                chunk.clear();
                reports.clear();
            }
        }
        if (!chunk.isEmpty()) {
            write(store, chunk, reports, full, recent, touched);
        }
        // the newest meetings, overall and of each participant: from the merge after a full reset, else recomputed
        // for the participants whose meetings were re-merged
        store.write(d -> {
            if (full) {
                CorpusGraphMapper.recent(recent, StreamRDFLib.dataset(d));
            } else {
                for (Node p : touched) {
                    refreshRecent(d, p);
                }
                refreshRecentAll(d);
            }
        });
        long meetings = store.read(d -> count(d, Iris.CORPUS_GRAPH, WARTA.Meeting));
        long articles = store.read(d -> count(d, Node.ANY, WARTA.Article));
        // kept in the corpus graph, so that a page can show them without counting the store
        store.write(d -> {
            d.deleteAny(Iris.CORPUS_GRAPH, Iris.CORPUS_GRAPH, WARTA.meetingCount, Node.ANY);
            d.deleteAny(Iris.CORPUS_GRAPH, Iris.CORPUS_GRAPH, WARTA.articleCount, Node.ANY);
            CorpusGraphMapper.counts(meetings, articles, StreamRDFLib.dataset(d));
        });
        return (int) meetings;
    }

    private static long count(DatasetGraph d, Node graph, Node type) {
        Iterator<Quad> it = d.find(graph, Node.ANY, RDF.type.asNode(), type);
        try {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        } finally {
            Lib.sync(it);
        }
    }

    /** Merges the reports of these keys and writes their meetings: all new after a full reset, else the changes. */
    private void write(WartaStore store, List<String> keys, List<ReportSummary> reports, boolean full,
                       RecentMeetings recent, Set<Node> touched) {
        QuadBuffer fresh = new QuadBuffer();
        Set<Node> starts = new HashSet<>();
        for (MergedMeeting m : merger.merge(reports)) {
            CorpusGraphMapper.addMeeting(m, fresh);
            CorpusGraphMapper.start(m).ifPresent(starts::add);
            recent.offer(m, Iris.meeting(m.id()).getURI());
            m.participants().forEach(p -> touched.add(NodeFactory.createURI(p)));
        }
        store.write(d -> {
            if (full) {
                fresh.quads().forEach(d::add);
            } else {
                Set<Triple> old = describeMeetings(d, new TreeSet<>(keys), touched);
                old.stream().filter(t -> t.getPredicate().equals(SEM.hasBeginTimeStamp))
                        .forEach(t -> starts.add(t.getObject()));
                rewrite(d, old, fresh.graph(Iris.CORPUS_GRAPH));
            }
            updateStarts(d, starts);
        });
    }

    /** Recomputes one participant's newest meetings from its meetings in the store. */
    private static void refreshRecent(DatasetGraph d, Node participant) {
        Node g = Iris.CORPUS_GRAPH;
        TreeSet<String> keys = new TreeSet<>();
        for (Quad q : list(d.find(g, Node.ANY, SEM.hasActor, participant))) {
            RecentMeetings.add(keys, RecentMeetings.key(start(d, q.getSubject()), q.getSubject().getURI()));
        }
        replaceRecent(d, participant, keys);
    }

    /**
     * Recomputes the newest meetings of all: through the index of starts, newest first, until a start fills the
     * list (the starts after it are older), then the undated meetings if the dated ones do not fill it.
     */
    private static void refreshRecentAll(DatasetGraph d) {
        Node g = Iris.CORPUS_GRAPH;
        TreeSet<String> keys = new TreeSet<>();
        List<Node> starts = new ArrayList<>();
        list(d.find(g, Iris.MEETING_STARTS, WARTA.meetingStart, Node.ANY)).forEach(q -> starts.add(q.getObject()));
        starts.sort(Comparator.comparing((Node b) -> RecentMeetings.key(b.getLiteralLexicalForm(), "")));
        for (Node b : starts) {
            if (keys.size() >= RecentMeetings.SIZE) {
                break;
            }
            for (Quad q : list(d.find(g, Node.ANY, SEM.hasBeginTimeStamp, b))) {
                RecentMeetings.add(keys, RecentMeetings.key(b.getLiteralLexicalForm(), q.getSubject().getURI()));
            }
        }
        if (keys.size() < RecentMeetings.SIZE) {
            for (Quad q : list(d.find(g, Node.ANY, RDF.type.asNode(), WARTA.Meeting))) {
                if (start(d, q.getSubject()).isEmpty()) {
                    RecentMeetings.add(keys, RecentMeetings.key("", q.getSubject().getURI()));
                }
            }
        }
        replaceRecent(d, Iris.CORPUS_GRAPH, keys);
    }

    private static String start(DatasetGraph d, Node meeting) {
        Node b = one(d, Iris.CORPUS_GRAPH, meeting, SEM.hasBeginTimeStamp);
        return b == null ? "" : b.getLiteralLexicalForm();
    }

    private static void replaceRecent(DatasetGraph d, Node subject, TreeSet<String> keys) {
        d.deleteAny(Iris.CORPUS_GRAPH, subject, WARTA.recentMeeting, Node.ANY);
        List<String> iris = new ArrayList<>();
        keys.forEach(k -> iris.add(RecentMeetings.iri(k)));
        CorpusGraphMapper.recent(subject, iris, StreamRDFLib.dataset(d));
    }

    /** Keeps the index of starts exact for these start values: listed while a meeting starts then. */
    private static void updateStarts(DatasetGraph d, Set<Node> starts) {
        Node g = Iris.CORPUS_GRAPH;
        for (Node b : starts) {
            Iterator<Quad> it = d.find(g, Node.ANY, SEM.hasBeginTimeStamp, b);
            boolean used;
            try {
                used = it.hasNext();
            } finally {
                Lib.sync(it);
            }
            if (used) {
                d.add(g, Iris.MEETING_STARTS, WARTA.meetingStart, b);
            } else {
                d.delete(g, Iris.MEETING_STARTS, WARTA.meetingStart, b);
            }
        }
    }

    /** Every merge key of a report in an article graph. */
    private static Set<String> allKeys(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        Node previous = null;
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, WARTA.mergeKey, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                // the index returns equal keys together: skip repeats before touching the string
                if (q.getObject().equals(previous) || q.getGraph().equals(Iris.CORPUS_GRAPH)) {
                    continue;
                }
                previous = q.getObject();
                out.add(previous.getLiteralLexicalForm());
            }
        } finally {
            Lib.sync(it);
        }
        return out;
    }

    /**
     * The corpus-graph triples of the merged meetings of these keys: each meeting's own triples and its
     * disagreements'. The entities they name go into {@code entities}.
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
                    for (Node claim : all(d, g, c, WARTA.claim)) {
                        list(d.find(g, claim, Node.ANY, Node.ANY)).forEach(t -> out.add(t.asTriple()));
                    }
                    list(d.find(g, c, Node.ANY, Node.ANY)).forEach(t -> out.add(t.asTriple()));
                }
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

    private static List<Quad> list(Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        try {
            it.forEachRemaining(out::add);
        } finally {
            Lib.sync(it);
        }
        return out;
    }

    /** The summaries of the reports of one merge key. */
    static List<ReportSummary> readReports(DatasetGraph d, Map<Node, EntityInfo> entities, String key) {
        List<ReportSummary> out = new ArrayList<>();
        for (Quad q : list(d.find(Node.ANY, Node.ANY, WARTA.mergeKey, Literals.string(key)))) {
            if (!q.getGraph().equals(Iris.CORPUS_GRAPH)) {
                out.add(summary(d, q.getGraph(), q.getSubject(), entities));
            }
        }
        return out;
    }

    /** What the entities graph says of an entity: its type, name and Wikidata id. */
    private record EntityInfo(Set<Node> types, Node name, Node sameAs) {
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

    private static ReportSummary summary(DatasetGraph d, Node g, Node r, Map<Node, EntityInfo> entities) {
        Node article = Iris.articleGraphOf(g);
        String articleId = lexical(one(d, g, article, SCHEMA.identifier));
        Optional<LocalDate> published = Optional.ofNullable(one(d, g, article, SCHEMA.datePublished))
                .map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
        Set<String> persons = new HashSet<>();
        Set<String> states = new HashSet<>();
        Map<String, String> stateOf = new HashMap<>();
        Map<String, EntityRef> refs = new HashMap<>();
        for (Node actor : all(d, g, r, SEM.hasActor)) {
            EntityInfo info = entity(d, actor, entities);
            info.ref(actor).ifPresent(ref -> refs.put(actor.getURI(), ref));
            if (info.types().contains(WARTA.State)) {
                states.add(actor.getURI());
            } else {
                persons.add(actor.getURI());
            }
            Node country = one(d, g, actor, WARTA.country);
            if (country != null) {
                stateOf.put(actor.getURI(), country.getURI());
            }
        }
        MeetingStatus status = MeetingStatus.of(lexical(one(d, g, r, WARTA.status)));
        Optional<TimeValue> time = Optional.empty();
        Node begin = one(d, g, r, SEM.hasBeginTimeStamp);
        Node end = one(d, g, r, SEM.hasEndTimeStamp);
        if (begin != null) {
            // no end stamp: the meeting ends when it begins (ArticleGraphMapper.putTime)
            String b = begin.getLiteralLexicalForm();
            String e = end == null ? b : end.getLiteralLexicalForm();
            time = Optional.of(TimeValue.parse(b.equals(e) ? b : b + "/" + e));
        }
        Optional<String> place = Optional.empty();
        Optional<String> placeState = Optional.empty();
        Node p = one(d, g, r, SEM.hasPlace);
        if (p != null) {
            EntityInfo info = entity(d, p, entities);
            info.ref(p).ifPresent(ref -> refs.put(p.getURI(), ref));
            place = Optional.of(p.getURI());
            Node country = one(d, g, p, WARTA.country);
            if (info.types().contains(WARTA.State)) {
                placeState = place;
            } else if (country != null) {
                placeState = Optional.of(country.getURI());
            }
        }
        boolean virtual = Boolean.parseBoolean(lexical(one(d, g, r, WARTA.virtual)));
        return new ReportSummary(r.getURI(), articleId, published, persons, states, stateOf, status, time, place,
                placeState, virtual, refs);
    }

    private static EntityInfo entity(DatasetGraph d, Node e, Map<Node, EntityInfo> cache) {
        return cache.computeIfAbsent(e, x -> {
            Node g = Iris.ENTITIES_GRAPH;
            return new EntityInfo(new HashSet<>(all(d, g, x, RDF.type.asNode())), one(d, g, x, SCHEMA.name),
                    one(d, g, x, org.apache.jena.vocabulary.OWL2.sameAs.asNode()));
        });
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
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private static String lexical(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }
}
