package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.Token;
import org.warta.text.Tokenizer;

/**
 * Any input: random text made of time words, random and inconsistent tokens, and megabyte lines. Nothing throws,
 * spans stay in bounds, in order and apart, results repeat, and the work grows linearly.
 */
class TimeRobustnessTest {
    private static final TimeExtractor EXTRACTOR = TimeTesting.EXTRACTOR;
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final String[] WORDS = {"pada", "hari", "Senin", "Minggu", "minggu", "pekan", "lalu", "depan",
        "ini", "mendatang", "hingga", "dan", "-", "–", "(", ")", ",", "12/7/2023", "9/8/23", "23/3", "29/2", "31/2",
        "6", "10", "31", "2019", "1900", "2100", "3000", "Maret", "Februari", "Des", "Jul", "tahun", "bulan", "akhir",
        "awal", "kemarin", "lusa", "besok", "sehari", "kemudian", "sebelumnya", "dua", "beberapa", "keesokan",
        "harinya", "yang", "sama", "terakhir", "dari", "sejak", "Jum'at", "Jum’at", "malam", "dini", "setahun",
        "x", "é", "\u200b", "😀", "   ", "\n", "0/0", "99/99/9999", "1/13", "00/01/00", "tahun", "sampai", "dengan"};

    @Test
    void randomTimeWordsNeverBreakAnything() {
        Random random = new Random(20240405L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(30);
            for (int w = 0; w < words; w++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
            List<TimeExpression> found = EXTRACTOR.find(text, tokens);
            checkSpans(text, found);
            assertEquals(found, EXTRACTOR.find(text, tokens), () -> "deterministic on '" + text + "'");
            Optional<TimeValue> previous = Optional.empty();
            for (TimeExpression e : found) {
                LocalDate anchor = LocalDate.of(1990 + random.nextInt(60), 1, 1).plusDays(random.nextInt(366));
                Optional<LocalDate> a = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(anchor);
                Tense tense = Tense.values()[random.nextInt(3)];
                TimeMention m = EXTRACTOR.resolve(e, a, tense, previous);
                assertNotNull(m);
                assertEquals(e.span(), m.span());
                assertTrue(m.value().isPresent() || !m.note().isEmpty(), () -> "unresolved without a note: " + e);
                if (m.value().isPresent()) {
                    previous = m.value();
                }
            }
        }
    }

    @Test
    void randomCharactersNeverBreakAnything() {
        Random random = new Random(7L);
        String alphabet = "aeiSMmnprtuh()/-–,.:'’0123456789 \t\n\u00a0\u200bé😀";
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            checkSpans(text, EXTRACTOR.find(text, TOKENIZER.tokenize(text, 0, text.length())));
        }
    }

    @Test
    void inconsistentTokensNeverBreakAnything() {
        Random random = new Random(99L);
        Token.Kind[] kinds = Token.Kind.values();
        for (int round = 0; round < 3000; round++) {
            String text = random.nextBoolean() ? "pada Senin (12/7) hingga Rabu" : "";
            List<Token> tokens = new ArrayList<>();
            int count = random.nextInt(15);
            for (int k = 0; k < count; k++) {
                String word = random.nextInt(8) == 0 ? null : WORDS[random.nextInt(WORDS.length)];
                int start = random.nextInt(80) - 20;
                int end = start + random.nextInt(30) - 10;
                Token.Kind kind = random.nextInt(8) == 0 ? null : kinds[random.nextInt(kinds.length)];
                String norm = random.nextInt(8) == 0 ? null : word == null ? null : Token.normalize(word);
                tokens.add(random.nextInt(10) == 0 ? null : new Token(start, end, word, kind, random.nextBoolean(), norm));
            }
            List<TimeExpression> found = EXTRACTOR.find(text, tokens);
            checkSpans(text, found);
            for (TimeExpression e : found) {
                assertNotNull(EXTRACTOR.resolve(e, Optional.of(LocalDate.of(2024, 2, 29)), Tense.UNKNOWN,
                        Optional.empty()));
            }
        }
    }

    /** A megabyte on one line, of words that each start an expression without finishing one. */
    @ParameterizedTest(name = "\"{0}\" repeated to 1 MB")
    @ValueSource(strings = {"pada hari ", "Senin hingga ", "( 12/3 - ", "6 - ", "akhir bulan Maret hingga ",
        "dua pekan ", "pada pada pada 2019 ", "Senin (12/7) sore hingga Rabu (14/7) malam dan ", "x"})
    void megabyteLineIsLinear(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
        List<TimeExpression> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> EXTRACTOR.find(text, tokens));
        checkSpans(text, found);
    }

    private static void checkSpans(String text, List<TimeExpression> found) {
        int lastEnd = 0;
        for (TimeExpression e : found) {
            assertTrue(e.span().start() >= lastEnd, () -> "in order and apart: " + e);
            assertTrue(e.span().end() <= text.length(), () -> "in bounds: " + e);
            assertEquals(e.span().of(text), e.text());
            lastEnd = e.span().end();
        }
    }
}
