package org.warta.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.warta.model.ArticleId;
import org.warta.model.EntityRef;
import org.warta.model.Span;

/**
 * Every IRI Warta mints. All derive from stable ids (article id, entity key, offsets, ordinals), never from
 * counters or clocks, so rebuilding gives the same IRIs.
 */
public final class Iris {
    public static final Node CORPUS_GRAPH = NodeFactory.createURI(WARTA.ID + "graph/corpus");
    public static final Node BUILDS_GRAPH = NodeFactory.createURI(WARTA.ID + "graph/builds");
    /** Every entity once: its type, name and Wikidata identity. */
    public static final Node ENTITIES_GRAPH = NodeFactory.createURI(WARTA.ID + "graph/entities");
    /** The node of the corpus graph that lists the distinct starts of merged meetings. */
    public static final Node MEETING_STARTS = NodeFactory.createURI(WARTA.ID + "graph/corpus/starts");
    /** What an article's annotation graph's IRI adds to the article's IRI. */
    public static final String ANNOTATIONS_SUFFIX = "/annotations";
    /** What separates an article's IRI from the offsets of one of its sentences. */
    public static final String SENTENCE_MARK = "#char=";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static Node article(ArticleId id) {
        return NodeFactory.createURI(articleBase(id));
    }

    /**
     * The graph of an article's full annotation layer ({@code --annotations full}): every sentence and mention,
     * NIF-complete. Its facts stay in the article's own graph.
     */
    public static Node annotations(ArticleId id) {
        return NodeFactory.createURI(articleBase(id) + ANNOTATIONS_SUFFIX);
    }

    /** The annotation graph of the article whose graph is {@code articleGraph}. */
    public static Node annotationsOf(Node articleGraph) {
        return NodeFactory.createURI(articleGraph.getURI() + ANNOTATIONS_SUFFIX);
    }

    /** The article graph an annotation graph belongs to, or the graph itself when it is not one. */
    public static Node articleGraphOf(Node graph) {
        String uri = graph.getURI();
        return uri.endsWith(ANNOTATIONS_SUFFIX)
                ? NodeFactory.createURI(uri.substring(0, uri.length() - ANNOTATIONS_SUFFIX.length())) : graph;
    }

    public static String articleBase(ArticleId id) {
        return WARTA.ID + "article/" + id.value();
    }

    /**
     * A sentence, named by its span in NIF's offset-based scheme (RFC 5147: {@code <article>#char=begin,end}, UTF-16
     * offsets): the lean graph writes nothing else about it, since its offsets are its name and its text is cut from
     * the article's; the full annotation layer describes the same node.
     */
    public static Node sentence(ArticleId id, Span span) {
        return NodeFactory.createURI(articleBase(id) + SENTENCE_MARK + span.start() + "," + span.end());
    }

    public static Node mention(ArticleId id, Span span) {
        return NodeFactory.createURI(articleBase(id) + "/mention/" + span.start() + "-" + span.end());
    }

    /** A stretch the page layout removed, named by its offsets: the lean graph gives it only its reason. */
    public static Node removed(ArticleId id, Span span) {
        return NodeFactory.createURI(articleBase(id) + "/removed/" + span.start() + "-" + span.end());
    }

    public static Node role(ArticleId id, int ordinal) {
        return NodeFactory.createURI(articleBase(id) + "/role/" + ordinal);
    }

    public static Node meetingReport(ArticleId id, int ordinal) {
        return NodeFactory.createURI(articleBase(id) + "/meeting/" + ordinal);
    }

    public static Node statement(ArticleId id, int ordinal) {
        return NodeFactory.createURI(articleBase(id) + "/statement/" + ordinal);
    }

    public static Node entity(EntityRef entity) {
        return NodeFactory.createURI(WARTA.ID + "entity/" + entity.key());
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WIKIDATA + qid);
    }

    /** A merged meeting, named by a digest of the reports it merges. */
    public static Node meeting(String digest) {
        return NodeFactory.createURI(WARTA.ID + "meeting/" + digest);
    }

    public static Node build(String stamp) {
        return NodeFactory.createURI(WARTA.ID + "build/" + stamp);
    }

    /** What the reports of one meeting disagree on: {@code kind} is date or place. */
    public static Node conflict(String meetingDigest, String kind) {
        return NodeFactory.createURI(WARTA.ID + "meeting/" + meetingDigest + "/conflict/" + kind);
    }

    /** One of the values the reports of a meeting give for a thing they disagree on. */
    public static Node claim(String meetingDigest, String kind, int ordinal) {
        return NodeFactory.createURI(WARTA.ID + "meeting/" + meetingDigest + "/conflict/" + kind + "/" + ordinal);
    }

    private Iris() {
    }
}
