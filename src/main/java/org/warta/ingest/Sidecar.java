package org.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.warta.model.ArticleMetadata;

/**
 * A {@code NAME.meta.json} beside an article file ({@code NAME.txt}, {@code NAME.html}): the metadata the user
 * wrote, which wins over what the page says and over guesses.
 *
 * @param id the id it gives, if any
 */
public record Sidecar(Optional<String> id, ArticleMetadata metadata) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sidecar beside an article file. */
    public static Path of(Path article) {
        return article.resolveSibling(InputKind.base(article) + ".meta.json");
    }

    /** Reads the sidecar of an article file, if there is one; an unreadable or broken sidecar is an error. */
    public static Optional<Sidecar> read(Path article, TextDecoder decoder) {
        Path file = of(article);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            decoder.checkSize(Files.size(file), file.toString());
            return Optional.of(parse(Files.readAllBytes(file), file.toString(), decoder));
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read: " + e);
        }
    }

    static Sidecar parse(byte[] bytes, String origin, TextDecoder decoder) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new IngestException(origin, "empty sidecar: write a JSON object or remove the file");
        }
        String text = decoder.decode(bytes, origin).text();
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IngestException(origin, "broken JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        ArticleMetadata metadata = MetadataParser.parse(node, origin);
        return new Sidecar(MetadataParser.id(node, origin), metadata);
    }
}
