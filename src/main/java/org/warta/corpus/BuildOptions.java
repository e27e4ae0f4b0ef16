package org.warta.corpus;

/**
 * How to build.
 *
 * @param threads   extraction threads (the writer is one more)
 * @param batchSize articles written per TDB2 transaction (one per article is slow and bloats the store), or
 *                  {@link #AUTO_BATCH} to let the writer choose: few large bulk loads into an empty store, a
 *                  thousand articles per transaction into one that holds articles
 * @param force     re-extract articles even when their text and the pipeline are unchanged
 * @param compactAfter compact the store when at least this many articles were written
 */
public record BuildOptions(int threads, int batchSize, boolean force, int compactAfter) {
    public static final int AUTO_BATCH = 0;

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be at least 1, or 0 for automatic: " + batchSize);
        }
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), AUTO_BATCH, false, 50_000);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(n, batchSize, force, compactAfter);
    }

    public BuildOptions withBatchSize(int n) {
        return new BuildOptions(threads, n, force, compactAfter);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(threads, batchSize, f, compactAfter);
    }
}
