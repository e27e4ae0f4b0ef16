package org.warta.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.warta.extract.Pipeline;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.WartaException;

/**
 * Extraction alone, in this process: {@link Pipeline#analyze} over articles held in memory, so that neither reading
 * nor writing is in the figure. Articles are analyzed independently, so a sample of a corpus runs as fast per
 * article as the whole corpus would.
 */
public final class ExtractionBenchmark {
    private final Pipeline pipeline;
    private final List<Article> articles;
    private final long bytes;

    public ExtractionBenchmark(Pipeline pipeline, List<Article> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to analyze");
        }
        this.pipeline = pipeline;
        this.articles = List.copyOf(articles);
        this.bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /**
     * One pass over the articles on {@code threads} threads. Counting what was found keeps the JIT from
     * discarding the work, and shows the corpus gave the extractors something to do.
     */
    public record Result(int threads, int articles, long bytes, double seconds, double articlesPerS, double mbPerS,
                         long meetings, long statements) {
    }

    /** Analyzes articles over and over, on every core, for at least this long: the JIT's work is done before timing. */
    public void warmUp(Duration duration, int threads) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            pass(threads, end);
        }
    }

    public Result measure(int threads) {
        long start = System.nanoTime();
        long[] found = pass(threads, Long.MAX_VALUE);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(threads, articles.size(), bytes, seconds, articles.size() / seconds, bytes / 1e6 / seconds,
                found[0], found[1]);
    }

    /** Each thread takes the next article from a shared index until all are done or the deadline has passed. */
    private long[] pass(int threads, long deadline) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong meetings = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < articles.size() && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    ArticleAnalysis a = pipeline.analyze(articles.get(i));
                    meetings.addAndGet(a.meetings().size());
                    statements.addAndGet(a.statements().size());
                }
            }, "bench-extract-" + t);
            w.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WartaException("interrupted during the extraction benchmark", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new WartaException("extraction failed during the benchmark: " + failures.get(0), failures.get(0));
        }
        return new long[] {meetings.get(), statements.get()};
    }
}
