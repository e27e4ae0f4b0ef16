package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.warta.model.WartaException;

/**
 * The Parquet tables are the shipped queries' results: each query runs over one article's graph at a time (every
 * pattern of these queries lies inside one source graph), so a table has exactly the rows the query has over the
 * whole store. The meeting query also needs the corpus graph's "meeting has report" link, which is known only
 * after the merge: it runs with each report standing for its own meeting, and the job joins the real meeting in.
 * Every column is a string: an IRI, a literal's lexical form, or null where the query leaves it unbound.
 */
enum TableQueries {
    ENTITIES("entities", "queries/entities.rq"),
    MEETINGS("meetings", "queries/who-met-whom.rq"),
    STATEMENTS("statements", "queries/statements.rq");

    private final String table;
    private final String resource;
    private final String text;
    private final List<String> columns;

    TableQueries(String table, String resource) {
        this.table = table;
        this.resource = resource;
        this.text = load(resource);
        this.columns = List.copyOf(QueryFactory.create(text).getResultVars());
    }

    String table() {
        return table;
    }

    /** The query's result variables, in order: the table's columns. */
    List<String> columns() {
        return columns;
    }

    /** A fresh parse of the query, for one partition's use. */
    Query query() {
        return QueryFactory.create(text, resource);
    }

    static List<String[]> rows(Query query, DatasetGraph dataset) {
        List<String[]> out = new ArrayList<>();
        List<Var> vars = query.getProjectVars();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rs = exec.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                String[] row = new String[vars.size()];
                for (int i = 0; i < vars.size(); i++) {
                    row[i] = value(b.get(vars.get(i)));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String value(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.toString();
    }

    private static String load(String resource) {
        try (InputStream in = TableQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new WartaException("missing query " + resource + " in the core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WartaException("cannot read query " + resource + ": " + e, e);
        }
    }
}
