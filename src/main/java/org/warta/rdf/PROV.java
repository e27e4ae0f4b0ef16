package org.warta.rdf;

import org.apache.jena.graph.Node;

/** W3C PROV-O: where each fact comes from and which build produced it. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Node Activity = Vocab.uri(NS, "Activity");
    public static final Node Entity = Vocab.uri(NS, "Entity");
    public static final Node wasDerivedFrom = Vocab.uri(NS, "wasDerivedFrom");
    public static final Node wasGeneratedBy = Vocab.uri(NS, "wasGeneratedBy");
    public static final Node wasAttributedTo = Vocab.uri(NS, "wasAttributedTo");
    public static final Node generated = Vocab.uri(NS, "generated");
    public static final Node used = Vocab.uri(NS, "used");
    public static final Node startedAtTime = Vocab.uri(NS, "startedAtTime");
    public static final Node endedAtTime = Vocab.uri(NS, "endedAtTime");

    private PROV() {
    }
}
