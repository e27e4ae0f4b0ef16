package org.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.warta.model.Article;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/** Reads JSON Lines corpora: one article object a line, with a {@code text} field; a broken line is named by number. */
final class JsonLinesReader {
    private final ObjectMapper json = new ObjectMapper();
    private final TextDecoder decoder;

    JsonLinesReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    void read(Path file, String name, Consumer<ReadItem> sink) {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a line holds the text, JSON-escaped (up to 6 characters for a character of 2 or 3 bytes), and metadata
        int maxLine = (int) Math.min(Integer.MAX_VALUE - 64, 6L * decoder.maxBytes() + 65_536);
        boolean any = false;
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, utf8)) {
            BoundedLines lines = new BoundedLines(reader, maxLine);
            String line;
            int lineNo = 0;
            while ((line = lines.next()) != null) {
                lineNo++;
                if (lines.tooLong()) {
                    any = true;
                    sink.accept(new ReadItem.Failed(Problem.error(file + ":" + lineNo, String.format(Locale.ROOT,
                            "line too long: more than %,d characters (--max-article-bytes)", maxLine))));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                sink.accept(readLine(line, file + ":" + lineNo, name));
            }
        } catch (CharacterCodingException e) {
            any = true;
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(),
                    "invalid UTF-8 in the corpus; the lines before it were read")));
        } catch (IOException e) {
            any = true;
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(), "cannot read: " + e)));
        }
        if (!any) {
            sink.accept(new ReadItem.Failed(Problem.error(file.toString(), "an empty corpus: no line holds an article")));
        }
    }

    /** Parses one JSON Lines record; {@code origin} is "file:line". */
    ReadItem readLine(String line, String origin, String name) {
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
            JsonNode textNode = node.get("text");
            if (textNode == null || textNode.isNull()) {
                throw new IngestException(origin, "missing field 'text'");
            }
            if (!textNode.isTextual()) {
                throw new IngestException(origin, "field 'text' must be a string, got " + MetadataParser.kind(textNode));
            }
            ArticleIds.Minted minted = ArticleIds.of(id.get());
            String where = origin + " (" + minted.id() + ")";
            TextDecoder.Decoded decoded = decoder.checkText(textNode.asText(), where);
            ArticleSource source = ArticleSource.of(ArticleSource.Kind.JSON_LINES, name);
            source = minted.original().map(source::withOriginalId).orElse(source);
            ArticleMetadata metadata = MetadataParser.parse(node, where).withSource(source);
            List<Problem> warnings = decoded.warnings().stream().map(w -> Problem.warning(where, w)).toList();
            return new ReadItem.Loaded(new Article(minted.id(), decoded.text(), metadata, where), warnings);
        } catch (IngestException e) {
            return new ReadItem.Failed(Problem.error(e.origin(), e.reason()));
        }
    }
}
