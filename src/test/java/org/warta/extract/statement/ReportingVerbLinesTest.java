package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.Clauses;
import org.warta.extract.Entities;
import org.warta.extract.LexiconLines;
import org.warta.extract.ReportingVerbs;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/**
 * Every reporting verb of {@code reporting-verbs.tsv}, in a sentence shaped for its class, attributes speech as
 * the class says: post after a quotation, verb and act after their subject (act's content starting at the verb),
 * source before its content, passive never with its subject as speaker. Ani spoke last, in the same paragraph:
 * she is whom "-nya" refers to.
 */
class ReportingVerbLinesTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");
    private static final SpeakerMemory ANI_SPOKE = SpeakerMemory.none().spoke(ANI, 0);
    private static final String QUOTED = "Kerja sama ini sangat penting bagi kami";

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(ReportingVerbs.class, "reporting-verbs.tsv");
    }

    private static SentenceContext sentence(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        if (t.text().contains("Budi")) {
            e.mention("Budi", BUDI);
        }
        return SentenceContext.of(t, e.build(), 0);
    }

    /** The first quotation's attribution as "speaker verb KIND", or "-". */
    private static String quoted(String text) {
        SentenceContext s = sentence(text);
        Quote q = StatementStages.FINDER.find(s.tokens()).get(0);
        return StatementStages.QUOTES.attribute(s, StatementStages.clauses(s), q, ANI_SPOKE, false)
                .map(a -> a.attribution().speaker().name() + " " + a.attribution().verb() + " " + a.kind())
                .orElse("-");
    }

    /** Reported speech as "speaker verb: content", or "-". */
    private static String reported(String text) {
        SentenceContext s = sentence(text);
        Optional<EntityRef> cited = Optional.empty();
        for (Clauses.Clause c : StatementStages.clauses(s)) {
            IndirectSpeech.ClauseSpeech found = StatementStages.INDIRECT.scan(s, c, List.of(), ANI_SPOKE, cited);
            cited = found.cited();
            if (found.found().isPresent()) {
                IndirectSpeech.Found f = found.found().get();
                return f.attribution().speaker().name() + " " + f.attribution().verb() + ": "
                        + s.text().of(f.content());
            }
        }
        return "-";
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyVerbAttributesSpeechAsItsClassSays(LexiconLines.Line line) {
        String v = line.word();
        boolean nya = v.endsWith("nya");
        switch (line.field(1)) {
            case "post" -> assertEquals((nya ? "Ani " : "Budi ") + v + " DIRECT",
                    quoted("“" + QUOTED + ",” " + v + (nya ? "." : " Budi.")));
            case "verb" -> assertEquals("Budi " + v + ": kerja sama kedua negara akan diperkuat",
                    reported("Budi " + v + " bahwa kerja sama kedua negara akan diperkuat."));
            case "act" -> assertEquals("Budi " + v + ": " + v + " langkah kedua negara itu",
                    reported("Budi " + v + " langkah kedua negara itu."));
            case "source" -> {
                if (nya) {
                    // "menurutnya" names no one after it: it gives a quotation to the speaker it refers back to
                    assertEquals("Ani " + capitalized(v) + " MIXED",
                            quoted(capitalized(v) + ", “" + QUOTED + ".”"));
                } else {
                    assertEquals("Budi " + capitalized(v) + ": kerja sama kedua negara akan diperkuat",
                            reported(capitalized(v) + " Budi, kerja sama kedua negara akan diperkuat."));
                }
            }
            case "passive" -> {
                assertEquals("Ani " + v + " DIRECT", quoted("Seperti " + v + " darinya: “" + QUOTED + ".”"));
                assertEquals("-", reported("Budi " + v + " bahwa kerja sama kedua negara akan diperkuat."),
                        "the subject of a passive verb is not its speaker");
            }
            case "agent" -> {
                // "Hal itu disampaikan oleh X": nothing said here, but X is the one speaking next
                StatementStages.assertLavrovSpeaksNext("Hal itu %s oleh Sergei Lavrov di Jakarta.", v, "dibahas");
            }
            default -> fail("no template for the class of " + line);
        }
    }
}
