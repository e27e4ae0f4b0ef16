package org.warta.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.ArticleId;
import org.warta.model.ArticleMetadata;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.SentenceSplitter;
import org.warta.text.Token;
import org.warta.text.Tokenizer;

/**
 * Inputs for stage tests: a literal text split into sentences and tokens as the pipeline's first step does, and
 * lookups of tokens and spans by the words written, so that tests can state exact spans without counting.
 */
public final class Texts {
    /** The publication date of test articles unless a test says otherwise: a Friday. */
    public static final String PUBLISHED = "2024-04-05";

    private static final SentenceSplitter SPLITTER = SentenceSplitter.fromResources();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private Texts() {
    }

    public static ArticleText text(String text) {
        return text(text, PUBLISHED);
    }

    /** @param published an ISO date, or null for an undated article */
    public static ArticleText text(String text, String published) {
        ArticleMetadata m = new ArticleMetadata(Optional.empty(), Optional.empty(),
                Optional.ofNullable(published).map(LocalDate::parse), false, Optional.of("id"), Optional.empty(),
                List.of());
        return SPLITTER.analyze(new Article(new ArticleId("stage-test"), text, m, "test"));
    }

    public static List<Token> tokens(String text) {
        return TOKENIZER.tokenize(text, 0, text.length());
    }

    /** The index of the first token of the first occurrence of {@code phrase} from token {@code from}, any case. */
    public static int indexOf(List<Token> tokens, String phrase, int from) {
        List<String> words = tokens(phrase).stream().map(Token::norm).toList();
        for (int i = Math.max(0, from); i + words.size() <= tokens.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                all = tokens.get(i + k).norm().equals(words.get(k));
            }
            if (all) {
                return i;
            }
        }
        throw new IllegalArgumentException("no '" + phrase + "' in " + tokens.stream().map(Token::text).toList());
    }

    public static int indexOf(List<Token> tokens, String phrase) {
        return indexOf(tokens, phrase, 0);
    }

    /** The span of the first occurrence of {@code phrase} in the article at or after character {@code from}. */
    public static Span span(ArticleText text, String phrase, int from) {
        int at = text.text().indexOf(phrase, from);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + phrase + "' in '" + text.text() + "'");
        }
        return new Span(at, at + phrase.length());
    }

    public static Span span(ArticleText text, String phrase) {
        return span(text, phrase, 0);
    }
}
