package org.warta.rdf;

import org.apache.jena.graph.Node;

/** Internationalization Tag Set: the entity a span of text refers to (NIF's entity-linking property). */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
    public static final Node taIdentRef = Vocab.uri(NS, "taIdentRef");

    private ITSRDF() {
    }
}
