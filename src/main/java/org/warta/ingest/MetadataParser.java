package org.warta.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.model.ArticleMetadata;

/**
 * Reads article metadata from a sidecar object or a corpus line, checking every known field's type. Unknown
 * fields are ignored (sidecars carry fields of their own); a field of the wrong type or an impossible date is an
 * error that names the field.
 */
public final class MetadataParser {
    /** The id field, if present and a string. */
    public static Optional<String> id(JsonNode node, String origin) {
        return optionalString(node, "id", origin);
    }

    public static ArticleMetadata parse(JsonNode node, String origin) {
        if (node == null || !node.isObject()) {
            throw new IngestException(origin, "metadata must be a JSON object, got "
                    + (node == null ? "nothing" : kind(node)));
        }
        Optional<String> publishedText = optionalString(node, "published", origin);
        Optional<LocalDate> published = publishedText.map(s -> date(s, origin));
        Optional<OffsetDateTime> publishedAt = publishedText.flatMap(MetadataParser::time);
        boolean inferred = optionalBoolean(node, "published_inferred", origin).orElse(false);
        List<String> authors = strings(node, "authors", origin);
        if (authors.isEmpty()) {
            authors = optionalString(node, "author", origin).map(List::of).orElse(List.of());
        }
        return new ArticleMetadata(
                optionalString(node, "url", origin),
                optionalString(node, "publisher", origin),
                published,
                inferred,
                optionalString(node, "language", origin),
                optionalString(node, "title", origin),
                strings(node, "cites", origin),
                publishedAt,
                authors,
                optionalString(node, "section", origin),
                Optional.empty());
    }

    private static List<String> strings(JsonNode node, String field, String origin) {
        List<String> out = new ArrayList<>();
        JsonNode c = node.get(field);
        if (c != null && !c.isNull()) {
            if (!c.isArray()) {
                throw new IngestException(origin, "field '" + field + "' must be an array of strings, got " + kind(c));
            }
            for (JsonNode item : c) {
                if (!item.isTextual()) {
                    throw new IngestException(origin, "field '" + field + "' must hold strings, found " + kind(item));
                }
                out.add(item.asText());
            }
        }
        return out;
    }

    /** A publication time with its zone ("2024-03-05T14:30:00+07:00"); a date or a time without a zone has none. */
    private static Optional<OffsetDateTime> time(String s) {
        try {
            return Optional.of(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // a plain date, read by date(); a zoneless time keeps only its date
        }
    }

    private static LocalDate date(String s, String origin) {
        try {
            String day = s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s;
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IngestException(origin, "field 'published' is not a possible date (yyyy-MM-dd): '" + s + "'");
        }
    }

    static Optional<String> optionalString(JsonNode node, String field, String origin) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IngestException(origin, "field '" + field + "' must be a string, got " + kind(v));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<Boolean> optionalBoolean(JsonNode node, String field, String origin) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw new IngestException(origin, "field '" + field + "' must be true or false, got " + kind(v));
        }
        return Optional.of(v.asBoolean());
    }

    private static final Map<com.fasterxml.jackson.databind.node.JsonNodeType, String> KINDS = Map.of(
            com.fasterxml.jackson.databind.node.JsonNodeType.NUMBER, "a number",
            com.fasterxml.jackson.databind.node.JsonNodeType.BOOLEAN, "a boolean",
            com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY, "an array",
            com.fasterxml.jackson.databind.node.JsonNodeType.OBJECT, "an object",
            com.fasterxml.jackson.databind.node.JsonNodeType.STRING, "a string",
            com.fasterxml.jackson.databind.node.JsonNodeType.NULL, "null");

    static String kind(JsonNode node) {
        return KINDS.getOrDefault(node.getNodeType(), node.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private MetadataParser() {
    }
}
