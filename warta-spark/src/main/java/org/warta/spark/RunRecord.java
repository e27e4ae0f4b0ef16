package org.warta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.warta.ingest.Problem;
import org.warta.model.WartaException;
import org.warta.rdf.Iris;
import org.warta.rdf.Literals;
import org.warta.rdf.PROV;
import org.warta.rdf.WARTA;

/**
 * What one run of the job did: its inputs, counts, every failed input with the reason, and the versions. Written
 * as {@code run.json} and, as {@code warta build} records a build, as a prov:Activity in the builds graph (its
 * prov:generated links to the articles are written beside each article's quads).
 *
 * @param id       the run's stamp: its IRI is {@code Iris.build(id)}
 * @param failures every error (an input that was not built), with where it is
 */
public record RunRecord(String id, Instant started, Instant ended, String softwareVersion, String pipelineVersion,
                        String sparkVersion, String master, List<String> inputs, int partitions, long articles,
                        long failed, long warnings, long quads, long reports, long meetings,
                        Map<String, Long> tableRows, List<Problem> failures) {
    public RunRecord {
        inputs = List.copyOf(inputs);
        tableRows = Map.copyOf(tableRows);
        failures = List.copyOf(failures);
    }

    public Node iri() {
        return Iris.build(id);
    }

    /** The activity, in the same terms as {@code warta build}'s. */
    public Graph toGraph() {
        Graph g = GraphFactory.createGraphMem();
        Node b = iri();
        add(g, b, RDF.type.asNode(), PROV.Activity);
        add(g, b, RDF.type.asNode(), WARTA.Build);
        add(g, b, PROV.startedAtTime, Literals.dateTime(started));
        add(g, b, PROV.endedAtTime, Literals.dateTime(ended));
        add(g, b, WARTA.softwareVersion, Literals.string(softwareVersion + " (warta-spark, Spark " + sparkVersion + ")"));
        add(g, b, WARTA.pipelineVersion, Literals.string(pipelineVersion));
        for (String p : inputs) {
            add(g, b, WARTA.input, Literals.string(p));
        }
        add(g, b, WARTA.articlesAdded, Literals.integer(articles));
        add(g, b, WARTA.articlesUpdated, Literals.integer(0));
        add(g, b, WARTA.articlesUnchanged, Literals.integer(0));
        add(g, b, WARTA.articlesFailed, Literals.integer(failed));
        int i = 0;
        for (Problem p : failures) {
            Node f = Iris.build(id + "/failure/" + (++i));
            add(g, b, WARTA.failure, f);
            add(g, f, RDF.type.asNode(), WARTA.InputFailure);
            add(g, f, WARTA.origin, Literals.string(p.origin()));
            add(g, f, WARTA.reason, Literals.string(p.reason()));
        }
        return g;
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri().getURI());
        m.put("started", started.toString());
        m.put("ended", ended.toString());
        m.put("seconds", (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        m.put("softwareVersion", softwareVersion);
        m.put("pipelineVersion", pipelineVersion);
        m.put("sparkVersion", sparkVersion);
        m.put("master", master);
        m.put("inputs", inputs);
        m.put("partitions", partitions);
        m.put("articles", articles);
        m.put("failed", failed);
        m.put("warnings", warnings);
        m.put("quads", quads);
        m.put("meetingReports", reports);
        m.put("meetings", meetings);
        m.put("tableRows", new java.util.TreeMap<>(tableRows));
        m.put("failures", failures.stream().map(p -> Map.of("origin", p.origin(), "reason", p.reason())).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WartaException("cannot write the run record: " + e, e);
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
