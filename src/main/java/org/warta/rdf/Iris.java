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
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static Node article(ArticleId id) {
        return NodeFactory.createURI(articleBase(id));
    }

    public static String articleBase(ArticleId id) {
        return WARTA.ID + "article/" + id.value();
    }

    public static Node sentence(ArticleId id, int index) {
        return NodeFactory.createURI(articleBase(id) + "/sentence/" + index);
    }

    public static Node mention(ArticleId id, Span span) {
        return NodeFactory.createURI(articleBase(id) + "/mention/" + span.start() + "-" + span.end());
    }

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

    public static Node conflict(String meetingDigest, int ordinal) {
        return NodeFactory.createURI(WARTA.ID + "meeting/" + meetingDigest + "/conflict/" + ordinal);
    }

    private Iris() {
    }
}
