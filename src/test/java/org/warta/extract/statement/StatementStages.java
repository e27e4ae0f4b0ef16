package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.warta.TestSupport;
import org.warta.extract.Clauses;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.extract.WordClasses;

/** The shipped statement lexicons, loaded once, and the statement stages over them. */
final class StatementStages {
    static final WordClasses<StatementWord> WORDS = StatementExtractor.words();
    static final ReportingVerbs VERBS = ReportingVerbs.fromResources();
    static final Clauses CLAUSES = Clauses.fromResources();
    static final QuoteFinder FINDER = new QuoteFinder();
    static final Speakers SPEAKERS = new Speakers(WORDS);
    static final QuoteAttribution QUOTES = new QuoteAttribution(VERBS, SPEAKERS, WORDS);
    static final IndirectSpeech INDIRECT = new IndirectSpeech(VERBS, SPEAKERS, QUOTES, WORDS);

    private StatementStages() {
    }

    /** The index of the first token of {@code phrase} in the sentence. */
    static int at(SentenceContext s, String phrase) {
        return Texts.indexOf(s.tokens(), phrase);
    }

    static List<Clauses.Clause> clauses(SentenceContext s) {
        return CLAUSES.split(s.tokens());
    }

    /**
     * "Retno … mengatakan …. Hal itu disampaikan oleh Lavrov …. Menurutnya, …": with {@code word} in the gap
     * of the template Lavrov is the one speaking next; with {@code control} there, Retno still is.
     */
    static void assertLavrovSpeaksNext(String template, String word, String control) {
        String text = "Retno Marsudi mengatakan bahwa harga beras naik. " + template
                + " Menurutnya, kerja sama kedua negara akan diperkuat.";
        assertEquals(List.of("Retno Marsudi", "Sergey Lavrov"), speakers(text.formatted(word)));
        assertEquals(List.of("Retno Marsudi", "Retno Marsudi"), speakers(text.formatted(control)));
    }

    /** Who said each statement the whole pipeline finds in the text, in order. */
    static List<String> speakers(String text) {
        return TestSupport.analyze(text, "2024-04-05").statements().stream().map(st -> st.speaker().name()).toList();
    }
}
