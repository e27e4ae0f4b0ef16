package org.warta.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.warta.model.WartaException;

/**
 * Writes quads as JSON-LD 1.1 while they stream: the context once (inline: the prefixes, so nothing is fetched),
 * then one object per named graph in a top-level {@code @graph} array, each holding one node object per subject.
 * Memory holds one subject's triples, so a dataset of any size exports in bounded memory. Consecutive quads of the
 * same graph and subject (the order of the store's GSPO index) make one node object; a subject met again later gets
 * a second node object with the same {@code @id}, which JSON-LD merges. Quads of the default graph are refused:
 * every quad Warta writes is in a named graph.
 */
final class JsonLdStream implements StreamRDF {
    private final JsonGenerator json;
    private final Map<String, String> prefixes;
    private Node graph;
    private Node subject;
    private final Map<Node, List<Node>> properties = new LinkedHashMap<>();

    JsonLdStream(OutputStream out, Map<String, String> prefixes) {
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.prefixes = Map.copyOf(prefixes);
    }

    @Override
    public void start() {
        io(() -> {
            json.writeStartObject();
            json.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> p : new TreeMap<>(prefixes).entrySet()) {
                json.writeStringField(p.getKey(), p.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("@graph");
        });
    }

    @Override
    public void quad(Quad q) {
        if (q.isDefaultGraph()) {
            throw new WartaException("a quad in the default graph cannot be exported graph by graph: " + q);
        }
        if (!Objects.equals(q.getGraph(), graph)) {
            flushSubject();
            io(() -> {
                if (graph != null) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeStartObject();
                json.writeStringField("@id", q.getGraph().getURI());
                json.writeArrayFieldStart("@graph");
            });
            graph = q.getGraph();
        }
        if (!q.getSubject().equals(subject)) {
            flushSubject();
            subject = q.getSubject();
        }
        properties.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject());
    }

    @Override
    public void triple(org.apache.jena.graph.Triple triple) {
        throw new WartaException("a triple without a graph cannot be exported graph by graph: " + triple);
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void finish() {
        flushSubject();
        io(() -> {
            if (graph != null) {
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        });
    }

    private void flushSubject() {
        if (subject == null) {
            return;
        }
        io(() -> {
            json.writeStartObject();
            json.writeStringField("@id", id(subject));
            List<Node> types = properties.remove(RDF.type.asNode());
            if (types != null) {
                json.writeArrayFieldStart("@type");
                for (Node t : types) {
                    json.writeString(compact(t.getURI()));
                }
                json.writeEndArray();
            }
            for (Map.Entry<Node, List<Node>> e : properties.entrySet()) {
                json.writeArrayFieldStart(compact(e.getKey().getURI()));
                for (Node o : e.getValue()) {
                    value(o);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
        properties.clear();
        subject = null;
    }

    private void value(Node o) throws IOException {
        json.writeStartObject();
        if (o.isURI() || o.isBlank()) {
            json.writeStringField("@id", id(o));
        } else if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", compact(o.getLiteralDatatypeURI()));
            }
        } else {
            throw new WartaException("cannot write " + o + " as JSON-LD");
        }
        json.writeEndObject();
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** A term as prefix:local when one of the context's prefixes covers it (and the local part is plain). */
    private String compact(String iri) {
        String best = null;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (iri.startsWith(p.getValue()) && (best == null || p.getValue().length() > prefixes.get(best).length())) {
                best = p.getKey();
            }
        }
        if (best == null) {
            return iri;
        }
        String local = iri.substring(prefixes.get(best).length());
        boolean plain = !local.isEmpty() && local.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return plain ? best + ":" + local : iri;
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
