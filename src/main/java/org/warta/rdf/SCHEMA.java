package org.warta.rdf;

import org.apache.jena.graph.Node;

/** The schema.org terms Warta uses. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final Node NewsArticle = Vocab.uri(NS, "NewsArticle");
    public static final Node Person = Vocab.uri(NS, "Person");
    public static final Node Country = Vocab.uri(NS, "Country");
    public static final Node Organization = Vocab.uri(NS, "Organization");
    public static final Node Place = Vocab.uri(NS, "Place");
    public static final Node Event = Vocab.uri(NS, "Event");
    public static final Node Quotation = Vocab.uri(NS, "Quotation");
    public static final Node Role = Vocab.uri(NS, "Role");
    public static final Node identifier = Vocab.uri(NS, "identifier");
    public static final Node name = Vocab.uri(NS, "name");
    public static final Node alternateName = Vocab.uri(NS, "alternateName");
    public static final Node mentions = Vocab.uri(NS, "mentions");
    public static final Node url = Vocab.uri(NS, "url");
    public static final Node publisher = Vocab.uri(NS, "publisher");
    public static final Node datePublished = Vocab.uri(NS, "datePublished");
    public static final Node inLanguage = Vocab.uri(NS, "inLanguage");
    public static final Node headline = Vocab.uri(NS, "headline");
    public static final Node text = Vocab.uri(NS, "text");
    public static final Node creator = Vocab.uri(NS, "creator");
    public static final Node roleName = Vocab.uri(NS, "roleName");
    public static final Node articleSection = Vocab.uri(NS, "articleSection");

    private SCHEMA() {
    }
}
