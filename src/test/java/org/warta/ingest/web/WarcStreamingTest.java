package org.warta.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;

/**
 * A 1 GiB web archive streams in bounded memory: a JVM with a 64 MiB heap reads a generated archive of 1 GiB (a
 * 900 MiB video, a 60 MiB HTML page that is refused by size, and 2,000 news pages) and builds every page, record by
 * record. {@code -Dwarta.warc.mib=N} changes the size of the video.
 */
class WarcStreamingTest {
    @TempDir
    Path tmp;

    static final int PAGES = 2000;

    @Test
    void aOneGibArchiveIsReadWithA64MibHeap() throws IOException, InterruptedException {
        long videoMib = Long.getLong("warta.warc.mib", 900);
        Path warc = tmp.resolve("big.warc");
        List<String> sites = List.of("kompas", "detik", "cnnindonesia", "tempo", "antara", "liputan6", "republika",
                "kumparan");
        long t0 = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(warc), 1 << 20);
             TestWarc w = new TestWarc(os, false)) {
            w.hugeResponse("https://video.example/a.mp4", "2024-03-12T00:00:00Z", "video/mp4", videoMib << 20);
            w.hugeResponse("https://news.example/huge.html", "2024-03-12T00:00:01Z", "text/html", 60L << 20);
            for (int i = 0; i < PAGES; i++) {
                String site = sites.get(i % sites.size());
                byte[] page = WarcArchiveReaderTest.page(site);
                w.response("https://news.example/" + site + "/" + i, "2024-03-12T01:00:00Z", 200, "text/html", page);
            }
        }
        double writeSecs = (System.nanoTime() - t0) / 1e9;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), warc.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the probe did not finish");
        System.out.printf(Locale.ROOT, "%,d bytes written in %.1f s; %s%n", Files.size(warc), writeSecs,
                out.lines().filter(l -> l.startsWith("read ")).findFirst().orElse(out));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("read " + PAGES + " articles"), out);
        assertTrue(out.contains("page too large"), out);
    }

    /** Reads one archive in its own JVM and prints what it read, how long it took and the peak heap. */
    public static final class Probe {
        public static void main(String[] args) {
            long t0 = System.nanoTime();
            AtomicInteger articles = new AtomicInteger();
            StringBuilder problems = new StringBuilder();
            new ArticleReader().read(List.of(Path.of(args[0])), item -> {
                if (item instanceof ReadItem.Loaded) {
                    articles.incrementAndGet();
                } else {
                    problems.append(((ReadItem.Failed) item).problem()).append('\n');
                }
            });
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "read %d articles in %.1f s, peak heap %.1f MiB (max %d MiB)%n%s",
                    articles.get(), (System.nanoTime() - t0) / 1e9, peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() >> 20, problems);
        }
    }
}
