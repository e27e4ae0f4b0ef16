package org.warta.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.warta.model.ArticleId;
import org.warta.model.BuildRecord;

/**
 * Maps a build to the builds graph: one prov:Activity with its times, versions, inputs, counts and failed inputs,
 * and a prov:generated link to every article it wrote. The one place both {@code warta build} and the Spark job
 * describe a run.
 */
public final class BuildGraphMapper {
    public static Node iri(BuildRecord b) {
        return Iris.build(b.stamp());
    }

    public static void map(BuildRecord b, StreamRDF out) {
        QuadWriter g = new QuadWriter(out, Iris.BUILDS_GRAPH);
        Node n = iri(b);
        g.add(n, RDF.type.asNode(), PROV.Activity);
        g.add(n, RDF.type.asNode(), WARTA.Build);
        g.add(n, PROV.startedAtTime, Literals.dateTime(b.started()));
        g.add(n, PROV.endedAtTime, Literals.dateTime(b.ended()));
        g.add(n, WARTA.softwareVersion, Literals.string(b.softwareVersion()));
        g.add(n, WARTA.pipelineVersion, Literals.string(b.pipelineVersion()));
        for (String p : b.inputs()) {
            g.add(n, WARTA.input, Literals.string(p));
        }
        g.add(n, WARTA.articlesAdded, Literals.integer(b.added()));
        g.add(n, WARTA.articlesUpdated, Literals.integer(b.updated()));
        g.add(n, WARTA.articlesUnchanged, Literals.integer(b.unchanged()));
        g.add(n, WARTA.articlesFailed, Literals.integer(b.failures().size()));
        int i = 0;
        for (BuildRecord.Failure f : b.failures()) {
            Node fn = Iris.build(b.stamp() + "/failure/" + (++i));
            g.add(n, WARTA.failure, fn);
            g.add(fn, RDF.type.asNode(), WARTA.InputFailure);
            g.add(fn, WARTA.origin, Literals.string(f.origin()));
            g.add(fn, WARTA.reason, Literals.string(f.reason()));
        }
        for (ArticleId id : b.generated()) {
            generated(n, id, out);
        }
    }

    /** The link from a build to one article it wrote. */
    public static void generated(Node build, ArticleId article, StreamRDF out) {
        out.quad(org.apache.jena.sparql.core.Quad.create(Iris.BUILDS_GRAPH, build, PROV.generated, Iris.article(article)));
    }

    private BuildGraphMapper() {
    }
}
