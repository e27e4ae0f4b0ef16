package org.warta.extract;

import java.util.List;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityMention;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * One sentence as the meeting and statement stages see it: its tokens, and the article's text and entities
 * around it. Immutable; built once per sentence.
 */
public record SentenceContext(ArticleText text, ArticleEntities entities, int index, List<Token> tokens) {
    public static SentenceContext of(ArticleText text, ArticleEntities entities, int index) {
        return new SentenceContext(text, entities, index, text.tokens(index));
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The persons, states and organizations that can act in this sentence (see {@link ArticleEntities#actors}). */
    public List<EntityMention> actors() {
        return entities.actors(index);
    }

    /** Every resolved mention of this sentence, places included. */
    public List<EntityMention> mentions() {
        return entities.inSentence(index);
    }

    public int paragraph() {
        return text.paragraph(index);
    }

    /** The index of the token at a character offset. */
    public int tokenAt(int offset) {
        return Tokens.indexAt(tokens, offset);
    }

    /** The characters of tokens [from, to). */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The text of tokens [from, to) as written. */
    public String textOf(int from, int to) {
        return text.of(span(from, to));
    }
}
