package org.warta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.ArticleMetadata;
import org.warta.model.WartaException;

/**
 * Copies of a few real articles with shifted publication dates: copy {@code i} is original {@code i mod k} published
 * {@code i div k} days after it, under the id {@code <original>-c<i>}. Absolute dates in the text stay, relative ones
 * move with the publication date, so every copy reports the originals' meetings again: the shape of a summit retold
 * for years, which makes one meeting with thousands of reports (and of a merge that must stay linear in them).
 */
public final class SeedCopies {
    private final List<Article> originals;
    private final ObjectMapper json = new ObjectMapper();

    public SeedCopies(List<Article> originals) {
        if (originals.isEmpty()) {
            throw new WartaException("no articles to copy");
        }
        for (Article a : originals) {
            if (a.metadata().published().isEmpty()) {
                throw new WartaException("article " + a.id().value() + " (" + a.origin()
                        + ") has no publication date to shift");
            }
        }
        this.originals = List.copyOf(originals);
    }

    /** Copy {@code i}. */
    public Article copy(int i) {
        Article a = originals.get(i % originals.size());
        ArticleMetadata m = a.metadata();
        LocalDate published = m.published().orElseThrow().plusDays(i / originals.size());
        ArticleMetadata shifted = new ArticleMetadata(m.url().map(u -> u + "#c" + i), m.publisher(),
                Optional.of(published), m.publishedInferred(), m.language(), m.title(), m.cites());
        return new Article(new org.warta.model.ArticleId(a.id().value() + "-c" + i), a.text(), shifted,
                a.origin() + " (copy " + i + ")");
    }

    /** Writes copies 0 to n-1 as JSON Lines. */
    public void writeJsonl(Path file, int n) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Article a = copy(i);
                ArticleMetadata m = a.metadata();
                ObjectNode o = json.createObjectNode();
                o.put("id", a.id().value());
                m.url().ifPresent(u -> o.put("url", u));
                m.publisher().ifPresent(p -> o.put("publisher", p));
                o.put("published", m.published().orElseThrow().toString());
                m.language().ifPresent(l -> o.put("language", l));
                m.title().ifPresent(t -> o.put("title", t));
                o.put("text", a.text());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new WartaException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
