package org.warta.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
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

    /**
     * An IRI-safe slug of a name: ASCII letters and digits joined by hyphens ("Anna Chernova" → anna-chernova).
     * A name with no Latin letters gets a digest instead, so distinct names never share a slug by accident.
     */
    public static String slug(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
                dash = false;
            } else if (c >= 'A' && c <= 'Z') {
                b.append(Character.toLowerCase(c));
                dash = false;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        String s = b.toString();
        if (s.isEmpty() || d.chars().anyMatch(c -> Character.isLetter(c) && c > 0x24F)) {
            s = (s.isEmpty() ? "" : s + "-") + digest(name.toLowerCase(Locale.ROOT)).substring(0, 10);
        }
        return s;
    }

    public static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private Iris() {
    }
}
