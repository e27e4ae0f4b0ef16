package org.warta.server;

import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SPARQL query endpoint, with a cap on CONSTRUCT and DESCRIBE results. SELECT results are streamed, but Fuseki
 * builds a CONSTRUCT or DESCRIBE result whole in memory before sending it, so one query over a cross join would
 * otherwise fill the heap (an OutOfMemoryError that can hit every other request and a running build). Past the
 * cap the query is stopped and answered with 400 and what to do instead.
 */
final class BoundedGraphQuery extends SPARQL_QueryDataset {
    /** The most triples (or quads) a CONSTRUCT or DESCRIBE may return: some hundred megabytes of heap. */
    static final long MAX_TRIPLES = 500_000;

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        if (query.isConstructType()) {
            DatasetGraph result = DatasetGraphFactory.create();
            Iterator<Quad> it = queryExec.constructQuads();
            long distinct = 0;
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!result.contains(q)) {
                        result.add(q);
                        if (++distinct > MAX_TRIPLES) {
                            refuse("CONSTRUCT");
                        }
                    }
                }
            } finally {
                Lib.sync(it);
            }
            return new QueryExecResult(result);
        }
        if (query.isDescribeType()) {
            Graph result = GraphFactory.createDefaultGraph();
            Iterator<Triple> it = queryExec.describeTriples();
            try {
                while (it.hasNext()) {
                    result.add(it.next());
                    if (result.size() > MAX_TRIPLES) {
                        refuse("DESCRIBE");
                    }
                }
            } finally {
                Lib.sync(it);
            }
            return new QueryExecResult(result);
        }
        return super.executeQuery(action, queryExec, query, queryStringLog);
    }

    private static void refuse(String form) {
        ServletOps.errorBadRequest(String.format(Locale.ROOT, "%s result larger than %,d triples: add a LIMIT, or use "
                + "SELECT (streamed) or the graph store protocol (/kg/get?graph=IRI)", form, MAX_TRIPLES));
    }
}
