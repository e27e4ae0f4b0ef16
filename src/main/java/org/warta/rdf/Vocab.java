package org.warta.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Helpers shared by the vocabulary classes. */
final class Vocab {
    static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    private Vocab() {
    }
}
