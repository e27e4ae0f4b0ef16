package org.warta.model;

import java.util.Optional;

/**
 * A time expression and its normalized value. {@code value} is empty when the expression cannot be resolved,
 * for example a relative expression in an article without a publication date; {@code note} then says why.
 */
public record TimeMention(Span span, String text, Optional<TimeValue> value, String note) {
    public TimeMention {
        if (span == null || text == null) {
            throw new WartaException("time mention fields must not be null");
        }
        value = value == null ? Optional.empty() : value;
        note = note == null ? "" : note;
    }
}
