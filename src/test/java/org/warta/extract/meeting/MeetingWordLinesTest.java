package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.ANTARA;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.Entities;
import org.warta.extract.LexiconLines;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;

/**
 * Every line of {@code meeting-words.tsv} changes the decision of the meeting stage that reads its class, in a
 * sentence written for the class, compared with the same sentence with a word of no class in its place.
 */
class MeetingWordLinesTest {
    private static final String HYPHENATED = "a word-class line is matched against one token, and the tokenizer "
            + "makes a hyphenated word three tokens (word, hyphen, word), so this line never matches";
    /** Lines no sentence can exercise, with the reason; keyed by the line. */
    private static final Map<String, String> NOT_EXERCISED = Map.of(
            "masing-masing\tobject-lead", HYPHENATED,
            "masing-masing\tseparate", HYPHENATED,
            "sela-sela\tevent", HYPHENATED + " (\"di sela-sela KTT\" is still an event name: its last token is "
                    + "the line \"sela\")");

    /**
     * A sentence for a class ({@code %s} is the word), the word of no class put in its place, what is observed,
     * and what is seen with the word and with the other.
     */
    private record Case(String template, String neutral, Function<String, String> observe, String with,
                        String without) {
    }

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(MeetingLexicon.class, "meeting-words.tsv");
    }

    /** Budi, Ani, Citra, Jepang, Osaka, ASEAN and Antara wherever written. */
    private static ArticleEntities entities(ArticleText t) {
        Entities e = Entities.of(t).affiliation(OSAKA.ref(), JAPAN.ref());
        for (String p : List.of("Budi", "Ani", "Citra")) {
            if (t.text().contains(p)) {
                e.mention(p, person(p));
            }
        }
        Map<String, EntityRef> others = Map.of("Jepang", JAPAN.ref(), "Osaka", OSAKA.ref(), "ASEAN", ASEAN.ref(),
                "Antara", ANTARA.ref());
        others.forEach((w, ref) -> {
            if (t.text().contains(w)) {
                e.mention(w, ref);
            }
        });
        return e.build();
    }

    /** The site of the lexicon's trigger at {@code at} in the last sentence. */
    private static TriggerSite site(String text, String at) {
        ArticleText t = Texts.text(text);
        return MeetingStages.lexiconSite(t, entities(t), t.sentences().size() - 1, at);
    }

    private static TriggerReader.Outcome read(String text, String at) {
        return MeetingStages.READER.read(site(text, at), SentenceState.start(), Optional.empty());
    }

    /** The meetings the trigger at {@code at} reports, "A+B | C+D", or "none". */
    private static Function<String, String> meetings(String at) {
        return text -> {
            String s = read(text, at).candidates().stream().map(c -> c.participants().stream().map(EntityRef::name)
                    .collect(Collectors.joining("+"))).collect(Collectors.joining(" | "));
            return s.isEmpty() ? "none" : s;
        };
    }

    private static Function<String, String> place(String at) {
        return text -> read(text, at).candidates().get(0).place().map(EntityRef::name).orElse("-");
    }

    private static Function<String, String> cited(String at) {
        return text -> read(text, at).candidates().get(0).cited().map(EntityRef::name).orElse("-");
    }

    /** RuleOut's decision: KEEP, REJECT, or LAST and the index of the last meeting's time. */
    private static Function<String, String> admission(String at) {
        return text -> {
            RuleOut.Admission a = MeetingStages.RULE_OUT.admit(site(text, at));
            return !a.admitted() ? "REJECT" : a.lastInstance().map(k -> "LAST " + k).orElse("KEEP");
        };
    }

    /** The sentence's actors. */
    private static String actors(String text) {
        ArticleText t = Texts.text(text);
        return MeetingStages.SENTENCE_ACTORS.of(SentenceContext.of(t, entities(t), 0)).stream()
                .map(a -> a.entity().name()).collect(Collectors.joining(", "));
    }

    /** Whether ASEAN names an event. */
    private static String eventName(String text) {
        ArticleText t = Texts.text(text);
        SentenceContext s = SentenceContext.of(t, entities(t), 0);
        Actor asean = MeetingStages.actors(s).stream().filter(a -> a.entity().equals(ASEAN.ref())).findFirst()
                .orElseThrow();
        return String.valueOf(MeetingStages.SENTENCE_ACTORS.isEventName(s.tokens(), asean));
    }

    /** The time "Kunjungan … pada Senin" gives Budi's meeting with Ani in April told before, or "-". */
    private static String refined(String text) {
        TimeMention april = new TimeMention(new Span(0, 1), "April", Optional.of(TimeValue.parse("2024-04")), "");
        MeetingCandidate latest = new MeetingCandidate(List.of(person("Budi"), person("Ani")),
                MeetingStatus.OCCURRED, false, Optional.of(april), Optional.empty(), new Span(0, 1), 0, "bertemu",
                Optional.empty(), false);
        return MeetingStages.READER.read(site(text, "Kunjungan"), SentenceState.start(), Optional.of(latest))
                .refinedLatest().flatMap(MeetingCandidate::value).map(TimeValue::iso).orElse("-");
    }

    /**
     * A pronoun's antecedent, three sentences back: further than a subject the story follows is looked for (two
     * sentences), so that without the pronoun no one stands in for the subject of a meeting with a named object.
     */
    private static final String ANTECEDENT = "Budi tiba kemarin. Hujan turun sepanjang sore. Jalanan kota pun sepi. ";

    /** The sentence that gives the story's day, Monday 1 April 2024, before the meeting told without a time. */
    private static final String STORY_DAY = "Budi tiba di Osaka pada Senin. ";

    /** A meeting told without a time, with the word (%s) where it says the meeting came before the story. */
    private static String earlier(String w) {
        return switch (w) {
            case "setelah", "sebelum", "sejak", "ketika" -> "Harga beras naik %s Budi bertemu dengan Ani.";
            case "silam" -> "Budi bertemu dengan Ani pada masa %s.";
            default -> "Budi %s bertemu dengan Ani.";
        };
    }

    /** The status of the meeting of the trigger at {@code at} and its time, the story's day unless it has its own. */
    private static Function<String, String> storyDay(String at) {
        return text -> {
            ArticleText t = Texts.text(text);
            TriggerSite site = MeetingStages.storySite(t, entities(t), t.sentences().size() - 1, at);
            MeetingCandidate c = MeetingStages.READER.read(site, SentenceState.start(), Optional.empty())
                    .candidates().get(0);
            return c.status() + " " + c.time().flatMap(TimeMention::value).map(TimeValue::iso).orElse("-");
        };
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** The case of a class; {@code w} is the word as it is written in the sentence. */
    private static Case caseOf(String cls, String w) {
        return switch (cls) {
            case "connector" -> new Case("Budi %s Ani bertemu dengan Citra.", "melihat", meetings("bertemu"),
                    "Budi+Ani+Citra", "Ani+Citra");
            case "demonstrative" -> new Case("Kunjungan %s berlangsung pada Senin.", "panjang",
                    MeetingWordLinesTest::refined, "2024-04-01", "-");
            case "quantity" -> new Case("Budi bertemu dengan Ani %s kali.", "dua", admission("bertemu"), "REJECT",
                    "KEEP");
            case "count-noun" -> new Case("Budi bertemu dengan Ani 12 %s.", "menit", admission("bertemu"), "REJECT",
                    "KEEP");
            case "last-instance" -> new Case("Budi bertemu dengan Ani 12 kali, %s pada September.", "bahkan",
                    admission("bertemu"), "LAST 0", "REJECT");
            case "object-lead" -> new Case("Budi berunding %s Ani.", "pagi", meetings("berunding"), "Budi+Ani",
                    "none");
            case "object-marker" -> new Case("Budi memimpin pertemuan %s Ani.", "langsung", meetings("pertemuan"),
                    "Budi+Ani", "none");
            case "between" -> new Case("Pertemuan %s Budi dan Ani berlangsung lancar.", "pagi",
                    meetings("Pertemuan"), "Budi+Ani", "none");
            case "separate" -> new Case("Budi mengadakan pertemuan %s dengan Ani dan Citra.", "tertutup",
                    meetings("mengadakan"), "Budi+Ani | Budi+Citra", "Budi+Ani+Citra");
            case "locative" -> new Case("Budi tiba %s Jepang kemarin.", "bersama", MeetingWordLinesTest::actors,
                    "Budi", "Budi, Japan");
            case "place-list" -> new Case("Budi terbang ke Osaka %s Jepang.", "bersama", MeetingWordLinesTest::actors,
                    "Budi", "Budi, Japan");
            case "destination" -> new Case("Kunjungan Budi %s Jepang berlangsung lancar.", "hingga",
                    meetings("Kunjungan"), "Budi+Japan", "none");
            case "place-marker" -> new Case("Budi bertemu dengan Ani %s Osaka.", "bersama", place("bertemu"),
                    "Osaka", "-");
            case "event" -> new Case("Budi hadir di %s ASEAN.", "kantor", MeetingWordLinesTest::eventName, "true",
                    "false");
            case "summit" -> new Case("Budi menghadiri %s ASEAN.", "kantor", meetings("menghadiri"), "Budi+ASEAN",
                    "none");
            case "chaired" -> new Case("Budi menghadiri KTT ASEAN yang %s Ani.", "dihadiri", meetings("menghadiri"),
                    "Budi+Ani+ASEAN", "Budi+ASEAN");
            case "agent" -> new Case("Budi menghadiri KTT ASEAN yang dipimpin %s Ani.", "kemarin",
                    meetings("menghadiri"), "Budi+Ani+ASEAN", "Budi+ASEAN");
            case "pronoun" -> new Case(ANTECEDENT + "Setelah itu %s bertemu dengan Ani.", "lalu",
                    meetings("bertemu"), "Budi+Ani", "none");
            case "singular-pronoun" -> new Case(ANTECEDENT + "%s kemudian pulang ke rumah dan pada sore "
                    + "harinya bertemu dengan Ani.", "Rombongan", meetings("bertemu"), "Budi+Ani", "none");
            case "invitation" -> w.equals("undangan")
                    ? new Case("Budi menerima %s untuk bertemu Ani.", "kabar", admission("bertemu"), "REJECT", "KEEP")
                    : new Case("Budi %s Ani untuk bertemu.", "mengajak", admission("bertemu"), "REJECT", "KEEP");
            case "relative" -> new Case("Kunjungan Budi ke Jepang untuk bertemu Ani, %s semula dijadwalkan Juli, "
                    + "ditunda.", "kemudian", admission("bertemu"), "REJECT", "KEEP");
            case "reports" -> new Case("Antara %s bahwa Budi bertemu dengan Ani.", "menulis", cited("bertemu"),
                    "Antara", "-");
            case "according-to" -> new Case("Budi bertemu dengan Ani, %s Antara.", "kata", cited("bertemu"),
                    "Antara", "-");
            case "earlier" -> new Case(STORY_DAY + earlier(w), "lalu", storyDay("bertemu"), "OCCURRED -",
                    "OCCURRED 2024-04-01");
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineChangesTheDecisionOfTheRuleThatReadsIt(LexiconLines.Line line) {
        String w = line.field(1).equals("singular-pronoun") ? capitalized(line.word()) : line.word();
        Case c = caseOf(line.field(1), w);
        if (c == null) {
            fail("no sentence for the class of " + line);
        }
        if (NOT_EXERCISED.containsKey(line.key())) {
            assertTrue(Texts.tokens(w).size() > 1, line + ": " + NOT_EXERCISED.get(line.key())
                    + " — it is one token now: take it off the list");
            return;
        }
        String with = c.template().formatted(w);
        String without = c.template().formatted(c.neutral());
        assertEquals(c.with(), c.observe().apply(with), with);
        assertEquals(c.without(), c.observe().apply(without), without);
    }

    @Test
    void everyLineNotExercisedIsAShippedLine() {
        LexiconLines.assertExceptionsAreLines(MeetingLexicon.class, "meeting-words.tsv", NOT_EXERCISED);
    }
}
