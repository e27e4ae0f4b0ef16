package org.warta.ingest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first node
 * typed NewsArticle, Article or a kind of them, at the top, in an array or in an {@code @graph}. Sites write
 * JSON-LD by hand, so raw line breaks inside strings are accepted; a script that still does not parse is named in
 * a warning and the rest of the page is read.
 */
record JsonLdArticle(
        Optional<String> headline,
        Optional<String> datePublished,
        List<String> authors,
        Optional<String> section,
        Optional<String> language,
        Optional<String> publisher,
        Optional<String> url,
        Optional<String> articleBody) {

    private static final Set<String> TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** The article node of the page, if one parses; {@code warnings} gets a line for each script that does not. */
    static Optional<JsonLdArticle> of(Document doc, List<String> warnings) {
        int index = 0;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            index++;
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                warnings.add("JSON-LD script " + index + " does not parse (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage()
                        + "; the page's other metadata is used");
                continue;
            }
            Optional<JsonNode> article = find(root);
            if (article.isPresent()) {
                return Optional.of(read(article.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = find(n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode type = node.get("@type");
        if (type != null && (type.isTextual() && TYPES.contains(type.asText())
                || type.isArray() && streamText(type).stream().anyMatch(TYPES::contains))) {
            return Optional.of(node);
        }
        return find(node.get("@graph"));
    }

    private static JsonLdArticle read(JsonNode n) {
        List<String> authors = new ArrayList<>();
        JsonNode a = n.get("author");
        for (JsonNode one : a == null ? List.<JsonNode>of() : a.isArray() ? list(a) : List.of(a)) {
            Optional<String> name = one.isTextual() ? text(one) : text(one.get("name"));
            name.filter(s -> !s.startsWith("http")).ifPresent(authors::add);
        }
        JsonNode section = n.get("articleSection");
        Optional<String> url = text(n.get("url"));
        JsonNode main = n.get("mainEntityOfPage");
        if (url.isEmpty() && main != null) {
            url = main.isTextual() ? text(main) : text(main.get("@id"));
        }
        JsonNode publisher = n.get("publisher");
        return new JsonLdArticle(
                text(n.get("headline")),
                text(n.get("datePublished")),
                authors,
                section != null && section.isArray() ? streamText(section).stream().findFirst() : text(section),
                text(n.get("inLanguage")),
                publisher == null ? Optional.empty() : publisher.isTextual() ? text(publisher)
                        : text(publisher.get("name")),
                url,
                text(n.get("articleBody")));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<String> streamText(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> text(n).ifPresent(out::add));
        return out;
    }

    private static Optional<String> text(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return Optional.empty();
        }
        String s = n.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
