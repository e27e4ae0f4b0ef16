package org.warta.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.warta.TestSupport;
import org.warta.extract.Pipeline;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityMention;
import org.warta.model.MeetingReport;
import org.warta.model.RemovedText;
import org.warta.model.RoleAssertion;
import org.warta.model.Sentence;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.model.TimeMention;
import org.warta.model.UnresolvedMention;

/**
 * Properties of the whole text pipeline over random text: news words, names and dates mixed with every kind of
 * character that breaks text code (quotes of every shape, line ends, combining marks, zero-width and bidi
 * characters, emoji, lone surrogates, anything at all). For every text: no exception; every span of every sentence,
 * mention, time, meeting, statement and role lies inside the text (and inside its sentence), and every recorded text
 * is the text at its span; analyzing the same text twice gives equal results.
 */
class PipelinePropertiesTest {
    /** The standard pipeline, built once (Pipelines.standard(Optional.empty()), shared by the tests). */
    static final Pipeline PIPELINE = TestSupport.pipeline();

    static final List<String> WORDS = List.of("Presiden", "Joko Widodo", "Jokowi", "bertemu", "dengan", "Xi Jinping",
            "Vladimir Putin", "Menteri Luar Negeri", "Menlu", "Sergei Lavrov", "Wang Yi", "Bapak Wang", "kata",
            "mengatakan", "menurut", "ujarnya", "akan", "telah", "dijadwalkan", "batal", "di", "Beijing", "Moskow",
            "Jakarta", "Rusia", "Tiongkok", "AS", "PBB", "ASEAN", "KTT", "G20", "kunjungan", "menerima", "menjamu",
            "telepon", "Kremlin", "Gedung Putih", "pada", "Senin", "Selasa (14/11)", "kemarin", "besok", "hari ini",
            "pekan depan", "bulan lalu", "awal Desember", "2023", "15 November 2023", "6-10 Maret", "hingga", "(9-10/11)",
            "Baca juga:", "[iklan_2]", "Komentar (0)", "Erdoğan", "Erdog\u0306an", "Pha\u0323m Minh Chi\u0301nh",
            "محمد بن سلمان", "習近平", "Путин", "🇮🇩", "😀", "e\u0301", "Ⅻ", "١٢/١١");
    static final List<String> MARKS = List.of(".", ",", ";", ":", "!", "?", "\"", "'", "“", "”", "‘", "’", "«", "»",
            "„", "‹", "›", "「", "」", "(", ")", "[", "]", "-", "–", "—", "/", "…", "..", "\\");
    static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0",
            "\u2028", "\u3000", "\f");
    static final List<String> INVISIBLE = List.of("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
            "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad",
            "\u0301", "\u0306", "\u0323", "\u0308", "\u20dd");
    static final List<String> SURROGATES = List.of("\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00",
            "\ud83d\ude00");

    static final List<String> PERSONS = List.of("Joko Widodo", "Jokowi", "Xi Jinping", "Presiden Xi", "Vladimir Putin",
            "Putin", "Sergei Lavrov", "Lavrov", "Wang Yi", "Antony Blinken", "Retno Marsudi", "Erdoğan",
            "Recep Tayyip Erdoğan", "Pu​tin", "Emmanuel Macron", "Kim Jong Un", "Prabowo Subianto");
    static final List<String> TITLES = List.of("Presiden", "Menteri Luar Negeri", "Menlu", "Perdana Menteri",
            "juru bicara Kremlin", "Duta Besar", "Presiden Rusia", "Presiden Tiongkok", "");
    static final List<String> PLACES = List.of("Beijing", "Moskow", "Jakarta", "Bali", "Sochi", "Gedung Putih",
            "sela-sela KTT G20", "Istana Merdeka");
    static final List<String> TIMES = List.of("Senin", "Selasa (14/11)", "kemarin", "besok", "pekan depan",
            "bulan lalu", "15 November 2023", "6-10 Maret", "awal Desember", "hari ini", "Kamis hingga Jumat (9-10/11)");
    static final List<String[]> QUOTES = List.of(new String[] {"\"", "\""}, new String[] {"“", "”"},
            new String[] {"«", "»"}, new String[] {"'", "'"}, new String[] {"“", "\""}, new String[] {"\"", ""},
            new String[] {"", "”"}, new String[] {"„", "“"});

    /** One clause of the shapes the extractors look for: meetings, visits, quotes, reported speech. */
    static Arbitrary<String> clause() {
        Arbitrary<String> p = Arbitraries.of(PERSONS);
        Arbitrary<String> t = Arbitraries.of(TITLES);
        Arbitrary<String> place = Arbitraries.of(PLACES);
        Arbitrary<String> time = Arbitraries.of(TIMES);
        Arbitrary<String> said = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
        Arbitrary<String[]> q = Arbitraries.of(QUOTES);
        return Arbitraries.oneOf(
                Combinators.combine(t, p, t, p, place, time).as((t1, p1, t2, p2, pl, tm) ->
                        t1 + " " + p1 + " bertemu " + t2 + " " + p2 + " di " + pl + " pada " + tm + "."),
                Combinators.combine(p, place, time).as((p1, pl, tm) -> p1 + " akan mengunjungi " + pl + " " + tm + "."),
                Combinators.combine(q, said, p).as((qq, w, p1) -> qq[0] + w + "," + qq[1] + " kata " + p1 + "."),
                Combinators.combine(t, p, said).as((t1, p1, w) -> t1 + " " + p1 + " mengatakan bahwa " + w + "."),
                Combinators.combine(p, said).as((p1, w) -> "Menurut " + p1 + ", " + w + "."),
                Combinators.combine(p, p, time).as((p1, p2, tm) -> p1 + " menerima kunjungan " + p2 + " " + tm + "."),
                Combinators.combine(p, p).as((p1, p2) -> p1 + " dan " + p2 + " berbicara melalui telepon."));
    }

    /** Clauses in paragraphs, with noise characters dropped in at random places. */
    static Arbitrary<String> noisyClauses() {
        Arbitrary<String> paragraphs = clause().list().ofMinSize(1).ofMaxSize(8)
                .map(c -> String.join(" ", c)).list().ofMinSize(1).ofMaxSize(4).map(ps -> String.join("\n", ps));
        Arbitrary<String> noise = Arbitraries.oneOf(Arbitraries.of(INVISIBLE), Arbitraries.of(SURROGATES),
                Arbitraries.of(MARKS), Arbitraries.of(SPACES), Arbitraries.strings().all().ofLength(1));
        Arbitrary<List<Tuple.Tuple2<Double, String>>> drops = Combinators.combine(
                Arbitraries.doubles().between(0, 1), noise).as(Tuple::of).list().ofMaxSize(6);
        return Combinators.combine(paragraphs, drops).as((text, ds) -> {
            StringBuilder b = new StringBuilder(text);
            for (Tuple.Tuple2<Double, String> d : ds) {
                b.insert((int) (d.get1() * b.length()), d.get2());
            }
            return b.toString();
        });
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(wordSalad(), noisyClauses());
    }

    /** Words, names, dates and every kind of troublesome character, in any order. */
    static Arbitrary<String> wordSalad() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(WORDS)),
                Tuple.of(25, Arbitraries.of(SPACES)),
                Tuple.of(15, Arbitraries.of(MARKS)),
                Tuple.of(8, Arbitraries.of(INVISIBLE)),
                Tuple.of(3, Arbitraries.of(SURROGATES)),
                Tuple.of(6, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)),
                Tuple.of(6, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)));
        return token.list().ofMaxSize(150).map(tokens -> String.join("", tokens));
    }

    private static Article article(String text, boolean dated) {
        return TestSupport.article(text, dated ? "2024-04-05" : null);
    }

    @Property(tries = 200)
    void randomTextNeverThrowsAndEverySpanIsInsideItsText(@ForAll("texts") String text, @ForAll boolean dated) {
        ArticleAnalysis a = PIPELINE.analyze(article(text, dated));
        Statistics.label("mentions").collect(a.mentions().isEmpty() ? "none" : "some");
        Statistics.label("times").collect(a.times().isEmpty() ? "none" : "some");
        Statistics.label("meetings").collect(a.meetings().isEmpty() ? "none" : "some");
        Statistics.label("statements").collect(a.statements().isEmpty() ? "none" : "some");
        int n = text.length();
        List<Sentence> sentences = a.sentences();
        int lastEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            inside(s.span(), n, "sentence " + i);
            assertTrue(s.span().start() >= lastEnd, "sentences in order, apart: " + s);
            lastEnd = s.span().end();
        }
        for (RemovedText r : a.removed()) {
            inside(r.span(), n, "removed text");
        }
        for (EntityMention m : a.mentions()) {
            spanned(text, m.span(), m.text(), "mention");
            inSentence(sentences, m.sentenceIndex(), m.span(), "mention " + m.text());
        }
        for (UnresolvedMention u : a.unresolved()) {
            spanned(text, u.span(), u.text(), "unresolved mention");
            inSentence(sentences, u.sentenceIndex(), u.span(), "unresolved mention " + u.text());
        }
        for (TimeMention t : a.times()) {
            spanned(text, t.span(), t.text(), "time");
        }
        for (RoleAssertion r : a.roles()) {
            inside(r.span(), n, "role");
            inSentence(sentences, r.sentenceIndex(), r.span(), "role " + r.position());
        }
        for (MeetingReport m : a.meetings()) {
            inside(m.evidence(), n, "meeting evidence");
            inSentence(sentences, m.sentenceIndex(), m.evidence(), "meeting evidence");
            m.time().ifPresent(t -> spanned(text, t.span(), t.text(), "meeting time"));
        }
        for (Statement s : a.statements()) {
            spanned(text, s.quoteSpan(), s.quote(), "statement quote");
            assertTrue(s.sentenceIndex() >= 0 && s.sentenceIndex() < sentences.size(), "statement sentence");
        }
    }

    @Property(tries = 200)
    void theSameTextGivesTheSameResult(@ForAll("texts") String text, @ForAll boolean dated) {
        ArticleAnalysis first = PIPELINE.analyze(article(text, dated));
        ArticleAnalysis second = PIPELINE.analyze(article(new String(text.toCharArray()), dated));
        assertEquals(first, second);
    }

    private static void inside(Span span, int length, String what) {
        assertTrue(span.start() >= 0 && span.start() <= span.end() && span.end() <= length,
                () -> what + " " + span + " outside the text of length " + length);
    }

    private static void spanned(String text, Span span, String said, String what) {
        inside(span, text.length(), what);
        assertEquals(span.of(text), said, () -> what + " at " + span + " is not the text there");
    }

    private static void inSentence(List<Sentence> sentences, int index, Span span, String what) {
        assertTrue(index >= 0 && index < sentences.size(), () -> what + ": no sentence " + index);
        assertTrue(sentences.get(index).span().contains(span),
                () -> what + " " + span + " outside its sentence " + sentences.get(index));
    }
}
