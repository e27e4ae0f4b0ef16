package org.warta.store;

import java.util.Map;
import java.util.TreeMap;
import org.warta.rdf.ITSRDF;
import org.warta.rdf.Iris;
import org.warta.rdf.NIF;
import org.warta.rdf.PROV;
import org.warta.rdf.SCHEMA;
import org.warta.rdf.SEM;
import org.warta.rdf.WARTA;

/** The prefixes written in exports and offered to queries. */
public final class Prefixes {
    public static final Map<String, String> MAP = new TreeMap<>(Map.ofEntries(
            Map.entry("warta", WARTA.NS),
            Map.entry("wid", WARTA.ID),
            Map.entry("schema", SCHEMA.NS),
            Map.entry("prov", PROV.NS),
            Map.entry("nif", NIF.NS),
            Map.entry("itsrdf", ITSRDF.NS),
            Map.entry("sem", SEM.NS),
            Map.entry("wd", Iris.WIKIDATA),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#")));

    /** {@code prefix:local} for an IRI in one of the namespaces, else the IRI in angle brackets. */
    public static String shorten(String iri) {
        String best = null;
        for (Map.Entry<String, String> e : MAP.entrySet()) {
            if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > MAP.get(best).length())) {
                best = e.getKey();
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(MAP.get(best).length());
    }

    private Prefixes() {
    }
}
