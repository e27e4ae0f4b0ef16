package org.warta.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.warta.link.ReportSummary;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.rdf.EntityGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.SCHEMA;
import org.warta.rdf.WARTA;
import org.warta.store.WriteSession;

/**
 * Keeps the entities graph in step with the articles a build writes: the entities of a batch's articles are written
 * in the batch's own transaction, each once, with every spelling seen (in this build or stored before). Not
 * thread-safe: the build's writer thread owns it.
 */
final class EntityWriter {
    private static final String PREFIX = WARTA.ID + "entity/";
    /** The spellings of the entities of articles not yet committed. */
    private final Map<String, TreeSet<EntityRef>> pending = new TreeMap<>();
    /** What the store holds, for the entities this build has written or read. */
    private final Map<String, TreeSet<EntityRef>> known = new HashMap<>();

    void add(Set<EntityRef> refs) {
        for (EntityRef r : refs) {
            TreeSet<EntityRef> k = known.get(r.key());
            if (k == null || !k.contains(r)) {
                pending.computeIfAbsent(r.key(), x -> EntityGraphMapper.spellings()).add(r);
            }
        }
    }

    /**
     * A report as a merge reading the store would see it: each entity it names with the name the entities graph
     * gives it (the smallest spelling written so far).
     */
    ReportSummary canonical(ReportSummary r) {
        Map<String, EntityRef> refs = new HashMap<>();
        r.entities().forEach((iri, ref) -> {
            TreeSet<EntityRef> k = known.get(ref.key());
            refs.put(iri, k == null || k.isEmpty() ? ref : k.first());
        });
        return new ReportSummary(r.iri(), r.articleId(), r.published(), r.persons(), r.states(), r.stateOf(),
                r.status(), r.time(), r.place(), r.placeState(), r.virtual(), refs);
    }

    /** Writes the pending entities into the session, each as the union of its spellings. */
    void write(WriteSession session) {
        for (Map.Entry<String, TreeSet<EntityRef>> e : pending.entrySet()) {
            String key = e.getKey();
            TreeSet<EntityRef> stored = known.computeIfAbsent(key, k -> stored(session, k));
            TreeSet<EntityRef> union = EntityGraphMapper.spellings();
            union.addAll(stored);
            union.addAll(e.getValue());
            if (union.size() == stored.size()) {
                continue;
            }
            if (!stored.isEmpty()) {
                session.removeSubject(Iris.ENTITIES_GRAPH, Iris.entity(stored.first()));
            }
            EntityGraphMapper.describe(union, session.stream());
            known.put(key, union);
        }
        pending.clear();
    }

    /** The spellings the store holds of one entity (none in a bulk load, whose store starts without articles). */
    private static TreeSet<EntityRef> stored(WriteSession session, String key) {
        TreeSet<EntityRef> out = EntityGraphMapper.spellings();
        List<Quad> quads = session.find(Iris.ENTITIES_GRAPH, NodeFactory.createURI(PREFIX + key));
        EntityType type = null;
        String qid = null;
        List<String> names = new ArrayList<>();
        for (Quad q : quads) {
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(RDF.type.asNode())) {
                type = typeOf(o);
            } else if (p.equals(SCHEMA.name) || p.equals(SCHEMA.alternateName)) {
                names.add(o.getLiteralLexicalForm());
            } else if (p.equals(OWL2.sameAs.asNode()) && o.isURI() && o.getURI().startsWith(Iris.WIKIDATA)) {
                qid = o.getURI().substring(Iris.WIKIDATA.length());
            }
        }
        if (type != null) {
            for (String n : names) {
                out.add(new EntityRef(key, type, n, Optional.ofNullable(qid)));
            }
        }
        return out;
    }

    private static EntityType typeOf(Node t) {
        if (t.equals(WARTA.Person)) {
            return EntityType.PERSON;
        } else if (t.equals(WARTA.State)) {
            return EntityType.STATE;
        } else if (t.equals(WARTA.Organization)) {
            return EntityType.ORGANIZATION;
        }
        return t.equals(WARTA.Place) ? EntityType.PLACE : null;
    }
}
