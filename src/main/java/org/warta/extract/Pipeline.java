package org.warta.extract;

import java.util.List;
import java.util.Objects;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.text.ArticleText;
import org.warta.text.SentenceSplitter;

/**
 * Runs the stages over one article: boilerplate and sentences, then entities, times, meetings and statements.
 * Built once (lexicons load in the factories), then stateless and safe to share between threads.
 */
public final class Pipeline {
    private final SentenceSplitter splitter;
    private final ArticleExtractor extractor;
    private final String version;

    public Pipeline(SentenceSplitter splitter, ArticleExtractor extractor, String version) {
        this.splitter = Objects.requireNonNull(splitter);
        this.extractor = Objects.requireNonNull(extractor);
        this.version = Objects.requireNonNull(version);
    }

    /** A pipeline version: the software version and a digest of the lexicons, recorded with every article. */
    public String version() {
        return version;
    }

    public ArticleText text(Article article) {
        return splitter.analyze(article);
    }

    public ArticleAnalysis analyze(Article article) {
        ArticleText text = splitter.analyze(article);
        Extraction e = extractor.extract(text);
        return new ArticleAnalysis(article, text.removed(), text.sentences(), e.mentions(), e.unresolved(),
                e.roles(), e.times(), e.meetings(), e.statements(), e.affiliations());
    }

    /** What the extractors found in one article. */
    public record Extraction(
            List<org.warta.model.EntityMention> mentions,
            List<org.warta.model.UnresolvedMention> unresolved,
            List<org.warta.model.RoleAssertion> roles,
            List<org.warta.model.TimeMention> times,
            List<org.warta.model.MeetingReport> meetings,
            List<org.warta.model.Statement> statements,
            List<org.warta.model.Affiliation> affiliations) {

        public static Extraction empty() {
            return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** The extraction stages after sentence splitting, as one function of the analyzed text. */
    @FunctionalInterface
    public interface ArticleExtractor {
        Extraction extract(ArticleText text);
    }
}
