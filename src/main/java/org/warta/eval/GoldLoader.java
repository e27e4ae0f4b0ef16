package org.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.warta.model.WartaException;

/**
 * Reads gold files: {@code <article>.gold.json} for each article, and {@code events.gold.json} for clusters.
 * A field that holds the article's own words (a statement's quote, a meeting's evidence) is either the words or,
 * in gold kept where third-party text may not go, a {@link GoldSpan} resolved against the article's text.
 */
public final class GoldLoader {
    private final ObjectMapper json = new ObjectMapper();

    /** Gold whose fields all hold their words: no article text is needed. */
    public Map<String, GoldArticle> articles(Path folder) {
        return articles(folder, id -> Optional.empty());
    }

    /** @param textOf the text of an article by id, for gold that points into it by span */
    public Map<String, GoldArticle> articles(Path folder, Function<String, Optional<String>> textOf) {
        Map<String, GoldArticle> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".gold.json"))
                    .filter(f -> !f.getFileName().toString().startsWith("events.")).sorted().toList()) {
                GoldArticle g = article(p, textOf);
                out.put(g.article(), g);
            }
        } catch (IOException e) {
            throw new WartaException("cannot read gold folder " + folder + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new WartaException("no *.gold.json files in " + folder);
        }
        return out;
    }

    /** Clusters of reports ("article#M1") of the same real meeting; empty when the folder has no events file. */
    public List<List<String>> clusters(Path folder) {
        Path f = folder.resolve("events.gold.json");
        if (!Files.exists(f)) {
            return List.of();
        }
        JsonNode root = read(f);
        List<List<String>> out = new ArrayList<>();
        for (JsonNode c : root.path("clusters")) {
            List<String> reports = new ArrayList<>();
            c.path("reports").forEach(r -> reports.add(r.asText()));
            out.add(reports);
        }
        return out;
    }

    private JsonNode read(Path f) {
        try {
            return json.readTree(f.toFile());
        } catch (IOException e) {
            throw new WartaException("cannot read gold file " + f + ": " + e.getMessage(), e);
        }
    }

    GoldArticle article(Path f, Function<String, Optional<String>> textOf) {
        JsonNode d = read(f);
        String article = d.path("article").asText(null);
        if (article == null) {
            throw new WartaException(f + ": no 'article' field");
        }
        Function<JsonNode, String> words = n -> GoldSpan.words(n, () -> textOf.apply(article), f);
        List<GoldArticle.GoldMeeting> meetings = new ArrayList<>();
        for (JsonNode m : d.path("meetings")) {
            meetings.add(new GoldArticle.GoldMeeting(m.path("id").asText(), strings(m.path("participants")),
                    text(m.get("date")), m.path("date_optional").asBoolean(false), text(m.get("place")),
                    m.path("status").asText(), m.path("virtual").asBoolean(false), words.apply(m.path("evidence"))));
        }
        List<GoldArticle.GoldStatement> statements = new ArrayList<>();
        for (JsonNode s : d.path("statements")) {
            statements.add(new GoldArticle.GoldStatement(List.of(s.path("speaker").asText().split("\\|")),
                    words.apply(s.path("quote")), s.path("kind").asText(), s.path("optional").asBoolean(false)));
        }
        JsonNode neg = d.path("negatives");
        List<GoldArticle.NegativeMeeting> negMeetings = new ArrayList<>();
        for (JsonNode m : neg.path("meetings")) {
            negMeetings.add(new GoldArticle.NegativeMeeting(strings(m.path("participants")), text(m.get("place")),
                    text(m.get("date")), m.path("why").asText("")));
        }
        List<String> negPersons = new ArrayList<>();
        neg.path("persons").forEach(p -> negPersons.add(p.path("name").asText()));
        List<String> negStatements = new ArrayList<>();
        neg.path("statements").forEach(p -> negStatements.add(words.apply(p.path("quote"))));
        Map<String, String> qids = new LinkedHashMap<>();
        d.path("qids").fields().forEachRemaining(e -> qids.put(e.getKey(), e.getValue().asText()));
        return new GoldArticle(article, names(d.path("persons")), names(d.path("persons_optional")),
                names(d.path("states")), names(d.path("states_optional")), names(d.path("organizations")),
                meetings, statements, negMeetings, negPersons, negStatements, qids);
    }

    private static List<GoldArticle.GoldName> names(JsonNode array) {
        List<GoldArticle.GoldName> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(new GoldArticle.GoldName(n.asText(), List.of()));
            } else {
                out.add(new GoldArticle.GoldName(n.path("name").asText(), strings(n.path("aliases"))));
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Optional<String> text(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }
}
