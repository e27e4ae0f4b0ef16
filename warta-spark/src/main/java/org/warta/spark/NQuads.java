package org.warta.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.warta.model.WartaException;
import org.warta.rdf.QuadBuffer;

/** Graphs as N-Quads text, written by the same Jena writer as {@code warta export --format nq}. */
final class NQuads {
    /**
     * The quads, one line each. Every node must be an IRI or a literal:
     * blank-node labels differ from run to run, so a blank node would break the equality of runs (Warta mints an
     * IRI for everything; this checks it).
     */
    static String write(QuadBuffer quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        s.start();
        for (Quad q : quads.quads()) {
            if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                throw new WartaException("a blank node in graph <" + q.getGraph().getURI() + ">: " + q
                        + " (every node must be an IRI)");
            }
            s.quad(q);
        }
        s.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The text as one gzip member. Members are written to the part files as they are: a file of concatenated
     * members is a valid gzip file (RFC 1952), and the text is compressed once, in parallel, where it is made.
     */
    static byte[] gzip(String nquads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(nquads.length() / 6 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192)) {
            out.write(nquads.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static long lines(String nquads) {
        return nquads.chars().filter(c -> c == '\n').count();
    }

    private NQuads() {
    }
}
