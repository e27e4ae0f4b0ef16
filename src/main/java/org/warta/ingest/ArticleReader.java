package org.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
            text = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ReadItem.Failed(Problem.error(origin, "cannot read: " + e));
        }
        Optional<byte[]> meta = Optional.empty();
        if (Files.exists(sidecar)) {
            try {
                meta = Optional.of(Files.readAllBytes(sidecar));
            } catch (IOException e) {
                return new ReadItem.Failed(Problem.error(origin, "cannot read: " + e));
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
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
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
