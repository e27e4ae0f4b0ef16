package org.warta.extract.statement;

import java.util.List;
import org.warta.model.Span;
import org.warta.text.Token;

/** A quotation in a sentence: tokens {@code open} and {@code close} are its marks (close may be the end). */
record Quote(int open, int close) {
    /** Whether anything stands between the marks. */
    boolean hasContent() {
        return close - open >= 2;
    }

    /** The quoted words, without the marks. */
    Span content(List<Token> tokens) {
        return new Span(tokens.get(open + 1).start(), tokens.get(close - 1).end());
    }

    /** Whether the quotation is most of the sentence. */
    boolean coversSentence(int sentenceTokens) {
        return (close - open) * 2 >= sentenceTokens;
    }

    boolean startsSentence() {
        return open <= 1;
    }

    boolean contains(int token) {
        return open < token && token < close;
    }
}
