package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.Tokenizer;

/** Shared helpers for the time tests: one extractor, and "find the single expression, resolve it". */
final class TimeTesting {
    static final TimeExtractor EXTRACTOR = TimeExtractor.fromResources();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private TimeTesting() {
    }

    static List<TimeExpression> find(String text) {
        return EXTRACTOR.find(text, TOKENIZER.tokenize(text, 0, text.length()));
    }

    /** The only expression in {@code text}, which must cover all of it. */
    static TimeExpression whole(String text) {
        List<TimeExpression> found = find(text);
        assertEquals(List.of(text), found.stream().map(TimeExpression::text).toList(), "expressions in '" + text + "'");
        return found.get(0);
    }

    static TimeMention resolve(String text, String anchor, Tense tense, String previous) {
        return EXTRACTOR.resolve(whole(text), optionalDate(anchor), tense,
                previous == null || previous.isBlank() ? Optional.empty() : Optional.of(TimeValue.parse(previous)));
    }

    static Optional<LocalDate> optionalDate(String iso) {
        return iso == null || iso.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    }

    /** The ISO value, or "-" when unresolved. */
    static String iso(TimeMention m) {
        return m.value().map(TimeValue::iso).orElse("-");
    }
}
