package org.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.warta.model.Article;
import org.warta.model.ArticleId;
import org.warta.model.ArticleMetadata;

/**
 * Reads articles from files and folders: {@code name.txt} with an optional {@code name.meta.json} sidecar, and
 * JSON Lines corpora ({@code .jsonl}, {@code .ndjson}: one article object a line, with a {@code text} field).
 * Inputs are visited in sorted path order so that every run sees them in the same order. A broken input is
 * reported as a {@link ReadItem.Failed} and reading goes on.
 */
public final class ArticleReader {
    private final ObjectMapper json = new ObjectMapper();
    private final TextDecoder decoder;

    public ArticleReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    public ArticleReader() {
        this(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES));
    }

    /** Reads every input under the paths and hands each item to the sink, in a deterministic order. */
    public void read(List<Path> paths, Consumer<ReadItem> sink) {
        Map<String, String> seen = new HashMap<>();
        Consumer<ReadItem> dedup = item -> sink.accept(checkDuplicate(item, seen));
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                readFolder(path, dedup);
            } else if (Files.isRegularFile(path)) {
                readFile(path, dedup);
            } else {
                dedup.accept(new ReadItem.Failed(Problem.error(path.toString(), "no such file or folder")));
            }
        }
    }

    public List<ReadItem> readAll(List<Path> paths) {
        List<ReadItem> items = new ArrayList<>();
        read(paths, items::add);
        return items;
    }

    /** A second article with an id already read: the same text is a harmless repeat, another text an error. */
    private static ReadItem checkDuplicate(ReadItem item, Map<String, String> seen) {
        if (!(item instanceof ReadItem.Loaded loaded)) {
            return item;
        }
        Article a = loaded.article();
        String key = a.id().value();
        String hash = a.textSha256();
        String previous = seen.putIfAbsent(key, hash + "\n" + a.origin());
        if (previous == null) {
            return item;
        }
        String[] prev = previous.split("\n", 2);
        if (prev[0].equals(hash)) {
            return new ReadItem.Failed(Problem.warning(a.origin(),
                    "duplicate of article '" + key + "' already read from " + prev[1] + " (same text, skipped)"));
        }
        return new ReadItem.Failed(Problem.error(a.origin(),
                "duplicate article id '" + key + "' with a different text than " + prev[1] + " (skipped)"));
    }

    private void readFolder(Path folder, Consumer<ReadItem> sink) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> isArticleFile(p) || isCorpusFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            sink.accept(new ReadItem.Failed(Problem.error(folder.toString(), "cannot list folder: " + e.getMessage())));
            return;
        }
        for (Path f : files) {
            readFile(f, sink);
        }
    }

    private static boolean isArticleFile(Path p) {
        return p.getFileName().toString().endsWith(".txt");
    }

    private static boolean isCorpusFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private void readFile(Path file, Consumer<ReadItem> sink) {
        if (isCorpusFile(file)) {
            readCorpus(file, sink);
        } else if (file.getFileName().toString().endsWith(".meta.json")) {
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(),
                    "a sidecar, not an article: give the .txt file or its folder")));
        } else {
            sink.accept(readText(file));
        }
    }

    private ReadItem readText(Path file) {
        String origin = file.toString();
        String base = file.getFileName().toString();
        base = base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
        Path sidecar = file.resolveSibling(base + ".meta.json");
        byte[] text;
        try {
            // refused by size before it is read: a file larger than the cap (or the heap) never enters memory
            decoder.checkSize(Files.size(file), origin);
            text = Files.readAllBytes(file);
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        } catch (IOException e) {
            return new ReadItem.Failed(Problem.error(origin, "cannot read: " + e));
        }
        Optional<byte[]> meta = Optional.empty();
        if (Files.exists(sidecar)) {
            try {
                decoder.checkSize(Files.size(sidecar), sidecar.toString());
                meta = Optional.of(Files.readAllBytes(sidecar));
            } catch (IngestException e) {
                return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
            } catch (IOException e) {
                return new ReadItem.Failed(Problem.error(sidecar.toString(), "cannot read: " + e));
            }
        }
        return readText(text, origin, base, meta, sidecar.toString());
    }

    /**
     * Reads one {@code .txt} article already loaded from any file system (the Spark job reads through Hadoop's):
     * {@code base} is the file name without {@code .txt}, the id unless the sidecar gives one.
     *
     * @param sidecar       the bytes of {@code base.meta.json}, if there is one
     * @param sidecarOrigin the sidecar's path, for messages
     */
    public ReadItem readText(byte[] text, String origin, String base, Optional<byte[]> sidecar, String sidecarOrigin) {
        try {
            List<Problem> warnings = new ArrayList<>();
            TextDecoder.Decoded decoded = decoder.decode(text, origin);
            decoded.warnings().forEach(w -> warnings.add(Problem.warning(origin, w)));
            ArticleMetadata metadata = ArticleMetadata.empty();
            String id = base;
            if (sidecar.isPresent()) {
                JsonNode node = parseSidecar(sidecar.get(), sidecarOrigin);
                metadata = MetadataParser.parse(node, sidecarOrigin);
                id = MetadataParser.id(node, sidecarOrigin).orElse(base);
            }
            if (!ArticleId.isValid(id)) {
                throw new IngestException(origin, "invalid article id '" + id
                        + "' (from " + (id.equals(base) ? "the file name" : "the sidecar")
                        + "): use letters, digits, '.', '_', '~' or '-'");
            }
            return new ReadItem.Loaded(new Article(new ArticleId(id), decoded.text(), metadata, origin), warnings);
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        }
    }

    private JsonNode parseSidecar(byte[] bytes, String sidecar) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new IngestException(sidecar, "empty sidecar: write a JSON object or remove the file");
        }
        String text = decoder.decode(bytes, sidecar).text();
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IngestException(sidecar, "broken JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private void readCorpus(Path file, Consumer<ReadItem> sink) {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a line holds the text, JSON-escaped (up to 6 characters for a character of 2 or 3 bytes), and metadata
        int maxLine = (int) Math.min(Integer.MAX_VALUE - 64, 6L * decoder.maxBytes() + 65_536);
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, utf8)) {
            BoundedLines lines = new BoundedLines(reader, maxLine);
            String line;
            int lineNo = 0;
            while ((line = lines.next()) != null) {
                lineNo++;
                if (lines.tooLong()) {
                    sink.accept(new ReadItem.Failed(Problem.error(file + ":" + lineNo, String.format(Locale.ROOT,
                            "line too long: more than %,d characters (--max-article-bytes)", maxLine))));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                sink.accept(readCorpusLine(line, file + ":" + lineNo));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(),
                    "invalid UTF-8 in the corpus; the lines before it were read")));
        } catch (IOException e) {
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(), "cannot read: " + e)));
        }
    }

    /**
     * The lines of a corpus (ended by LF, CRLF or CR), each read up to a maximum length: the rest of a longer line is
     * skipped, not kept, so that one endless line cannot exhaust memory.
     */
    private static final class BoundedLines {
        private final Reader in;
        private final int max;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private boolean skipLf;
        private boolean tooLong;

        BoundedLines(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its line end, or null at the end of the input. */
        String next() throws IOException {
            StringBuilder line = new StringBuilder();
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = Math.max(0, in.read(buf, 0, buf.length));
                    pos = 0;
                    if (len == 0) {
                        return any ? line.toString() : null;
                    }
                }
                if (skipLf) {
                    skipLf = false;
                    if (buf[pos] == '\n') {
                        pos++;
                        continue;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                    pos++;
                }
                if (!tooLong && line.length() + (pos - start) > max) {
                    tooLong = true;
                    line.setLength(0);
                } else if (!tooLong) {
                    line.append(buf, start, pos - start);
                }
                if (pos < len) {
                    skipLf = buf[pos] == '\r';
                    pos++;
                    return line.toString();
                }
            }
        }

        /** Whether the line last returned was longer than the maximum (it is then returned empty). */
        boolean tooLong() {
            return tooLong;
        }
    }

    /** Parses one JSON Lines record; {@code origin} is "file:line". */
    public ReadItem readCorpusLine(String line, String origin) {
        try {
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IngestException(origin, "broken JSON at column " + e.getLocation().getColumnNr()
                        + ": " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new IngestException(origin, "a corpus line must be a JSON object");
            }
            Optional<String> id = MetadataParser.id(node, origin);
            if (id.isEmpty()) {
                throw new IngestException(origin, "missing field 'id'");
            }
            if (!ArticleId.isValid(id.get())) {
                throw new IngestException(origin, "invalid article id '" + id.get() + "'");
            }
            JsonNode textNode = node.get("text");
            if (textNode == null || textNode.isNull()) {
                throw new IngestException(origin, "missing field 'text'");
            }
            if (!textNode.isTextual()) {
                throw new IngestException(origin, "field 'text' must be a string, got " + MetadataParser.kind(textNode));
            }
            String where = origin + " (" + id.get() + ")";
            TextDecoder.Decoded decoded = decoder.checkText(textNode.asText(), where);
            ArticleMetadata metadata = MetadataParser.parse(node, where);
            List<Problem> warnings = decoded.warnings().stream().map(w -> Problem.warning(where, w)).toList();
            return new ReadItem.Loaded(new Article(new ArticleId(id.get()), decoded.text(), metadata, where), warnings);
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        }
    }
}
