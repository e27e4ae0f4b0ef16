package org.warta.corpus;

import org.warta.rdf.Annotations;

/**
 * How to build.
 *
 * @param threads   extraction threads (the writer is one more)
 * @param batchSize articles written per TDB2 transaction (one per article is slow and bloats the store), or
 *                  {@link #AUTO_BATCH} to let the writer choose: few large bulk loads into an empty store, a
 *                  thousand articles per transaction into one that holds articles
 * @param force     re-extract articles even when their text and the pipeline are unchanged
 * @param compactAfter compact the store when at least this many articles were written
 * @param annotations the lean graph only (the default), or the full annotation layer beside it
 */
public record BuildOptions(int threads, int batchSize, boolean force, int compactAfter, Annotations annotations) {
    public static final int AUTO_BATCH = 0;

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be at least 1, or 0 for automatic: " + batchSize);
        }
        if (annotations == null) {
            throw new IllegalArgumentException("annotations must be lean or full, not null");
        }
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), AUTO_BATCH, false, 50_000,
                Annotations.LEAN);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(n, batchSize, force, compactAfter, annotations);
    }

    public BuildOptions withBatchSize(int n) {
        return new BuildOptions(threads, n, force, compactAfter, annotations);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(threads, batchSize, f, compactAfter, annotations);
    }

    public BuildOptions withAnnotations(Annotations a) {
        return new BuildOptions(threads, batchSize, force, compactAfter, a);
    }
}
