package org.warta.rdf;

import org.apache.jena.graph.Node;

/** NLP Interchange Format 2.0 core: character spans of text. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final Node Context = Vocab.uri(NS, "Context");
    public static final Node Sentence = Vocab.uri(NS, "Sentence");
    public static final Node Phrase = Vocab.uri(NS, "Phrase");
    public static final Node beginIndex = Vocab.uri(NS, "beginIndex");
    public static final Node endIndex = Vocab.uri(NS, "endIndex");
    public static final Node anchorOf = Vocab.uri(NS, "anchorOf");
    public static final Node isString = Vocab.uri(NS, "isString");
    public static final Node referenceContext = Vocab.uri(NS, "referenceContext");
    public static final Node sentence = Vocab.uri(NS, "sentence");

    private NIF() {
    }
}
