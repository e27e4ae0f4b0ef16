package org.warta.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.warta.model.WartaException;

/**
 * A closed-loop load client for a SPARQL endpoint on this machine (SPARQL 1.1 protocol, GET, JSON results). Each
 * client sends a query, reads the whole answer, and sends the next one. The figures are of the requests that
 * finished inside the measured window, after the warm-up. A request still running when the window closes is let
 * finish (up to the request timeout, then cancelled) so that the next run starts on an idle server, and is counted
 * as unfinished, not measured: a run takes at most warm-up + measurement + request timeout. Only loopback endpoints
 * are accepted: this benchmarks the local server, and is not a tool to load anyone else's.
 */
public final class QueryLoad {
    private static final String RESULTS_JSON = "application/sparql-results+json";

    private final URI endpoint;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public QueryLoad(URI endpoint) {
        this.endpoint = requireLoopback(endpoint);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static URI requireLoopback(URI endpoint) {
        String host = endpoint.getHost();
        try {
            if (host == null || !"http".equals(endpoint.getScheme()) || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new WartaException("the benchmark only loads http endpoints on this machine (127.0.0.1, ::1, "
                        + "localhost), not " + endpoint);
            }
        } catch (UnknownHostException e) {
            throw new WartaException("unknown host in " + endpoint, e);
        }
        return endpoint;
    }

    /** A query sent once: its status, result rows (SELECT) or -1, response bytes and time. */
    public record Probe(int status, long rows, long bytes, double millis, String error) {
        public boolean ok() {
            return status == 200 && error == null;
        }
    }

    /** Sends one query and counts the result rows as they stream in: a large answer is never held in memory. */
    public Probe probe(String query, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> r = http.send(request(query, timeout), HttpResponse.BodyHandlers.ofInputStream());
            try (CountingStream in = new CountingStream(r.body())) {
                if (r.statusCode() != 200) {
                    String body = new String(in.readNBytes(300), StandardCharsets.UTF_8);
                    return new Probe(r.statusCode(), -1, in.count, millisSince(start), body.strip());
                }
                long rows = countRows(in);
                in.transferTo(OutputStream.nullOutputStream());
                return new Probe(200, rows, in.count, millisSince(start), null);
            }
        } catch (IOException e) {
            return new Probe(-1, -1, 0, millisSince(start), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while querying " + endpoint, e);
        }
    }

    /** The values of one variable in a SELECT answer, in order. */
    public List<String> column(String query, String variable, Duration timeout) {
        try {
            HttpResponse<InputStream> r = http.send(request(query, timeout), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    throw new WartaException(endpoint + " answered " + r.statusCode() + ": "
                            + new String(in.readNBytes(300), StandardCharsets.UTF_8).strip());
                }
                List<String> values = new ArrayList<>();
                for (JsonNode b : json.readTree(in).path("results").path("bindings")) {
                    if (b.has(variable)) {
                        values.add(b.path(variable).path("value").asText());
                    }
                }
                return values;
            }
        } catch (IOException e) {
            throw new WartaException("cannot query " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while querying " + endpoint, e);
        }
    }

    private long countRows(InputStream in) throws IOException {
        try (JsonParser p = json.getFactory().createParser(in)) {
            p.configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && "bindings".equals(p.currentName())
                        && p.nextToken() == JsonToken.START_ARRAY) {
                    long rows = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        rows++;
                    }
                    return rows;
                }
            }
            return -1;
        }
    }

    /**
     * Latency and throughput of one query mix at one number of clients. Times in milliseconds; the latencies are
     * null when no request finished inside the window.
     */
    public record Result(String query, int clients, double seconds, long requests, long errors, long timeouts,
                         long unfinished, double throughputPerS, Double p50Ms, Double p95Ms, Double p99Ms,
                         Double maxMs, Double meanMs, long meanBytes, String firstError, Double offeredPerS) {
    }

    /**
     * Runs {@code clients} closed loops over the queries (taken in turn from a shared counter) for warm-up plus
     * measurement. A request taking longer than {@code requestTimeout} is cancelled and counted as a timeout;
     * {@code errors} are answers other than 200 and failed connections.
     */
    public Result run(String label, List<String> queries, int clients, Duration warmup, Duration measure,
                      Duration requestTimeout) {
        if (queries.isEmpty() || clients < 1) {
            throw new IllegalArgumentException("need at least one query and one client");
        }
        List<HttpRequest> requests = queries.stream().map(q -> request(q, requestTimeout)).toList();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<Loop> loops = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Loop loop = new Loop(requests, next, measureFrom, end, requestTimeout.toNanos());
            loops.add(loop);
            Thread t = new Thread(loop, "bench-client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WartaException("interrupted during the load run", e);
            }
        }
        long[] all = loops.stream().flatMapToLong(l -> Arrays.stream(l.latencies, 0, l.count)).sorted().toArray();
        long errors = loops.stream().mapToLong(l -> l.errors).sum();
        long timeouts = loops.stream().mapToLong(l -> l.timeouts).sum();
        long unfinished = loops.stream().mapToLong(l -> l.unfinished).sum();
        long bytes = loops.stream().mapToLong(l -> l.bytes).sum();
        String firstError = loops.stream().map(l -> l.firstError).filter(e -> e != null).findFirst().orElse(null);
        double seconds = measure.toNanos() / 1e9;
        Double mean = all.length == 0 ? null : Arrays.stream(all).average().orElse(0) / 1e6;
        return new Result(label, clients, seconds, all.length, errors, timeouts, unfinished, all.length / seconds,
                percentile(all, 50), percentile(all, 95), percentile(all, 99), percentile(all, 100), mean,
                all.length == 0 ? 0 : bytes / all.length, firstError, null);
    }

    /**
     * An open loop, as wrk2 offers load: requests are sent at a fixed rate whatever the answers do (at most
     * {@code maxOutstanding} at a time; beyond that a request counts as an error), and each latency is measured from
     * the moment the request was due, so a server that falls behind shows it in the latencies instead of slowing the
     * client down (no coordinated omission). {@code clients} in the result is the most requests outstanding at once.
     */
    public Result openLoop(String label, List<String> queries, double ratePerS, Duration warmup, Duration measure,
                           Duration requestTimeout, int maxOutstanding) {
        if (queries.isEmpty() || ratePerS <= 0) {
            throw new IllegalArgumentException("need at least one query and a positive rate");
        }
        List<HttpRequest> requests = queries.stream().map(q -> request(q, requestTimeout)).toList();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        double interval = 1e9 / ratePerS;
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        OpenCounters c = new OpenCounters();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long k = 0; ; k++) {
            long due = start + (long) (k * interval);
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = due >= measureFrom;
            if (outstanding.get() >= maxOutstanding) {
                if (measured) {
                    c.error("client limit of " + maxOutstanding + " outstanding requests reached");
                }
                continue;
            }
            peak.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            long[] size = new long[1];
            HttpRequest request = requests.get((int) (k % requests.size()));
            CompletableFuture<?> f = http.sendAsync(request,
                            HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(b -> size[0] += b.length)))
                    .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
                    .whenComplete((r, e) -> {
                        outstanding.decrementAndGet();
                        long finished = System.nanoTime();
                        if (!measured) {
                            return;
                        }
                        if (finished > end) {
                            c.unfinished();
                        } else if (e instanceof TimeoutException) {
                            c.timeout();
                        } else if (e != null) {
                            c.error(String.valueOf(e));
                        } else if (r.statusCode() != 200) {
                            c.error("HTTP " + r.statusCode());
                        } else {
                            c.record(finished - due, size[0]);
                        }
                    });
            pending.add(f);
        }
        for (CompletableFuture<?> f : pending) {
            try {
                f.handle((r, e) -> null).get(requestTimeout.toNanos() * 2, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WartaException("interrupted during the load run", e);
            } catch (ExecutionException | TimeoutException e) {
                c.error(String.valueOf(e));
            }
        }
        long[] all = c.sorted();
        double seconds = measure.toNanos() / 1e9;
        Double mean = all.length == 0 ? null : Arrays.stream(all).average().orElse(0) / 1e6;
        return new Result(label, peak.get(), seconds, all.length, c.errors, c.timeouts, c.unfinished,
                all.length / seconds, percentile(all, 50), percentile(all, 95), percentile(all, 99),
                percentile(all, 100), mean, all.length == 0 ? 0 : c.bytes / all.length, c.firstError, ratePerS);
    }

    /** What an open loop counted; updated from the HTTP client's threads. */
    private static final class OpenCounters {
        private long[] latencies = new long[1024];
        private int count;
        long errors;
        long timeouts;
        long unfinished;
        long bytes;
        String firstError;

        synchronized void record(long nanos, long size) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            bytes += size;
        }

        synchronized void error(String what) {
            errors++;
            if (firstError == null) {
                firstError = what;
            }
        }

        synchronized void timeout() {
            timeouts++;
        }

        synchronized void unfinished() {
            unfinished++;
        }

        synchronized long[] sorted() {
            long[] out = Arrays.copyOf(latencies, count);
            Arrays.sort(out);
            return out;
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds; null when nothing was measured. */
    static Double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** One client: its own counters, read by the caller after the thread has ended. */
    private final class Loop implements Runnable {
        private final List<HttpRequest> requests;
        private final AtomicLong next;
        private final long measureFrom;
        private final long end;
        private final long timeout;
        long[] latencies = new long[1024];
        int count;
        long errors;
        long timeouts;
        long unfinished;
        long bytes;
        String firstError;

        Loop(List<HttpRequest> requests, AtomicLong next, long measureFrom, long end, long timeout) {
            this.requests = requests;
            this.next = next;
            this.measureFrom = measureFrom;
            this.end = end;
            this.timeout = timeout;
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                HttpRequest request = requests.get((int) (next.getAndIncrement() % requests.size()));
                long[] size = new long[1];
                long started = System.nanoTime();
                CompletableFuture<HttpResponse<Void>> f = http.sendAsync(request,
                        HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(b -> size[0] += b.length)));
                try {
                    HttpResponse<Void> r = f.get(timeout, TimeUnit.NANOSECONDS);
                    long finished = System.nanoTime();
                    if (finished > end) {
                        unfinished++;
                    } else if (finished >= measureFrom) {
                        if (r.statusCode() == 200) {
                            record(finished - started);
                            bytes += size[0];
                        } else {
                            error("HTTP " + r.statusCode());
                        }
                    }
                } catch (TimeoutException e) {
                    f.cancel(true);
                    long now = System.nanoTime();
                    if (now > end) {
                        unfinished++;
                    } else if (now >= measureFrom) {
                        timeouts++;
                    }
                } catch (ExecutionException e) {
                    long now = System.nanoTime();
                    if (now >= measureFrom && now <= end) {
                        error(String.valueOf(e.getCause()));
                    }
                } catch (InterruptedException e) {
                    f.cancel(true);
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        private void error(String what) {
            errors++;
            if (firstError == null) {
                firstError = what;
            }
        }
    }

    private HttpRequest request(String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", RESULTS_JSON)
                .timeout(timeout)
                .GET()
                .build();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
