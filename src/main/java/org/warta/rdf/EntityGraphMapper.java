package org.warta.rdf;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.warta.model.EntityRef;

/**
 * Maps entities to the entities graph, each once however many articles name it: one type (the ontology makes
 * warta:Person a schema:Person, and so on), the name, the Wikidata identity. An entity known only by the name as
 * written can come with several spellings that share its key ("Anna Chernova", "ANNA CHERNOVA"): the smallest is its
 * schema:name, the others schema:alternateName, so the description does not depend on the order articles come in.
 */
public final class EntityGraphMapper {
    /** The description of each entity among {@code refs}, its spellings gathered by key. */
    public static void map(Collection<EntityRef> refs, StreamRDF out) {
        for (Map.Entry<String, TreeSet<EntityRef>> e : byKey(refs).entrySet()) {
            describe(e.getValue(), out);
        }
    }

    /** The spellings of each key, smallest name first (ties by type and Wikidata id, so the order is total). */
    public static Map<String, TreeSet<EntityRef>> byKey(Collection<EntityRef> refs) {
        Map<String, TreeSet<EntityRef>> out = new TreeMap<>();
        for (EntityRef r : refs) {
            out.computeIfAbsent(r.key(), k -> spellings()).add(r);
        }
        return out;
    }

    /** An empty set of one entity's spellings, smallest name first. */
    public static TreeSet<EntityRef> spellings() {
        return new TreeSet<>(EntityGraphMapper::bySpelling);
    }

    /** One entity from its spellings (all with the same key). */
    public static void describe(TreeSet<EntityRef> spellings, StreamRDF out) {
        QuadWriter g = new QuadWriter(out, Iris.ENTITIES_GRAPH);
        EntityRef first = spellings.first();
        Node n = Iris.entity(first);
        g.add(n, RDF.type.asNode(), typeOf(first));
        g.add(n, SCHEMA.name, Literals.string(first.name()));
        TreeSet<String> others = new TreeSet<>();
        spellings.forEach(r -> others.add(r.name()));
        others.remove(first.name());
        others.forEach(o -> g.add(n, SCHEMA.alternateName, Literals.string(o)));
        first.qid().ifPresent(q -> g.add(n, OWL2.sameAs.asNode(), Iris.wikidata(q)));
    }

    public static Node typeOf(EntityRef e) {
        return switch (e.type()) {
            case PERSON -> WARTA.Person;
            case STATE -> WARTA.State;
            case ORGANIZATION -> WARTA.Organization;
            case PLACE -> WARTA.Place;
        };
    }

    private static int bySpelling(EntityRef a, EntityRef b) {
        int c = a.name().compareTo(b.name());
        if (c == 0) {
            c = a.type().compareTo(b.type());
        }
        return c != 0 ? c : a.qid().orElse("").compareTo(b.qid().orElse(""));
    }

    private EntityGraphMapper() {
    }
}
