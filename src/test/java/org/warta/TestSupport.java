package org.warta;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.warta.extract.Pipeline;
import org.warta.extract.Pipelines;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.ArticleId;
import org.warta.model.ArticleMetadata;

/** Shared fixtures: the standard pipeline (built once: loading the gazetteer takes a moment) and the seeds. */
public final class TestSupport {
    public static final Path SEEDS = Path.of("seeds");
    public static final Path SEED_GOLD = Path.of("src/test/resources/gold/seeds");
    public static final Path DEVSET = Path.of("src/test/resources/devset");
    public static final Path DEVSET_GOLD = Path.of("src/test/resources/devset/gold");

    private static final class Holder {
        static final Pipeline PIPELINE = Pipelines.standard(Optional.empty());
    }

    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    public static Article seed(String idPrefix) {
        for (ReadItem item : new ArticleReader().readAll(List.of(SEEDS))) {
            if (item instanceof ReadItem.Loaded l && l.article().id().value().startsWith(idPrefix)) {
                return l.article();
            }
        }
        throw new IllegalArgumentException("no seed " + idPrefix);
    }

    public static List<Article> seeds() {
        return new ArticleReader().readAll(List.of(SEEDS)).stream()
                .filter(i -> i instanceof ReadItem.Loaded).map(i -> ((ReadItem.Loaded) i).article()).toList();
    }

    /** An article made of one text, published on the given date (or undated when null). */
    public static Article article(String text, String published) {
        ArticleMetadata m = new ArticleMetadata(Optional.empty(), Optional.empty(),
                Optional.ofNullable(published).map(java.time.LocalDate::parse), false, Optional.of("id"),
                Optional.empty(), List.of());
        return new Article(new ArticleId("t1"), text, m, "test");
    }

    public static ArticleAnalysis analyze(String text, String published) {
        return pipeline().analyze(article(text, published));
    }

    private TestSupport() {
    }
}
