package org.warta.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.warta.model.WartaException;

/** Writes the store, or one graph of it, in a standard RDF syntax; every format streams. */
public final class Exporter {
    public enum Format { TTL, TRIG, NQ, JSONLD }

    private final WartaStore store;

    public Exporter(WartaStore store) {
        this.store = store;
    }

    /** {@code graph} null: Turtle gets the union of all graphs, the dataset formats get every named graph. */
    public void export(Format format, Node graph, OutputStream out) {
        store.read(d -> {
            if (graph != null && !d.containsGraph(graph)) {
                throw new WartaException("no graph <" + graph.getURI() + "> in store " + store.folder());
            }
            switch (format) {
                case TTL -> {
                    StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                    s.start();
                    prefixes(s);
                    // the union of the graphs, streamed graph by graph: a triple two graphs hold is written twice,
                    // which Turtle allows (one graph results); removing repeats across graphs would hold every
                    // triple seen in memory, which does not fit the heap of a large store
                    Iterator<Quad> it = d.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY);
                    try {
                        while (it.hasNext()) {
                            Quad q = it.next();
                            if (!q.isDefaultGraph()) {
                                s.triple(q.asTriple());
                            }
                        }
                    } finally {
                        Lib.sync(it);
                    }
                    s.finish();
                }
                case TRIG, NQ -> {
                    StreamRDF s = StreamRDFWriter.getWriterStream(out,
                            format == Format.NQ ? RDFFormat.NQUADS_UTF8 : RDFFormat.TRIG_BLOCKS);
                    s.start();
                    if (format == Format.TRIG) {
                        prefixes(s);
                    }
                    Iterator<Quad> it = d.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY);
                    try {
                        while (it.hasNext()) {
                            Quad q = it.next();
                            if (!q.isDefaultGraph()) {
                                s.quad(q);
                            }
                        }
                    } finally {
                        Lib.sync(it);
                    }
                    s.finish();
                }
                case JSONLD -> {
                    // graph by graph, subject by subject, as the index returns them: never the whole dataset
                    StreamRDF s = new JsonLdStream(out, Prefixes.MAP);
                    s.start();
                    Iterator<Quad> it = d.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY);
                    try {
                        while (it.hasNext()) {
                            Quad q = it.next();
                            if (!q.isDefaultGraph()) {
                                s.quad(q);
                            }
                        }
                    } finally {
                        Lib.sync(it);
                    }
                    s.finish();
                }
            }
            return null;
        });
    }

    private static void prefixes(StreamRDF s) {
        Prefixes.MAP.forEach(s::prefix);
    }
}
