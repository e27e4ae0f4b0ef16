package org.warta.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.warta.model.WartaException;

/** Runs a SPARQL query against the store and writes the result in a chosen format. */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private final WartaStore store;

    public QueryRunner(WartaStore store) {
        this.store = store;
    }

    /** Parses a query; the message names where the query came from and where it is wrong. */
    public static Query parse(String sparql, String origin) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new WartaException("bad SPARQL in " + origin + ": " + e.getMessage(), e);
        }
    }

    /** Runs the query and writes its results; returns the number of result rows (or triples). */
    public long run(Query query, Format format, OutputStream out) {
        return run(query, Map.of(), false, format, out);
    }

    /**
     * Runs the query with values for some of its variables, bound by Jena's substitution (never by editing the
     * query text), and writes its results. Federated SERVICE calls are refused unless {@code allowService}.
     */
    public long run(Query query, Map<String, String> params, boolean allowService, Format format,
                    OutputStream out) {
        for (String name : params.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new WartaException("bad parameter name '" + name + "': use letters, digits and _");
            }
            if (!query.getQueryPattern().toString().contains("?" + name)) {
                throw new WartaException("the query has no variable ?" + name + " to bind");
            }
        }
        return store.read(d -> {
            var builder = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(d)).query(query);
            builder.set(org.apache.jena.query.ARQ.httpServiceAllowed, allowService);
            params.forEach((k, v) -> builder.substitution(k, org.apache.jena.rdf.model.ResourceFactory
                    .createStringLiteral(v)));
            try (QueryExecution qe = builder.build()) {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    return writeSelect(rs, query, format, ps);
                }
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == Format.JSON) {
                        ResultSetFormatter.outputAsJSON(ps, b);
                    } else {
                        ps.println(b);
                    }
                    return 1L;
                }
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(ps, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                ps.flush();
                return model.size();
            }
        });
    }

    private static long writeSelect(ResultSet rs, Query query, Format format, PrintStream ps) {
        switch (format) {
            // streamed: a large result is never held in memory
            case CSV -> {
                ResultSetFormatter.output(ps, rs, ResultsFormat.FMT_RS_CSV);
                return rs.getRowNumber();
            }
            case TSV -> {
                ResultSetFormatter.output(ps, rs, ResultsFormat.FMT_RS_TSV);
                return rs.getRowNumber();
            }
            case JSON -> {
                ResultSetFormatter.outputAsJSON(ps, rs);
                return rs.getRowNumber();
            }
            default -> {
                var rewindable = rs.rewindable();
                ResultSetFormatter.out(ps, rewindable, query.getPrologue());
                return rewindable.size();
            }
        }
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WartaException("unknown format '" + name + "': use table, csv, tsv or json");
        }
    }
}
