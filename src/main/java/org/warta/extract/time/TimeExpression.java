package org.warta.extract.time;

import org.warta.model.Span;
import org.warta.model.WartaException;

/**
 * A time expression found in text, not yet anchored: where it is, its words, and what it says in
 * {@link TimeForm} terms ("Senin lalu" is a {@link TimeForm.Weekday} with {@link TimeForm.Shift#BEFORE}).
 * Leading words such as "pada", "pada hari" and "dari" belong to the span.
 *
 * @param span offsets into the text given to {@link TimeExtractor#find}
 * @param text the covered text, exactly as written
 * @param form the structure, resolved against a publication date by {@link TimeExtractor#resolve}
 */
public record TimeExpression(Span span, String text, TimeForm form) {
    public TimeExpression {
        if (span == null || text == null || form == null) {
            throw new WartaException("time expression fields must not be null");
        }
    }
}
