package org.warta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.warta.ingest.Problem;
import org.warta.model.BuildRecord;
import org.warta.model.WartaException;
import org.warta.rdf.BuildGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.QuadBuffer;

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

    /** The activity, written by the core's mapper as {@code warta build} writes its own. */
    public BuildRecord toBuildRecord() {
        return new BuildRecord(id, started, ended, softwareVersion + " (warta-spark, Spark " + sparkVersion + ")",
                pipelineVersion, inputs, articles, 0, 0,
                failures.stream().map(p -> new BuildRecord.Failure(p.origin(), p.reason())).toList(), List.of());
    }

    /** The activity's quads in the builds graph. */
    public QuadBuffer activity() {
        QuadBuffer b = new QuadBuffer();
        BuildGraphMapper.map(toBuildRecord(), b);
        return b;
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
}
