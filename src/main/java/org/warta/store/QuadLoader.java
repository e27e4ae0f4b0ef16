package org.warta.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.warta.model.WartaException;

/**
 * Loads N-Quads files ({@code .nq}, {@code .nq.gz}: the Spark job's {@code part-NNNNN.nq.gz}) into the store,
 * streaming, one write transaction per batch of quads, so memory stays bounded whatever the input's size. Quads
 * are added: a graph already in the store gets the union. A syntax error stops the load with the file and line;
 * the batches committed before it stay.
 */
public final class QuadLoader {
    private final WartaStore store;
    private final int batchSize;
    private long quads;

    public QuadLoader(WartaStore store, int batchSize) {
        if (batchSize < 1) {
            throw new WartaException("batch size must be at least 1, got " + batchSize);
        }
        this.store = store;
        this.batchSize = batchSize;
    }

    /** The N-Quads files named, and those in named folders (recursively, sorted by path). */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(QuadLoader::isNQuads).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new WartaException("cannot list folder " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                if (!isNQuads(p)) {
                    throw new WartaException("not an N-Quads file (.nq or .nq.gz): " + p);
                }
                out.add(p);
            } else {
                throw new WartaException("no such file or folder: " + p);
            }
        }
        if (out.isEmpty()) {
            throw new WartaException("no .nq or .nq.gz files in " + paths);
        }
        return out;
    }

    static boolean isNQuads(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".nq") || n.endsWith(".nq.gz");
    }

    /** Loads one file; returns the number of quads read from it. */
    public long load(Path file) {
        Batcher batcher = new Batcher();
        try {
            // named by string, so that Jena decompresses a .gz file; the language is given
            RDFParser.source(file.toString()).lang(Lang.NQUADS).parse(batcher);
        } catch (RiotException e) {
            throw new WartaException(file + ": " + e.getMessage(), e);
        }
        batcher.flush();
        quads += batcher.read;
        return batcher.read;
    }

    /** Quads read so far, over every file. */
    public long quads() {
        return quads;
    }

    private final class Batcher extends StreamRDFBase {
        private final List<Quad> batch = new ArrayList<>();
        long read;

        @Override
        public void quad(Quad quad) {
            batch.add(quad);
            read++;
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            store.write(d -> batch.forEach(d::add));
            batch.clear();
        }
    }
}
