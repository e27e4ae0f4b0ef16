package org.warta.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.ingest.IngestException;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}, as wget, Heritrix, Browsertrix or the Internet Archive write
 * them) one record at a time: memory holds one page, whatever the archive's size. Every HTML response with status
 * 200 (and every HTML resource record) is a page read by {@link PageReader}, with its target URI, record id and
 * WARC-Date as provenance; a problem with one record names the file and the record's byte offset. The other records
 * (requests, metadata, images, scripts, redirects, revisits) are counted and reported in one line. A record that
 * cannot be parsed ends the archive's reading there, with the offset; the records before it are kept.
 */
public final class WarcArchiveReader {
    private final PageReader pages;

    public WarcArchiveReader(PageReader pages) {
        this.pages = pages;
    }

    public void read(Path file, String name, Consumer<ReadItem> sink) {
        Map<String, Integer> skipped = new TreeMap<>();
        int pagesRead = 0;
        long offset = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(new ReadItem.Failed(Problem.error(where(file, offset), (pagesRead + skipped.size() == 0
                            ? "not a readable WARC file: " : "broken record after this offset: ") + message(e)
                            + "; the records before it were read")));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                offset = reader.position();
                WarcRecord record = next.get();
                Optional<String> skip = record(file, name, offset, record, sink);
                if (skip.isEmpty()) {
                    pagesRead++;
                } else {
                    skipped.merge(skip.get(), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(), "cannot read: " + e)));
            return;
        }
        report(file, pagesRead, skipped, sink);
    }

    private static void report(Path file, int pagesRead, Map<String, Integer> skipped, Consumer<ReadItem> sink) {
        int others = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (pagesRead == 0) {
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(), others == 0 ? "an empty archive"
                    : "no HTML page in the archive: " + others + " record(s), " + list(skipped))));
        } else if (others > 0) {
            sink.accept(new ReadItem.Failed(Problem.warning(file.toString(), String.format(Locale.ROOT,
                    "%,d HTML page(s) read; %,d other record(s) skipped, not articles: %s", pagesRead, others,
                    list(skipped)))));
        }
    }

    private static String list(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", v, k)));
        return b.toString();
    }

    /** Reads one record: a page goes to the sink; anything else returns why it is not one. */
    private Optional<String> record(Path file, String name, long offset, WarcRecord record, Consumer<ReadItem> sink) {
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
            return Optional.of(record.type() + " records");
        }
        WarcCaptureRecord capture = (WarcCaptureRecord) record;
        String target = capture.target();
        String origin = where(file, offset) + " (" + target + ")";
        try {
            MessageBody body;
            MediaType type;
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
                    return Optional.of("non-HTTP responses (" + response.contentType().base() + ")");
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    return Optional.of("responses with HTTP status " + http.status());
                }
                type = http.contentType();
                body = http.bodyDecoded();
            } else {
                type = record.contentType();
                body = record.body();
            }
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return Optional.of((record instanceof WarcResponse ? "responses " : "resources ") + base);
            }
            byte[] bytes = readBounded(body, origin);
            if (record.headers().first("WARC-Truncated").isPresent()) {
                sink.accept(new ReadItem.Failed(Problem.warning(origin, "the crawler truncated this record ("
                        + record.headers().first("WARC-Truncated").get() + "): the page may be cut short")));
            }
            ArticleSource source = new ArticleSource(ArticleSource.Kind.WARC, name, OptionalLong.of(offset),
                    Optional.of(record.id().toString()), Optional.of(target), Optional.of(record.date()),
                    Optional.empty());
            sink.accept(pages.read(new PageInput(bytes, charset(type), origin, Optional.empty(), source,
                    ArticleMetadata.empty(), Optional.empty())));
            return Optional.empty();
        } catch (IngestException e) {
            sink.accept(new ReadItem.Failed(Problem.error(e.origin(), e.reason())));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            sink.accept(new ReadItem.Failed(Problem.error(origin, "broken HTTP response: " + message(e))));
            return Optional.empty();
        }
    }

    /** The body, refused as soon as it passes the page limit: a huge record is never held in memory. */
    private byte[] readBounded(MessageBody body, String origin) throws IOException {
        long limit = pages.maxPageBytes();
        try (InputStream in = body.stream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            pages.checkSize(bytes.length > limit ? Math.max(bytes.length, body.size()) : bytes.length, origin);
            return bytes;
        }
    }

    private static Optional<Charset> charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name != null && Charset.isSupported(name.strip()) ? Optional.of(Charset.forName(name.strip()))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown charset name: the page's own declaration is read instead
        }
    }

    private static String where(Path file, long offset) {
        return file + "@" + offset;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
