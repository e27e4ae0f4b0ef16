package org.warta.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.extract.Pipeline;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.link.MeetingMerger;
import org.warta.link.RecentMeetings;
import org.warta.link.ReportSummary;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.ArticleId;
import org.warta.model.BuildRecord;
import org.warta.model.EntityRef;
import org.warta.model.WartaException;
import org.warta.rdf.Annotations;
import org.warta.rdf.ArticleGraphMapper;
import org.warta.rdf.BuildGraphMapper;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.QuadBuffer;
import org.warta.rdf.WARTA;
import org.warta.store.WartaStore;
import org.warta.store.WriteSession;

/**
 * Builds articles into the store. Reading is sequential and in a fixed order; extraction runs on a pool of
 * threads; one writer commits the results in batches, one transaction a batch, in reading order. An article whose
 * text and pipeline version are unchanged is not rewritten, so building the same input twice changes nothing.
 * One broken input is reported and the others are built. The cross-article facts (merged meetings) are then
 * recomputed, and the build is recorded as a prov:Activity in the builds graph.
 */
public final class CorpusBuilder {
    private static final String RELINK = "relink";
    private static final Logger LOG = LoggerFactory.getLogger(CorpusBuilder.class);

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final CorpusLinker linker;
    private final String softwareVersion;

    public CorpusBuilder(Pipeline pipeline, ArticleReader reader, CorpusLinker linker, String softwareVersion) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.linker = linker;
        this.softwareVersion = softwareVersion;
    }

    private sealed interface Outcome {
        record Unchanged(ArticleId id) implements Outcome {
        }

        /**
         * @param quads     the article's quads, or null once they are written and only their number is kept
         * @param mergeKeys the merge keys of its meeting reports
         * @param entities  the entities it names, for the entities graph
         * @param summaries its meeting reports as the merge sees them
         */
        record Written(ArticleId id, QuadBuffer quads, boolean replaced, long size, List<String> mergeKeys,
                       Set<EntityRef> entities, List<ReportSummary> summaries) implements Outcome {
        }

        record Failed(Problem problem) implements Outcome {
        }
    }

    public BuildReport build(WartaStore store, List<Path> inputs, BuildOptions options, BuildListener listener) {
        Instant started = Instant.now();
        List<Problem> problems = new ArrayList<>();
        BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(options.threads() * 64);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "warta-extract");
            t.setDaemon(true);
            return t;
        });
        store.beginTextUpdates();
        // into an empty store the articles go through the bulk loader, unless the caller asked for commits every so
        // many articles; it locks readers out until it commits, so extraction must then not ask the store whether
        // an article is already there (it is not)
        boolean bulk = options.batchSize() == BuildOptions.AUTO_BATCH && !store.hasArticles();
        boolean relinkPending = store.pending(RELINK);
        if (!relinkPending) {
            store.markPending(RELINK);
        }
        ArticleGraphMapper mapper = new ArticleGraphMapper(pipeline.version(), options.annotations());
        Writer writer = new Writer(store, bulk, queue, options, listener, problems);
        Thread writerThread = new Thread(writer, "warta-writer");
        writerThread.start();
        try {
            reader.read(inputs, item -> {
                Future<Outcome> f;
                if (item instanceof ReadItem.Loaded loaded) {
                    loaded.warnings().forEach(w -> {
                        synchronized (problems) {
                            problems.add(w);
                        }
                        listener.problem(w);
                    });
                    f = pool.submit(() -> process(bulk ? null : store, mapper, loaded.article(), options.force()));
                } else {
                    f = CompletableFuture.completedFuture(new Outcome.Failed(((ReadItem.Failed) item).problem()));
                }
                putUninterruptibly(queue, f);
            });
        } finally {
            putUninterruptibly(queue, Writer.END);
            joinUninterruptibly(writerThread);
            pool.shutdown();
        }
        if (writer.error != null) {
            throw new WartaException("build stopped while writing to " + store.folder() + ": " + writer.error.getMessage(),
                    writer.error);
        }
        store.endTextUpdates();
        // a build that stopped before relinking left the corpus graph behind its articles: relink it all
        boolean full = relinkPending;
        long relinkStart = System.nanoTime();
        // a bulk load wrote its meetings with its articles (into a store that had none)
        int meetings = writer.meetings >= 0 && !relinkPending ? (int) writer.meetings
                : linker.relink(store, full ? Optional.empty() : Optional.of(writer.mergeKeys));
        store.clearPending(RELINK);
        LOG.info("articles written in {} ms ({}: store {} ms in {} commits, text index {} ms); {} merge keys relinked"
                        + " in {} ms", Duration.between(started, Instant.now()).toMillis(),
                bulk ? "bulk loader" : "transactions", writer.storeNanos / 1_000_000, writer.commits,
                writer.textNanos / 1_000_000, full ? "all" : writer.mergeKeys.size(),
                (System.nanoTime() - relinkStart) / 1_000_000);
        Instant ended = Instant.now();
        recordActivity(store, inputs, started, ended, writer, problems);
        // transactions leave the blocks they replaced behind (TDB2 copies on write); a bulk load leaves none
        if (!bulk && writer.written >= options.compactAfter()) {
            store.compact();
        }
        return new BuildReport(writer.added, writer.updated, writer.unchanged, problems, writer.triples, meetings,
                Duration.between(started, ended));
    }

    /** @param store where to look for the article's last version; null when the store is known to be empty */
    private Outcome process(WartaStore store, ArticleGraphMapper mapper, Article article, boolean force) {
        String fingerprint = article.textSha256() + "|" + pipeline.version();
        Optional<String> stored = store == null ? Optional.empty() : store.fingerprint(article.id());
        // an article built lean is built again when the full annotation layer is asked for
        if (!force && stored.isPresent() && stored.get().equals(fingerprint)
                && (mapper.annotations() == Annotations.LEAN || store.hasAnnotations(article.id()))) {
            return new Outcome.Unchanged(article.id());
        }
        try {
            QuadBuffer quads = new QuadBuffer();
            ArticleAnalysis analysis = pipeline.analyze(article);
            mapper.map(analysis, quads);
            List<String> keys = new ArrayList<>();
            for (Quad q : quads.quads()) {
                if (q.getPredicate().equals(WARTA.mergeKey)) {
                    keys.add(q.getObject().getLiteralLexicalForm());
                }
            }
            return new Outcome.Written(article.id(), quads, stored.isPresent(), quads.size(), keys,
                    ArticleGraphMapper.named(analysis), ReportSummaries.of(analysis));
        } catch (RuntimeException e) {
            return new Outcome.Failed(Problem.error(article.origin(), "extraction failed: " + e));
        }
    }

    /**
     * Drains outcomes in reading order into one write session at a time and commits it when it is due: a bulk load
     * into an empty store commits once, at the end (each commit of TDB2's bulk loader re-reads the whole store, and
     * only a load into an empty store can be undone after a crash); plain transactions commit every
     * {@link BuildOptions#batchSize} articles, by default {@link #PLAIN_ARTICLES}.
     */
    private static final class Writer implements Runnable {
        static final Future<Outcome> END = CompletableFuture.completedFuture(null);
        static final int PLAIN_ARTICLES = 1000;
        /** The text index takes graphs in chunks: fewer Lucene commits, bounded memory. */
        static final int TEXT_CHUNK_ARTICLES = 500;

        private final WartaStore store;
        private final boolean bulk;
        private final BlockingQueue<Future<Outcome>> queue;
        private final BuildOptions options;
        private final BuildListener listener;
        private final List<Problem> problems;
        private final AtomicLong done = new AtomicLong();
        final List<ArticleId> generated = new ArrayList<>();
        /** The merge keys of every report written or replaced: the meetings to re-merge. */
        final Set<String> mergeKeys = new TreeSet<>();
        int added;
        int updated;
        int unchanged;
        int written;
        long triples;
        long storeNanos;
        long textNanos;
        int commits;
        volatile RuntimeException error;

        private WriteSession session;
        private final List<Outcome.Written> uncommitted = new ArrayList<>();
        private final EntityWriter entities = new EntityWriter();
        private final long created = System.nanoTime();
        /** A bulk load's meeting reports, merged before its one commit; null for plain transactions. */
        private final MergeSpill spill;
        /** Merged meetings written by a bulk load, or -1 when the meetings are left to the relink. */
        long meetings = -1;
        private final List<QuadBuffer> textChunk = new ArrayList<>();
        private final List<Node> textChunkNames = new ArrayList<>();
        private final List<Node> textChunkReplaced = new ArrayList<>();
        private final ArrayDeque<Future<Long>> textPending = new ArrayDeque<>();
        private final ExecutorService textThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "warta-text-index");
            t.setDaemon(true);
            return t;
        });

        Writer(WartaStore store, boolean bulk, BlockingQueue<Future<Outcome>> queue, BuildOptions options,
               BuildListener listener, List<Problem> problems) {
            this.store = store;
            this.bulk = bulk;
            this.queue = queue;
            this.options = options;
            this.listener = listener;
            this.problems = problems;
            this.spill = bulk ? new MergeSpill(store.folder().resolve("merge-spill"), 64) : null;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Future<Outcome> f = takeUninterruptibly(queue);
                    if (f == END) {
                        break;
                    }
                    Outcome o = get(f);
                    listener.progress(done.incrementAndGet());
                    if (error != null) {
                        continue; // keep draining so the reader never blocks on a full queue
                    }
                    if (o instanceof Outcome.Unchanged) {
                        unchanged++;
                    } else if (o instanceof Outcome.Failed failed) {
                        Problem p = failed.problem();
                        synchronized (problems) {
                            problems.add(p);
                        }
                        listener.problem(p);
                    } else if (o instanceof Outcome.Written w) {
                        guarded(() -> write(w));
                    }
                }
                if (error == null) {
                    guarded(this::commit);
                }
            } finally {
                // the text index must not be closed under a chunk still being indexed
                try {
                    awaitText();
                } catch (RuntimeException e) {
                    if (error == null) {
                        error = e;
                    } else {
                        error.addSuppressed(e);
                    }
                }
                textThread.shutdown();
                if (session != null) {
                    session.close(); // abandons what an error left uncommitted
                }
                if (spill != null) {
                    guarded(spill::close);
                }
            }
        }

        private void guarded(Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                error = e;
            }
        }

        private void write(Outcome.Written w) {
            long t0 = System.nanoTime();
            if (session == null) {
                session = bulk ? store.beginBulk() : store.beginWrite();
            }
            Node g = Iris.article(w.id());
            if (w.replaced()) {
                session.removeGraph(g, WARTA.mergeKey, key -> mergeKeys.add(key.getLiteralLexicalForm()));
                session.removeGraph(Iris.annotations(w.id()), WARTA.mergeKey, key -> { });
            }
            w.quads().replay(session.stream());
            mergeKeys.addAll(w.mergeKeys());
            entities.add(w.entities());
            storeNanos += System.nanoTime() - t0;
            // only the id and the size wait for the commit: the quads themselves go to the text index now
            uncommitted.add(new Outcome.Written(w.id(), null, w.replaced(), w.size(), List.of(), Set.of(),
                    List.of()));
            if (spill != null) {
                w.summaries().forEach(spill::add);
            }
            textChunk.add(w.quads());
            textChunkNames.add(g);
            if (w.replaced()) {
                textChunkReplaced.add(g);
            }
            if (textChunk.size() >= TEXT_CHUNK_ARTICLES) {
                indexText();
            }
            if (commitDue()) {
                commit();
            }
        }

        private boolean commitDue() {
            if (options.batchSize() > 0) {
                return uncommitted.size() >= options.batchSize();
            }
            return !bulk && uncommitted.size() >= PLAIN_ARTICLES;
        }

        /**
         * Hands the chunk to the text index's own thread, so that Lucene's analysis runs beside extraction and the
         * store's loader instead of holding up the writer; at most two chunks wait. The text index runs ahead of
         * the store between commits; it stays marked stale until the build ends, so a build that dies before its
         * commit has its index rebuilt from the store at the next open.
         */
        private void indexText() {
            if (!textChunk.isEmpty()) {
                List<QuadBuffer> chunk = List.copyOf(textChunk);
                List<Node> names = List.copyOf(textChunkNames);
                List<Node> replaced = List.copyOf(textChunkReplaced);
                while (textPending.size() >= 2) {
                    awaitText(textPending.removeFirst());
                }
                textPending.addLast(textThread.submit(() -> {
                    long t0 = System.nanoTime();
                    DatasetGraph d = DatasetGraphFactory.createGeneral();
                    chunk.forEach(b -> b.quads().forEach(d::add));
                    store.indexGraphs(d, names, replaced);
                    return System.nanoTime() - t0;
                }));
            }
            textChunk.clear();
            textChunkNames.clear();
            textChunkReplaced.clear();
        }

        /** Waits for every chunk handed to the text index. */
        private void awaitText() {
            while (!textPending.isEmpty()) {
                awaitText(textPending.removeFirst());
            }
        }

        private void awaitText(Future<Long> f) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        textNanos += f.get();
                        return;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        throw cause instanceof RuntimeException r ? r
                                : new WartaException("text index update failed: " + cause, cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void commit() {
            indexText();
            awaitText();
            if (session == null) {
                return;
            }
            long t0 = System.nanoTime();
            LOG.info("commit of {} articles: text index caught up after {} ms of the build", uncommitted.size(),
                    (t0 - created) / 1_000_000);
            // the entities of the batch's articles commit with them
            entities.write(session);
            if (spill != null) {
                // a bulk load commits once: its meetings, merged from the reports it wrote, go in with it
                long articles = added + updated + uncommitted.size();
                Set<Node> starts = new HashSet<>();
                RecentMeetings recent = new RecentMeetings();
                meetings = spill.merge(new MeetingMerger(), entities::canonical, m -> {
                    CorpusGraphMapper.addMeeting(m, session.stream());
                    CorpusGraphMapper.start(m).ifPresent(starts::add);
                    recent.offer(m, Iris.meeting(m.id()).getURI());
                });
                CorpusGraphMapper.starts(starts, session.stream());
                CorpusGraphMapper.recent(recent, session.stream());
                CorpusGraphMapper.counts(meetings, articles, session.stream());
            }
            long merged = System.nanoTime();
            session.commit();
            LOG.info("commit: entities and merge {} ms, store {} ms", (merged - t0) / 1_000_000,
                    (System.nanoTime() - merged) / 1_000_000);
            session.close();
            session = null;
            storeNanos += System.nanoTime() - t0;
            commits++;
            for (Outcome.Written w : uncommitted) {
                if (w.replaced()) {
                    updated++;
                } else {
                    added++;
                }
                written++;
                triples += w.size();
                generated.add(w.id());
            }
            uncommitted.clear();
        }

        private static Outcome get(Future<Outcome> f) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return f.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        throw new WartaException("extraction task failed: " + e.getCause(), e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void recordActivity(WartaStore store, List<Path> inputs, Instant started, Instant ended, Writer writer,
                                List<Problem> problems) {
        List<BuildRecord.Failure> failures = problems.stream().filter(Problem::isError)
                .map(p -> new BuildRecord.Failure(p.origin(), p.reason())).toList();
        BuildRecord record = new BuildRecord(BuildRecord.newStamp(started), started, ended, softwareVersion,
                pipeline.version(), inputs.stream().map(Path::toString).toList(), writer.added, writer.updated,
                writer.unchanged, failures, writer.generated);
        store.write(d -> BuildGraphMapper.map(record, StreamRDFLib.dataset(d)));
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T takeUninterruptibly(BlockingQueue<T> q) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return q.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
