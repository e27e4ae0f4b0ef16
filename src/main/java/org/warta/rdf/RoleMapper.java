package org.warta.rdf;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import org.warta.model.RoleAssertion;

/** The roles of an article's graph: each once per holder and position, with its evidence. Stateless. */
final class RoleMapper {
    private RoleMapper() {
    }

    /**
     * A role once per holder and position: the title written again with the name ("Presiden Joko Widodo" in every
     * paragraph, "Presiden Rusia Vladimir Putin" then "Presiden Putin") says nothing new. Its evidence is the first
     * occurrence that says what the role is of, else the first.
     */
    static List<RoleAssertion> distinct(List<RoleAssertion> roles) {
        Map<String, RoleAssertion> kept = new LinkedHashMap<>();
        for (RoleAssertion r : roles) {
            String key = r.holder().key() + "|" + r.position().toLowerCase(Locale.ROOT);
            RoleAssertion before = kept.get(key);
            if (before == null || before.of().isEmpty() && r.of().isPresent()) {
                kept.put(key, r);
            }
        }
        Set<RoleAssertion> first = new HashSet<>(kept.values());
        return roles.stream().filter(first::contains).toList();
    }

    /** The role's node {@code n}; the annotation layer ({@code full}, may be null) adds its words and inverse. */
    static void map(QuadWriter lean, QuadWriter full, Node a, Node sentence, Node n, RoleAssertion r, String text) {
        lean.add(n, RDF.type.asNode(), WARTA.Role);
        lean.add(n, WARTA.holder, Iris.entity(r.holder()));
        lean.add(n, WARTA.position, Literals.lang(r.position(), "id"));
        r.of().ifPresent(o -> lean.add(n, WARTA.roleOf, Iris.entity(o)));
        lean.offsets(n, r.span());
        lean.add(n, PROV.wasDerivedFrom, sentence);
        if (full != null) {
            full.add(Iris.entity(r.holder()), WARTA.holdsRole, n);
            full.add(n, NIF.referenceContext, a);
            full.add(n, NIF.anchorOf, Literals.string(r.span().of(text)));
        }
    }
}
