package org.warta.rdf;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.warta.model.Granularity;

/** Typed literals used across the mappers. */
public final class Literals {
    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    public static Node nonNegative(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    public static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    public static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    public static Node dateTime(java.time.Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    public static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    /** A date at its precision: xsd:date, xsd:gYearMonth or xsd:gYear, so 2024-05 stays 2024-05. */
    public static Node time(LocalDate d, Granularity g) {
        String lexical = g.format(d);
        return switch (g) {
            case DAY -> NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
            case MONTH -> NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDgYearMonth);
            case YEAR -> NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDgYear);
        };
    }

    private Literals() {
    }
}
