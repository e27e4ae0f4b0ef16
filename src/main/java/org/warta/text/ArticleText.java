package org.warta.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.warta.model.Article;
import org.warta.model.RemovedText;
import org.warta.model.Sentence;
import org.warta.model.Span;

/**
 * An article split into sentences and tokens, with boilerplate left out. Immutable once built; extractors read
 * it and never change it. Every offset refers to {@link Article#text()}.
 */
public final class ArticleText {
    private final Article article;
    private final List<RemovedText> removed;
    private final List<Sentence> sentences;
    private final List<List<Token>> sentenceTokens;
    private final List<Integer> paragraphOfSentence;

    ArticleText(Article article, List<RemovedText> removed, List<Sentence> sentences, List<List<Token>> sentenceTokens,
                List<Integer> paragraphOfSentence) {
        this.article = article;
        this.removed = List.copyOf(removed);
        this.sentences = List.copyOf(sentences);
        this.sentenceTokens = sentenceTokens.stream().map(List::copyOf).toList();
        this.paragraphOfSentence = List.copyOf(paragraphOfSentence);
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public List<RemovedText> removed() {
        return removed;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The part of the page a sentence belongs to (body, headline, byline …). */
    public org.warta.model.TextPart part(int index) {
        return sentences.get(index).part();
    }

    /** Whether the sentence belongs to the article's body: the only part read for meetings and statements. */
    public boolean isBody(int index) {
        return sentences.get(index).part() == org.warta.model.TextPart.BODY;
    }

    public String sentenceText(int index) {
        return sentences.get(index).span().of(article.text());
    }

    public List<Token> tokens(int sentenceIndex) {
        return sentenceTokens.get(sentenceIndex);
    }

    /** The paragraph (line) a sentence belongs to; paragraphs are numbered in text order from 0. */
    public int paragraph(int sentenceIndex) {
        return paragraphOfSentence.get(sentenceIndex);
    }

    /** Whether the sentence is the first of its paragraph. */
    public boolean startsParagraph(int sentenceIndex) {
        return sentenceIndex == 0 || paragraph(sentenceIndex - 1) != paragraph(sentenceIndex);
    }

    /** The index of the sentence containing the offset, or -1 when it lies in boilerplate or between sentences. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public String of(Span span) {
        return span.of(article.text());
    }

    /** All tokens of the article in order. */
    public List<Token> allTokens() {
        List<Token> all = new ArrayList<>();
        sentenceTokens.forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }
}
