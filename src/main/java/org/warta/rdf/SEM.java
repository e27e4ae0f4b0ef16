package org.warta.rdf;

import org.apache.jena.graph.Node;

/** Simple Event Model: events, their actors, place and time. */
public final class SEM {
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final Node Event = Vocab.uri(NS, "Event");
    public static final Node hasActor = Vocab.uri(NS, "hasActor");
    public static final Node hasPlace = Vocab.uri(NS, "hasPlace");
    public static final Node hasBeginTimeStamp = Vocab.uri(NS, "hasBeginTimeStamp");
    public static final Node hasEndTimeStamp = Vocab.uri(NS, "hasEndTimeStamp");

    private SEM() {
    }
}
