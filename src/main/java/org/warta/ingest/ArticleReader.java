package org.warta.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.warta.ingest.web.FeedReader;
import org.warta.ingest.web.HtmlFileReader;
import org.warta.ingest.web.PageReader;
import org.warta.ingest.web.WarcArchiveReader;

/**
 * Reads articles from files and folders: {@code NAME.txt} with an optional {@code NAME.meta.json} sidecar, JSON
 * Lines corpora ({@code .jsonl}, {@code .ndjson}), saved web pages ({@code .html}, {@code .htm}, with an optional
 * sidecar too), web archives ({@code .warc}, {@code .warc.gz}: every HTML response is an article) and RSS or Atom
 * feeds (every item with its full content is an article). Inputs are visited in sorted path order so that every run
 * sees them in the same order. Every path given or found ends up read, or reported with the reason it is not; a
 * broken input is reported as a {@link ReadItem.Failed} and reading goes on.
 */
public final class ArticleReader {
    private final TextDecoder decoder;
    private final InputWalker walker = new InputWalker();
    private final TextFileReader text;
    private final JsonLinesReader jsonLines;
    private final HtmlFileReader html;
    private final WarcArchiveReader warc;
    private final FeedReader feeds;

    public ArticleReader(TextDecoder decoder) {
        this.decoder = decoder;
        this.text = new TextFileReader(decoder);
        this.jsonLines = new JsonLinesReader(decoder);
        PageReader pages = PageReader.standard(decoder);
        this.html = new HtmlFileReader(pages, decoder);
        this.warc = new WarcArchiveReader(pages);
        this.feeds = new FeedReader(pages);
    }

    public ArticleReader() {
        this(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES));
    }

    /** Reads every input under the paths and hands each item to the sink, in a deterministic order. */
    public void read(List<Path> paths, Consumer<ReadItem> sink) {
        Duplicates dedup = new Duplicates(sink);
        for (Path path : paths) {
            for (InputWalker.Found found : walker.find(path)) {
                if (found instanceof InputWalker.Note note) {
                    dedup.accept(new ReadItem.Failed(note.problem()));
                } else {
                    read((InputWalker.Input) found, dedup);
                }
            }
        }
    }

    public List<ReadItem> readAll(List<Path> paths) {
        List<ReadItem> items = new ArrayList<>();
        read(paths, items::add);
        return items;
    }

    private void read(InputWalker.Input input, Consumer<ReadItem> sink) {
        switch (input.kind()) {
            case TEXT -> sink.accept(text.read(input.path(), input.name()));
            case JSON_LINES -> jsonLines.read(input.path(), input.name(), sink);
            case HTML -> sink.accept(html.read(input.path(), input.name()));
            case WARC -> warc.read(input.path(), input.name(), sink);
            case FEED, XML -> feeds.read(input.path(), input.name(), input.kind() == InputKind.XML, sink);
            case SIDECAR -> throw new IllegalStateException("sidecars are read with their article: " + input.path());
        }
    }

    /**
     * Reads one {@code .txt} article already loaded from any file system (the Spark job reads through Hadoop's):
     * {@code base} is the file name without {@code .txt}, the id unless the sidecar gives one.
     *
     * @param sidecar       the bytes of {@code base.meta.json}, if there is one
     * @param sidecarOrigin the sidecar's path, for messages
     */
    public ReadItem readText(byte[] bytes, String origin, String base, Optional<byte[]> sidecar, String sidecarOrigin) {
        return text.read(bytes, origin, base, base + ".txt", sidecar, sidecarOrigin);
    }

    /** Parses one JSON Lines record; {@code origin} is "file:line". */
    public ReadItem readCorpusLine(String line, String origin) {
        int colon = origin.lastIndexOf(':');
        String file = colon > 0 ? origin.substring(0, colon) : origin;
        return jsonLines.readLine(line, origin, file.substring(file.lastIndexOf('/') + 1));
    }

    /** The decoder's cap on one article, in bytes. */
    public int maxArticleBytes() {
        return decoder.maxBytes();
    }
}
