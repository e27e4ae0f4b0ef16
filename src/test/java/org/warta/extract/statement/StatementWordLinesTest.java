package org.warta.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.JAPAN;
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
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/**
 * Every line of {@code statement-words.tsv} changes what {@link IndirectSpeech} (with {@link Speakers}) makes of
 * a sentence, compared with the same sentence with a word of no class in its place.
 */
class StatementWordLinesTest {
    private static final EntityRef BUDI = person("Budi");
    private static final EntityRef ANI = person("Ani");

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(StatementExtractor.class, "statement-words.tsv");
    }

    /** The statement of the last sentence as "speaker: content", or "-"; Budi and Ani are persons, Jepang a state. */
    private static String statement(String text) {
        ArticleText t = Texts.text(text);
        Entities e = Entities.of(t);
        for (EntityRef p : List.of(BUDI, ANI)) {
            if (t.text().contains(p.name())) {
                e.mention(p.name(), p);
            }
        }
        if (t.text().contains("Jepang")) {
            e.mention("Jepang", JAPAN.ref());
        }
        SentenceContext s = SentenceContext.of(t, e.build(), t.sentences().size() - 1);
        Optional<EntityRef> cited = Optional.empty();
        for (Clauses.Clause c : StatementStages.clauses(s)) {
            IndirectSpeech.ClauseSpeech found = StatementStages.INDIRECT.scan(s, c, List.of(), SpeakerMemory.none(),
                    cited);
            cited = found.cited();
            if (found.found().isPresent()) {
                return found.found().get().attribution().speaker().name() + ": " + t.of(found.found().get().content());
            }
        }
        return "-";
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineChangesWhatIsSaidAsItsClassSays(LexiconLines.Line line) {
        String w = line.word();
        switch (line.field(1)) {
            case "negator" -> {
                String template = "Budi %s mengatakan bahwa kerja sama itu akan diperkuat.";
                assertEquals("-", statement(template.formatted(w)), "nothing was said");
                assertEquals("Budi: kerja sama itu akan diperkuat", statement(template.formatted("juga")));
            }
            case "agent-marker" -> {
                StatementStages.assertLavrovSpeaksNext("Hal itu disampaikan %s Sergei Lavrov di Jakarta.", w,
                        "bersama");
            }
            case "particle" -> {
                String template = "Budi tiba di Jepang. Duta Besar itu %s mengatakan bahwa kerja sama itu akan "
                        + "diperkuat.";
                assertEquals("Budi: kerja sama itu akan diperkuat", statement(template.formatted(w)),
                        "the description told of before speaks");
                assertEquals("-", statement(template.formatted("sering")));
            }
            case "act-object" -> {
                String template = "Budi menyampaikan %s kepada para peserta rapat di Jepang.";
                assertEquals("-", statement(template.formatted(w)), "the act itself, nothing said");
                assertEquals("Budi: kabar kepada para peserta rapat di Jepang", statement(template.formatted("kabar")));
            }
            case "infinitive" -> {
                String template = "Budi datang %s mengatakan bahwa kerja sama itu akan diperkuat.";
                assertEquals("-", statement(template.formatted(w)), "a purpose, not speech");
                assertEquals("Budi: kerja sama itu akan diperkuat", statement(template.formatted("juga")));
            }
            case "complementizer" -> {
                String template = "Budi mengatakan %s kerja sama itu akan diperkuat.";
                assertEquals("Budi: kerja sama itu akan diperkuat", statement(template.formatted(w)),
                        "the content starts after the word");
                assertEquals("Budi: juga kerja sama itu akan diperkuat", statement(template.formatted("juga")));
            }
            case "pronoun" -> {
                String template = "Budi tiba kemarin. %s mengatakan bahwa kerja sama itu akan diperkuat.";
                assertEquals("Budi: kerja sama itu akan diperkuat", statement(template.formatted(capitalized(w))),
                        "the pronoun's antecedent speaks");
                assertEquals("-", statement(template.formatted("Juga")));
            }
            case "coordinator" -> {
                String template = "Budi bertemu Ani %s memuji kerja sama kedua negara.";
                assertEquals("Budi: memuji kerja sama kedua negara", statement(template.formatted(w)),
                        "the coordinated predicate is the clause subject's");
                assertEquals("Ani: memuji kerja sama kedua negara", statement(template.formatted("lalu")));
            }
            case "preposition" -> {
                // a state after it is a place, not the speaker
                String template = "Budi, pejabat yang bekerja %s Jepang mengatakan bahwa kerja sama itu akan diperkuat.";
                assertEquals("-", statement(template.formatted(w)), "a place or an object, not the speaker");
                assertEquals("Japan: kerja sama itu akan diperkuat", statement(template.formatted("juga")));
            }
            case "relative" -> {
                // a relative clause after a state tells what it did, not that it spoke
                String template = "Jepang %s mengatakan bahwa kerja sama itu akan diperkuat.";
                assertEquals("-", statement(template.formatted(w)), "a relative clause, not the state speaking");
                assertEquals("Japan: kerja sama itu akan diperkuat", statement(template.formatted("juga")));
            }
            case "demonstrative" -> {
                // a description after a post verb, closed by the word, names someone told of before
                String template = "Budi tiba kemarin. Kerja sama kedua negara akan diperkuat, kata pejabat senior %s.";
                assertEquals("Budi: Kerja sama kedua negara akan diperkuat", statement(template.formatted(w)),
                        "the description's referent speaks");
                assertEquals("-", statement(template.formatted("kementerian")), "a description of no one told of");
            }
            default -> fail("no template for the class of " + line);
        }
    }
}
