package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.ANTARA;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.TestSupport;
import org.warta.extract.Entities;
import org.warta.extract.LexiconLines;
import org.warta.extract.SentenceContext;
import org.warta.extract.Texts;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.model.StatementKind;
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
    private static final String AGGREGATE_CUE = "cues.tsv lists the same words with \"kali\" as an aggregate cue, "
            + "which rules out every clause the count of meetings (a quantity word right before \"kali\") would: "
            + "the line decides nothing while the cue is there";
    private static final String SINGULAR_TOO = "the word is a singular-pronoun too, and where no person is named "
            + "between it and the trigger, Subjects' later rule (a singular pronoun before the sentence's first "
            + "person) gives the same antecedent; this line decides only when a person is named between two "
            + "singular pronouns (\"Ia memuji Citra dan ia bertemu dengan Ani\": Citra, not Budi), a reading not to "
            + "pin down";
    private static final String OBJECT_LEAD_TOO = "the word is an object-lead too, and the words between a noun "
            + "trigger and its later \"dengan\" may be of either class: the line decides nothing while the other "
            + "is there";

    /** Why a line is not exercised, and the fact that makes it so: once that no longer holds, it must be. */
    private record NotExercised(String reason, Predicate<String> holds) {
    }

    private static NotExercised hyphenated(String more) {
        return new NotExercised(HYPHENATED + more, w -> Texts.tokens(w).size() > 1);
    }

    /** A line the same rule also reads in another class, for the same word. */
    private static NotExercised alsoOf(MeetingWord other, String reason) {
        return new NotExercised(reason, w -> MeetingStages.LEXICON.is(Texts.tokens(w).get(0), other));
    }

    private static NotExercised aggregateCue() {
        return new NotExercised(AGGREGATE_CUE, w -> MeetingStages.LEXICON.hasCue(Texts.tokens(w + " kali"), 0, 2,
                MeetingLexicon.Cue.AGGREGATE));
    }

    /** Lines whose effect no sentence can show, with the reason; keyed by the line. */
    private static final Map<String, NotExercised> NOT_EXERCISED = Map.ofEntries(
            Map.entry("masing-masing\tobject-lead", hyphenated("")),
            Map.entry("masing-masing\tseparate", hyphenated("")),
            Map.entry("sela-sela\tevent", hyphenated(" (\"di sela-sela KTT\" is still an event name: its last "
                    + "token is the line \"sela\")")),
            Map.entry("bersama-sama\tjoint", hyphenated(" (its first token is the connector \"bersama\", no joint "
                    + "word)")),
            Map.entry("puluhan\tquantity", aggregateCue()),
            Map.entry("belasan\tquantity", aggregateCue()),
            Map.entry("ratusan\tquantity", aggregateCue()),
            Map.entry("beberapa\tquantity", aggregateCue()),
            Map.entry("berulang\tquantity", aggregateCue()),
            Map.entry("ia\tpronoun", alsoOf(MeetingWord.SINGULAR_PRONOUN, SINGULAR_TOO)),
            Map.entry("dia\tpronoun", alsoOf(MeetingWord.SINGULAR_PRONOUN, SINGULAR_TOO)),
            Map.entry("beliau\tpronoun", alsoOf(MeetingWord.SINGULAR_PRONOUN, SINGULAR_TOO)),
            Map.entry("kedua\tobject-gap", alsoOf(MeetingWord.OBJECT_LEAD, OBJECT_LEAD_TOO)),
            Map.entry("ketiga\tobject-gap", alsoOf(MeetingWord.OBJECT_LEAD, OBJECT_LEAD_TOO)));

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

    /** Budi, Ani, Citra, Dewi, Eko, Jepang, Osaka, ASEAN and Antara wherever written. */
    private static ArticleEntities entities(ArticleText t) {
        return entities(t, Entities.of(t));
    }

    /**
     * {@link #entities(ArticleText)}, with Ani of Japan, Citra of Russia and Dewi of Indonesia: guests of different
     * states, whom a host meets one by one unless the clause says they met together.
     */
    private static ArticleEntities envoys(ArticleText t) {
        return entities(t, Entities.of(t).affiliation(person("Ani"), JAPAN.ref())
                .affiliation(person("Citra"), RUSSIA.ref()).affiliation(person("Dewi"), INDONESIA.ref()));
    }

    private static ArticleEntities entities(ArticleText t, Entities e) {
        e.affiliation(OSAKA.ref(), JAPAN.ref());
        for (String p : List.of("Budi", "Ani", "Citra", "Dewi", "Eko")) {
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
        return site(text, at, MeetingWordLinesTest::entities);
    }

    private static TriggerSite site(String text, String at, Function<ArticleText, ArticleEntities> entities) {
        ArticleText t = Texts.text(text);
        return MeetingStages.lexiconSite(t, entities.apply(t), t.sentences().size() - 1, at);
    }

    private static TriggerReader.Outcome read(String text, String at) {
        return read(site(text, at));
    }

    private static TriggerReader.Outcome read(TriggerSite site) {
        return MeetingStages.READER.read(site, SentenceState.start(), Optional.empty());
    }

    /** The meetings the trigger at {@code at} reports, "A+B | C+D", or "none". */
    private static Function<String, String> meetings(String at) {
        return meetings(at, MeetingWordLinesTest::entities);
    }

    private static Function<String, String> meetings(String at, Function<ArticleText, ArticleEntities> entities) {
        return text -> names(read(site(text, at, entities)));
    }

    /** The meetings the trigger at {@code at} of the first sentence reports (the article goes on after it). */
    private static Function<String, String> inFirstSentence(String at) {
        return text -> {
            ArticleText t = Texts.text(text);
            return names(read(MeetingStages.lexiconSite(t, entities(t), 0, at)));
        };
    }

    private static String names(TriggerReader.Outcome o) {
        String s = o.candidates().stream().map(c -> c.participants().stream().map(EntityRef::name)
                .collect(Collectors.joining("+"))).collect(Collectors.joining(" | "));
        return s.isEmpty() ? "none" : s;
    }

    /**
     * The meetings the trigger at {@code at} reports when the sentence's quotation (“…”) is Budi's, as the
     * statement stage finds it before the meeting stage reads the article.
     */
    private static Function<String, String> quotedFromBudi(String at) {
        return text -> {
            TriggerSite s = site(text, at);
            int open = text.indexOf('“') + 1;
            int close = text.indexOf('”');
            Statement said = new Statement(1, person("Budi"), text.substring(open, close), new Span(open, close),
                    StatementKind.DIRECT, "kata", s.sentence().index(), Optional.empty());
            return names(read(new TriggerSite(s.sentence(), s.clauses(), s.clause(), s.hit(), s.actors(), s.times(),
                    Optional.of(said), List.of(said))));
        };
    }

    private static Function<String, String> place(String at) {
        return text -> read(text, at).candidates().get(0).place().map(EntityRef::name).orElse("-");
    }

    /** Whether the first meeting the trigger at {@code at} reports is told as an earlier one. */
    private static Function<String, String> previous(String at) {
        return text -> String.valueOf(read(text, at).candidates().get(0).previous());
    }

    /** The status of the first meeting the trigger at {@code at} reports. */
    private static Function<String, String> status(String at) {
        return text -> read(text, at).candidates().get(0).status().label();
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
     * The pronoun's sentence must hold no demonstrative before the trigger ("Setelah itu …"): such a description
     * carries the story's subject over by itself.
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

    /** The word as its sentence writes it: capitalized where it opens the sentence. */
    private static String written(String cls, String w) {
        return switch (cls) {
            case "singular-pronoun", "first-person", "then", "ceremonial", "companion", "after-meeting" -> capitalized(w);
            case "pair", "trio", "quartet" -> w.startsWith("ber") ? w : capitalized(w);
            case "spokesperson" -> w.equals("bicara") ? "Juru bicara" : capitalized(w); // the title the word is in
            case "collective-noun" -> w.equals("kepala") ? "kepala negara" : w;
            case "welcome" -> w.equals("melepas") ? "melepas kepergian" : w; // a farewell is read at its trigger
            case "envoy" -> switch (w) { // the title the word opens
                case "duta" -> "Duta Besar";
                case "konsulat" -> "Konsulat Jenderal";
                default -> capitalized(w);
            };
            default -> w;
        };
    }

    /** Whether the clause splitter opens a clause at the word inside a sentence ("… oleh Ani saat menemui …"). */
    private static boolean opensClause(String w) {
        return MeetingStages.CLAUSES.split(Texts.tokens("Budi memuji Ani " + w + " menemui Citra"), true).size() > 1;
    }

    /** Those first named in a story of {@code size} persons, as written and as a meeting's participants. */
    private static String named(int size) {
        return List.of("Budi dan Ani", "Budi, Ani dan Citra", "Budi, Ani, Citra dan Dewi").get(size - 2);
    }

    private static String members(int size) {
        return String.join("+", List.of("Budi", "Ani", "Citra", "Dewi").subList(0, size));
    }

    /**
     * A group of {@code size} told of by its number ("Keduanya", "mereka bertiga", "Ketiga menteri") is the subject:
     * the persons named last. In its place, "Rombongan" or "Para menteri" leave the subject to the story (its first
     * person, Budi), and "Mereka" is a pronoun with Budi, the subject of its sentence, for referent.
     */
    private static Case numbered(String w, int size) {
        String story = named(size) + " tiba di Osaka kemarin. ";
        String all = members(size) + "+Eko";
        if (w.endsWith("nya")) {
            return new Case(story + "%s lalu bertemu dengan Eko.", "Rombongan", meetings("bertemu"), all, "Budi+Eko");
        }
        if (w.startsWith("ber")) {
            return new Case(story + "Mereka %s bertemu dengan Eko.", "lalu", meetings("bertemu"), all, "Budi+Eko");
        }
        return new Case(story + "%s menteri lalu bertemu dengan Eko.", "Rombongan", meetings("bertemu"), all, "Budi+Eko");
    }

    /**
     * The host meets guests of different states: one meeting with each, unless a joint word says they met together.
     * Two guests, or three where the word counts four or five ("berempat"; "lima": the fifth goes unnamed).
     */
    private static Case joint(String w) {
        boolean four = w.contains("empat") || w.equals("lima");
        String guests = four ? "Ani, Citra dan Dewi" : "Ani dan Citra";
        String together = four ? "Budi+Ani+Citra+Dewi" : "Budi+Ani+Citra";
        String apart = four ? "Budi+Ani | Budi+Citra | Budi+Dewi" : "Budi+Ani | Budi+Citra";
        String met = "Budi bertemu dengan " + guests;
        Function<String, String> observe = meetings("bertemu", MeetingWordLinesTest::envoys);
        if (w.endsWith("nya")) {
            return new Case(met + " di Osaka dan %s sepakat memperluas kerja sama.", "mereka", observe, together,
                    apart);
        }
        if (w.startsWith("ber")) {
            return new Case(met + " di Osaka lalu berbincang %s.", "santai", observe, together, apart);
        }
        return new Case(met + " dalam pertemuan %s menteri luar negeri.", "para", observe, together, apart);
    }

    /**
     * "Pertemuan pertama hari itu adalah dengan Ani": words between a noun trigger and a later "dengan" keep the
     * "dengan" the trigger's, and the subject the story follows (Budi) meets Ani; a word of no class in the chain
     * leaves "dengan" to something else, and no meeting is told. Each word stands where it is written.
     */
    private static Case objectGap(String w) {
        String story = "Budi tiba di Osaka kemarin. ";
        Function<String, String> observe = meetings("Pertemuan");
        return switch (w) {
            case "adalah", "merupakan" -> new Case(story + "Pertemuan lanjutan itu %s yang pertama dengan Ani.",
                    "menjadi", observe, "Budi+Ani", "none");
            case "di", "pada" -> new Case(story + "Pertemuan pertama %s hari itu adalah dengan Ani.", "sepanjang",
                    observe, "Budi+Ani", "none");
            case "hari", "pagi", "siang", "sore", "malam" -> new Case(story
                    + "Pertemuan pertama %s itu adalah dengan Ani.", "tim", observe, "Budi+Ani", "none");
            case "itu", "ini", "tersebut" -> new Case(story + "Pertemuan pertama hari %s adalah dengan Ani.",
                    "Senin", observe, "Budi+Ani", "none");
            case "yang" -> new Case(story + "Pertemuan %s pertama hari itu adalah dengan Ani.", "tim", observe,
                    "Budi+Ani", "none");
            default -> new Case(story + "Pertemuan %s hari itu adalah dengan Ani.", "tim", observe, "Budi+Ani",
                    "none");
        };
    }

    /** The case of a class; {@code w} is the word as it is written in the sentence. */
    private static Case caseOf(String cls, String w) {
        return switch (cls) {
            case "connector" -> Texts.tokens(w).get(0).isWord()
                    ? new Case("Budi %s Ani bertemu dengan Citra.", "melihat", meetings("bertemu"), "Budi+Ani+Citra",
                    "Ani+Citra")
                    // a comma or "&" joins a group only in a list a word closes ("Budi, Ani dan Citra"): commas
                    // alone set off an apposition or a fronted phrase
                    : new Case("Budi %s Ani dan Citra bertemu dengan Dewi.", "melihat", meetings("bertemu"),
                    "Budi+Ani+Citra+Dewi", "Ani+Citra+Dewi");
            case "demonstrative" -> new Case("Kunjungan %s berlangsung pada Senin.", "panjang",
                    MeetingWordLinesTest::refined, "2024-04-01", "-");
            case "referred" -> new Case("Kunjungan yang %s berlangsung pada Senin.", "panjang",
                    MeetingWordLinesTest::refined, "2024-04-01", "-");
            case "quantity" -> new Case("Budi bertemu dengan Ani %s kali.", "dua", admission("bertemu"), "REJECT",
                    "KEEP");
            case "count-noun" -> new Case("Budi bertemu dengan Ani 12 %s.", "menit", admission("bertemu"), "REJECT",
                    "KEEP");
            case "last-instance" -> new Case("Budi bertemu dengan Ani 12 kali, %s pada September.", "bahkan",
                    admission("bertemu"), "LAST 0", "REJECT");
            case "object-lead" -> new Case("Budi berunding %s Ani.", "pagi", meetings("berunding"), "Budi+Ani",
                    "none");
            // how long the meeting lasted, between the trigger and its object, is passed over
            case "duration" -> new Case("Budi berunding %s dengan Ani.", "soal", meetings("berunding"), "Budi+Ani",
                    "none");
            case "number-word" -> new Case("Budi berunding selama hampir %s jam dengan Ani.", "soal",
                    meetings("berunding"), "Budi+Ani", "none");
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
            // a meeting added to is one told already: the plan after its comma is the main clause's
            case "besides" -> new Case("%s menemui Ani, Budi juga dijadwalkan bertemu Citra.", "Usai",
                    status("menemui"), "occurred", "planned");
            // an invitation taken up asks for nothing more: the meeting is held
            case "accepts" -> new Case("Budi %s undangan makan malam bersama Ani di Osaka.", "menolak",
                    meetings("makan malam"), "Budi+Ani", "none");
            // the kind of place between the marker and the place leaves it the meeting's place
            case "place-kind" -> new Case("Budi bertemu dengan Ani di %s Osaka.", "bersama", place("bertemu"),
                    "Osaka", "-");
            // what was talked of in a place is no meeting place: the meeting stays where it was
            case "topic" -> new Case("Budi bertemu dengan Ani dan membahas %s di Osaka.", "rencana", place("bertemu"),
                    "-", "Osaka");
            case "event" -> new Case("Budi hadir di %s ASEAN.", "kantor", MeetingWordLinesTest::eventName, "true",
                    "false");
            // whose ceremony is attended is not met: the person after the word is no actor
            case "ceremony" -> new Case("Budi terbang ke Osaka untuk menghadiri %s Ani.", "bersama",
                    MeetingWordLinesTest::actors, "Budi", "Budi, Ani");
            // an honorific may stand between a trigger and its object
            case "honorific" -> new Case("Budi bertemu %s Ani.", "Baru",
                    meetings("bertemu"), "Budi+Ani", "none");
            case "nationals" -> new Case("Budi menyapa %s Jepang.", "kantor", MeetingWordLinesTest::actors, "Budi",
                    "Budi, Japan");
            case "medium" -> new Case("Budi menulis di %s Antara bahwa ia bertemu dengan Ani.", "kantor",
                    MeetingWordLinesTest::actors, "Budi, Ani", "Budi, Antara, Ani");
            case "summit" -> new Case("Budi menghadiri %s ASEAN.", "kantor", meetings("menghadiri"), "Budi+ASEAN",
                    "none");
            case "chaired" -> new Case("Budi menghadiri KTT ASEAN yang %s Ani.", "dihadiri", meetings("menghadiri"),
                    "Budi+Ani+ASEAN", "Budi+ASEAN");
            case "agent" -> new Case("Budi menghadiri KTT ASEAN yang dipimpin %s Ani.", "kemarin",
                    meetings("menghadiri"), "Budi+Ani+ASEAN", "Budi+ASEAN");
            case "pronoun" -> new Case(ANTECEDENT + "Sore harinya %s bertemu dengan Ani.", "lalu",
                    meetings("bertemu"), "Budi+Ani", "none");
            case "singular-pronoun" -> new Case(ANTECEDENT + "%s kemudian pulang ke rumah dan pada sore "
                    + "harinya bertemu dengan Ani.", "Rombongan", meetings("bertemu"), "Budi+Ani", "none");
            case "invitation" -> Set.of("undangan", "ajakan", "usulan", "keinginan", "keinginannya").contains(w)
                    ? new Case("Budi menyampaikan %s untuk bertemu Ani.", "kabar", admission("bertemu"), "REJECT",
                    "KEEP")
                    : new Case("Budi %s Ani untuk bertemu.", "menunggu", admission("bertemu"), "REJECT", "KEEP");
            case "relative" -> new Case("Kunjungan Budi ke Jepang untuk bertemu Ani, %s semula dijadwalkan Juli, "
                    + "ditunda.", "kemudian", admission("bertemu"), "REJECT", "KEEP");
            // the agent of the passive after "yang" is the one the visit is of; after another verb, no visitor
            case "done-by" -> new Case("Kerja sama dibahas dalam kunjungan yang %s Budi ke Jepang.", "disebut",
                    meetings("kunjungan"), "Budi+Japan", "none");
            case "reports" -> new Case("Antara %s bahwa Budi bertemu dengan Ani.", "menulis", cited("bertemu"),
                    "Antara", "-");
            case "according-to" -> new Case("Budi bertemu dengan Ani, %s Antara.", "kata", cited("bertemu"),
                    "Antara", "-");
            // "sebelum" opens a later event (follows), so the earlier class shows where that event's time is
            // passed over: after the trigger's clause, the story's day stays the meeting's
            case "earlier" -> w.equals("sebelum")
                    ? new Case(STORY_DAY + "Budi bertemu dengan Ani, %s pulang ke Jepang pada Selasa.", "dan",
                    storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED 2024-04-02")
                    : new Case(STORY_DAY + earlier(w), "lalu", storyDay("bertemu"), "OCCURRED -",
                    "OCCURRED 2024-04-01");
            // what comes after the main clause ("Budi pulang sebelum bertemu Ani") is no earlier event: the story's
            // day; "setelah" in its place tells an earlier one in passing
            // fronted before a comma, the clause leaves the main clause's meeting on the story's day; a fronted
            // "sebelum" (the main clause came first) keeps it an earlier event
            case "fronted" -> new Case(STORY_DAY + "%s makan siang, Budi bertemu dengan Ani.", "Sejak",
                    storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED -");
            // a time past the word of return dates the visit returned: the story's day is the meeting's
            case "reciprocal" -> new Case(STORY_DAY + "Budi bertemu dengan Ani sebagai %s atas kunjungan Ani pada "
                    + "Maret lalu.", "lanjutan", storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED 2024-03");
            case "follows" -> new Case(STORY_DAY + "Harga beras naik %s Budi bertemu dengan Ani.", "setelah",
                    storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED -");
            // "saya" in Budi's quotation is Budi; another word leaves the meeting without a subject
            case "first-person" -> new Case("“%s sudah bertemu dengan Ani,” kata Budi.", "Warga",
                    quotedFromBudi("bertemu"), "Budi+Ani", "none");
            case "joint" -> joint(w);
            // "bilateral" with a list of guests: the host met each of them
            case "bilateral" -> new Case("Budi mengadakan pertemuan %s dengan Ani dan Citra.", "tertutup",
                    meetings("mengadakan"), "Budi+Ani | Budi+Citra", "Budi+Ani+Citra");
            // a clause the word opens, with the trigger right after it, has for subject the person named last before
            // it (Ani, the agent), not the sentence's first person (Budi). The clause splitter does not cut before
            // every such word ("sewaktu", "tatkala"): a semicolon opens the clause there
            case "subordinate" -> opensClause(w)
                    ? new Case("Budi mengatakan dukungan itu disampaikan oleh Ani %s menemui Citra.", "sebelum",
                    meetings("menemui"), "Ani+Citra", "Budi+Citra")
                    : new Case("Budi mengatakan dukungan itu disampaikan oleh Ani; %s menemui Citra.", "lalu",
                    meetings("menemui"), "Ani+Citra", "Budi+Citra");
            case "pair" -> numbered(w, 2);
            case "trio" -> numbered(w, 3);
            case "quartet" -> numbered(w, 4);
            // after "kedua", a word for persons makes the two named last the subject
            case "collective-noun" -> new Case("Budi dan Ani tiba di Osaka kemarin. Kedua %s lalu bertemu dengan "
                    + "Eko.", "rombongan", meetings("bertemu"), "Budi+Ani+Eko", "Budi+Eko");
            case "object-gap" -> objectGap(w);
            // "Saat itu": the time just told (2019), not the story's day (Monday)
            case "then" -> new Case(STORY_DAY + "Ia pernah tinggal di kota itu pada 2019. %s itu Budi juga bertemu "
                    + "dengan Ani.", "Selain", storyDay("bertemu"), "OCCURRED 2019", "OCCURRED 2024-04-01");
            // "saat ini": now, so the story's day, not the time told just before
            case "proximal" -> new Case(STORY_DAY + "Ia pernah tinggal di kota itu pada 2019. Saat %s Budi juga "
                    + "bertemu dengan Ani.", "itu", storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED 2019");
            // "pertemuan mereka": the meeting of the two persons named last
            case "their" -> new Case("Budi dan Ani berteman sejak pertemuan %s di Osaka.", "pertama",
                    meetings("pertemuan"), "Budi+Ani", "none");
            // an ordinal between the noun and "mereka" leaves the meeting theirs
            case "ordinal" -> new Case("Budi dan Ani berteman sejak pertemuan %s mereka di Osaka.", "resmi",
                    meetings("pertemuan"), "Budi+Ani", "none");
            // what the two decided at the meeting is put off, not the meeting
            case "outcome" -> new Case("Budi bertemu dengan Ani dan keduanya %s menunda tarif baru.", "lalu",
                    admission("bertemu"), "KEEP", "REJECT");
            // "lebih dulu": first on the story's occasion, so the story's day; "sudah dulu" leaves it an earlier event
            case "beforehand" -> new Case(STORY_DAY + "Sebelum makan malam, Budi %s dulu bertemu dengan Ani.",
                    "sudah", storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED -");
            // ", lalu Citra" after the trigger's clause: Citra was met next, apart; a word of no class leaves her out
            case "next-in-turn" -> new Case("Budi bertemu dengan Ani, %s Citra.", "bahkan", meetings("bertemu"),
                    "Budi+Ani | Budi+Citra", "Budi+Ani");
            // what a meeting was about, told on the story's day: the day is the telling's, not the meeting's
            case "content-of" -> new Case(STORY_DAY + "Budi lalu menjawab %s pertemuan dengan Ani.", "soal",
                    storyDay("pertemuan"), "OCCURRED -", "OCCURRED 2024-04-01");
            // a journey's start, then what it is for: the meeting lies ahead; "lalu" tells it as done next
            case "purpose" -> new Case("Budi berangkat ke Osaka %s bertemu dengan Ani.", "lalu", storyDay("bertemu"),
                    "PLANNED -", "OCCURRED -");
            // the list a visit goes to, introduced a few words after the verb; without the word, no list
            case "list-intro" -> new Case("Budi melawat ke sebuah negara di Asia, %s Jepang.", "kemarin",
                    meetings("melawat"), "Budi+Japan", "none");
            // the day after the citing word is when the source was cited: the meeting keeps the story's day
            case "citing" -> new Case(STORY_DAY + "Budi bertemu dengan Ani, %s Antara, Rabu (3/4).", "menurut",
                    storyDay("bertemu"), "OCCURRED 2024-04-01", "OCCURRED 2024-04-03");
            // the persons named after the word accompany Budi and are no side; after "dan" they are one
            case "accompanied" -> new Case("Budi %s Ani bertemu dengan Citra.", "dan", meetings("bertemu"),
                    "Budi+Citra", "Budi+Ani+Citra");
            // the next sentence names the guests told only in general; a word of no class names no one
            case "list-reveal" -> new Case("Budi menerima sejumlah tamu. Mereka %s Ani dan Citra.", "menyapa",
                    inFirstSentence("menerima"), "Budi+Ani+Citra", "none");
            // "ada pula" near the start of the sentence after a list of visitors lists more of them
            case "there-is" -> new Case("Para pejabat yang sudah berkunjung ke Jepang di antaranya Budi dan Ani. "
                    + "Selain itu, %s pula Citra.", "hadir", inFirstSentence("berkunjung"),
                    "Budi+Japan | Ani+Japan | Citra+Japan", "Budi+Japan | Ani+Japan");
            case "list-goes-on" -> new Case("Para pejabat yang sudah berkunjung ke Jepang di antaranya Budi dan Ani. "
                    + "Selain itu, ada %s Citra.", "sekarang", inFirstSentence("berkunjung"),
                    "Budi+Japan | Ani+Japan | Citra+Japan", "Budi+Japan | Ani+Japan");
            // the persons a visit comes after, each with a year, visited the same state then
            case "comes-after" -> new Case("Kunjungan Budi ke Jepang ini yang ketiga, %s Ani pada 1990 dan Citra "
                    + "pada tahun 2001.", "bersama", text -> {
                        ArticleText t = Texts.text(text);
                        TriggerSite site = MeetingStages.lexiconSite(t, entities(t), 0, "Kunjungan");
                        String s = MeetingStages.EARLIER_VISITS.of(site).stream().map(c -> c.participants().stream()
                                .map(EntityRef::name).collect(Collectors.joining("+")) + " " + c.value()
                                .map(TimeValue::toString).orElse("-")).collect(Collectors.joining(" | "));
                        return s.isEmpty() ? "none" : s;
                    }, "Ani+Japan 1990 | Citra+Japan 2001", "none");
            // after a meeting pointed back to, a meeting with no time of its own falls on that one's day, not on the
            // story's day told in between
            case "after-meeting" -> new Case("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di "
                    + "Tokyo pada Senin (1/4). Jokowi akan menghadiri forum bisnis di Osaka esok hari. %s pertemuan "
                    + "tersebut, Jokowi akan menemui Kaisar Naruhito.", "Mirip", text -> TestSupport.analyze(text,
                    "2024-04-05").meetings().stream().filter(m -> m.participants().stream()
                    .anyMatch(p -> p.name().equals("Naruhito"))).map(m -> m.timeValue().map(TimeValue::iso)
                    .orElse("-")).collect(Collectors.joining(" | ")), "2024-04-01", "2024-04-06");
            // a trip for a meeting named after it is read at the meeting's noun, no visit of its own
            case "for-meeting" -> new Case("Budi melakukan kunjungan ke Jepang dalam %s pertemuan trilateral Jepang, "
                    + "Rusia dan Indonesia.", "kabar", meetings("kunjungan"), "none", "Budi+Japan");
            // who joins in a welcome stands beside its host: no meeting of its own
            case "joins-in" -> new Case("Pada hari itu Budi %s menyambut Ani di istana.", "segera",
                    meetings("menyambut"), "none", "Budi+Ani");
            // the sides of the call told last, talking again two days later; "warga" names no one of them
            case "they" -> new Case("Jokowi menelepon Xi Jinping pada 1 April. Pada 3 April, %s kembali berbincang "
                    + "lewat telepon.", "warga", MeetingWordLinesTest::extracted,
                    "Xi Jinping+Joko Widodo | Xi Jinping+Joko Widodo", "Xi Jinping+Joko Widodo");
            // a companion joined to the guest before it is no guest
            case "companion-link" -> new Case("Budi menerima sejumlah tamu. Mereka adalah Ani, Dewi %s Citra.",
                    "dan", inFirstSentence("menerima"), "Budi+Ani+Dewi", "Budi+Ani+Dewi+Citra");
            // a moment come, no arrival: "waktunya telah tiba" (and "tiba saatnya", read the same way)
            // the call is how the request was made: done; after "lalu" the request still governs it
            case "means" -> new Case("Budi meminta Ani tenang %s menelepon Citra.", "lalu", storyDay("menelepon"),
                    "OCCURRED -", "PLANNED -");
            // the speaker recalls a meeting with the one the speaker is meeting; "mereka" is others, no one named
            case "we-both" -> new Case("Jokowi menjamu Xi Jinping di Osaka. “%s pernah bertemu di Bali,” kata Xi.",
                    "Mereka", MeetingWordLinesTest::extracted, "Xi Jinping+Joko Widodo | Xi Jinping+Joko Widodo",
                    "Xi Jinping+Joko Widodo");
            // a meeting told as a previous one is no report of the meeting the story is about
            case "previous" -> new Case("Jokowi menjamu Xi Jinping di Osaka. Jokowi "
                    + "%s bertemu dengan Xi pada April 2023.", "juga", MeetingWordLinesTest::extracted,
                    "Xi Jinping+Joko Widodo | Xi Jinping+Joko Widodo", "Xi Jinping+Joko Widodo");
            // the counterparts in a state are its side; other people there leave it a place
            case "counterpart" -> new Case("Kemarin Jokowi berunding dengan %s di Jepang.", "warga",
                    MeetingWordLinesTest::extracted, "Japan+Joko Widodo", "none");
            case "moment" -> new Case("Budi mengatakan %s telah tiba di Osaka.", "Ani", meetings("tiba"), "none",
                    "Ani+Japan");
            // a plan at no set day does not take the day of the news (published Friday 5 April)
            case "soon" -> new Case("Budi tiba di Osaka pada Jumat. Budi akan %s bertemu dengan Ani.", "kembali",
                    storyDay("bertemu"), "PLANNED -", "PLANNED 2024-04-05");
            // the guests told in general, then named after "termasuk"
            case "including" -> new Case("Budi menjamu sejumlah tamu, %s Ani.", "bahkan", meetings("menjamu"),
                    "Budi+Ani", "none");
            // a group no one names is the subject: Budi, named before, is not carried over
            case "plural-subject" -> new Case("Budi tiba di Osaka, lalu %s warga bertemu dengan Ani.", "kemudian",
                    meetings("bertemu"), "none", "Budi+Ani");
            // staff in the greeter's title: no side of a meeting (read over the whole article, as the extractor does)
            case "ceremonial" -> new Case("Presiden Joko Widodo disambut oleh Kepala %s Jepang, Ani Lestari.",
                    "Staf", MeetingWordLinesTest::extracted, "none", "Joko Widodo+Ani Lestari");
            // the guest of a meal a hosting verb holds is named after "untuk"; a meal only spoken of names none
            case "hosting" -> new Case("Presiden Joko Widodo %s jamuan makan malam untuk Presiden Xi Jinping.",
                    "membahas", MeetingWordLinesTest::extracted, "Xi Jinping+Joko Widodo", "none");
            case "for-guest" -> new Case("Presiden Joko Widodo menggelar jamuan makan malam %s Presiden Xi Jinping.",
                    "seperti", MeetingWordLinesTest::extracted, "Xi Jinping+Joko Widodo", "none");
            case "stopover" -> new Case("Presiden Joko Widodo menuju %s Tokyo, Jepang pada Kamis.", "kota",
                    MeetingWordLinesTest::extracted, "none", "Japan+Joko Widodo");
            // a person right after a verb that reaches its destination only past a locative is who goes there
            case "via-locative" -> new Case("Presiden Joko Widodo mengatakan, pekan depan akan %s Presiden Xi "
                    + "Jinping ke Osaka.", "menyambangi", MeetingWordLinesTest::extracted, "Xi Jinping+Japan",
                    "Xi Jinping+Joko Widodo");
            // a recurring meeting no side of which its clause names is held between the states
            case "periodic" -> new Case("Presiden Joko Widodo menjamu Perdana Menteri Vietnam Pham Minh Chinh di "
                    + "Bogor, Senin (1/4). \"Kami akan menggelar pertemuan %s pada Mei,\" kata Jokowi.",
                    "lanjutan", MeetingWordLinesTest::extracted, "Phạm Minh Chính+Joko Widodo | Indonesia+Vietnam",
                    "Phạm Minh Chính+Joko Widodo | Phạm Minh Chính+Joko Widodo");
            // a meeting held ahead of a later one: the later one's plan and time are not its own
            case "ahead-of" -> new Case("Presiden Joko Widodo menjamu Perdana Menteri Vietnam Pham Minh Chinh di "
                    + "Bogor, Senin (1/4). Keduanya lalu berunding berdua %s pertemuan tahunan yang dijadwalkan pada "
                    + "Mei.", "dan", MeetingWordLinesTest::extracted,
                    "Phạm Minh Chính+Joko Widodo | Indonesia+Vietnam",
                    "Phạm Minh Chính+Joko Widodo | Phạm Minh Chính+Joko Widodo");
            // an entourage told of by no name, joined to the visitor: the destination follows it
            case "entourage" -> new Case("Penyambutan kedatangan Presiden Joko Widodo dan %s di Kabul dilakukan oleh "
                    + "Wakil Presiden Afghanistan Ahmad Zia Massoud, Senin (1/4).", "pejabat",
                    MeetingWordLinesTest::extracted, "Joko Widodo+Ahmad Zia Massoud", "none");
            case "title-lead" -> new Case("Presiden Joko Widodo %s bicara dengan Presiden Xi Jinping.", "lalu",
                    MeetingWordLinesTest::extracted, "none", "Xi Jinping+Joko Widodo");
            // one who speaks for a side is told of the meeting, no side of it
            case "spokesperson" -> new Case("Presiden Joko Widodo bertemu dengan %s Kemlu Jepang Ani Lestari.",
                    "Sekjen", MeetingWordLinesTest::extracted, "none", "Joko Widodo+Ani Lestari");
            // a spouse in the title accompanies the host: no side of the meeting
            // the spouse of a monarch among the sides accompanies; a monarch's title is what makes a queen a consort
            case "consort" -> new Case("Raja Belanda Willem Alexander beserta %s Amalia Lestari berunding dengan "
                    + "Presiden Joko Widodo di Jakarta.", "Menteri", MeetingWordLinesTest::extracted,
                    "Joko Widodo+Willem Alexander", "Joko Widodo+Amalia Lestari+Willem Alexander");
            case "monarch" -> new Case("%s Belanda Willem Alexander beserta Ratu Amalia Lestari berunding dengan "
                    + "Presiden Joko Widodo di Jakarta.", "Menteri", MeetingWordLinesTest::extracted,
                    "Joko Widodo+Willem Alexander", "Joko Widodo+Amalia Lestari+Willem Alexander");
            // a person named in the description of a side is no side
            case "as-role" -> new Case("Menteri Luar Negeri Ani Lestari %s wakil pribadi Presiden Joko Widodo serta "
                    + "Duta Besar Citra Dewi disambut oleh Presiden Xi Jinping.", "dan", MeetingWordLinesTest::extracted,
                    "Xi Jinping+Ani Lestari+Citra Dewi", "Xi Jinping+Joko Widodo+Citra Dewi");
            // a doubt after the word that opens the topic is the topic's, not the meeting's
            case "about" -> new Case("Budi berbicara dengan Ani %s kemungkinan kerja sama.", "dan",
                    storyDay("berbicara"), "OCCURRED -", "UNCERTAIN -");
            // the state a listed person comes from is told of the person: the list goes on past it
            case "origin" -> new Case("Presiden Joko Widodo ditelepon Perdana Menteri Ani Lestari %s Jepang, "
                    + "dan Perdana Menteri Citra Dewi dari Korea Selatan.", "di", MeetingWordLinesTest::extracted,
                    "Joko Widodo+Ani Lestari+Citra Dewi", "Joko Widodo+Ani Lestari");
            case "spouse" -> new Case("Presiden Xi Jinping tiba didampingi sang %s Ani Lestari. Presiden Joko Widodo "
                    + "menyambut Xi Jinping dan Ani Lestari di Istana Bogor.", "ajudan", MeetingWordLinesTest::extracted,
                    "Xi Jinping+Joko Widodo", "Xi Jinping+Joko Widodo+Ani Lestari");
            case "companion" -> new Case("Presiden Joko Widodo dan %s Negara Ani Lestari menyambut Presiden Xi "
                    + "Jinping di Istana Bogor.", "Menteri", MeetingWordLinesTest::extracted, "Xi Jinping+Joko Widodo",
                    "Xi Jinping+Joko Widodo+Ani Lestari");
            // what a denial says did not happen; another subordinate clause after the denial is no claim of it
            // a plan's next clause opening with a contrast and a reason puts the plan off
            case "contrast" -> new Case("Presiden Joko Widodo berencana bertemu dengan Presiden Xi Jinping, %s karena "
                    + "sibuk, ia tinggal di Jakarta.", "dan", MeetingWordLinesTest::extracted, "none",
                    "Xi Jinping+Joko Widodo");
            case "reason" -> new Case("Presiden Joko Widodo berencana bertemu dengan Presiden Xi Jinping, tapi %s "
                    + "sibuk, ia tinggal di Jakarta.", "kemudian", MeetingWordLinesTest::extracted, "none",
                    "Xi Jinping+Joko Widodo");
            // a statement or a message received is no guest received
            case "document" -> new Case("Presiden Joko Widodo menerima %s Presiden Xi Jinping di Istana Merdeka.", "pula",
                    MeetingWordLinesTest::extracted, "none", "Xi Jinping+Joko Widodo");
            case "complement" -> new Case("Istana membantah kabar itu %s Presiden Joko Widodo bertemu dengan "
                    + "Presiden Xi Jinping di Jakarta.", "ketika", MeetingWordLinesTest::extracted, "none",
                    "Xi Jinping+Joko Widodo");
            // a welcome by the guest's compatriots is protocol; a trigger of the same pattern that is no welcome
            // ("dijamu", "menjamu") still reports the meeting
            case "welcome" -> w.startsWith("di")
                    ? new Case("Presiden Joko Widodo %s oleh Menteri Luar Negeri Indonesia Ani Lestari di Jakarta.",
                    "dijamu", MeetingWordLinesTest::extracted, "none", "Joko Widodo+Ani Lestari")
                    : new Case("Menteri Luar Negeri Indonesia Ani Lestari %s Presiden Joko Widodo di Jakarta.",
                    "menjamu", MeetingWordLinesTest::extracted, "none", "Joko Widodo+Ani Lestari");
            // the visit a meeting returns is an earlier one
            case "returns" -> new Case("Ani tiba di Osaka sebagai %s atas kunjungan Budi ke Jepang.", "lanjutan",
                    previous("kunjungan"), "true", "false");
            // talk that names no medium, of the same two as a call and with a time of its own, is that call
            case "talk" -> w.startsWith("ber") || w.equals("bicara")
                    ? new Case("Presiden Joko Widodo menelepon Presiden Xi Jinping. Joko Widodo %s dengan Xi Jinping "
                    + "pada Senin (1/4).", "bertemu", MeetingWordLinesTest::extracted,
                    "Xi Jinping+Joko Widodo", "Xi Jinping+Joko Widodo | Xi Jinping+Joko Widodo")
                    : new Case("Presiden Joko Widodo menelepon Presiden Xi Jinping. Setelah itu, %s antara Joko Widodo "
                    + "dan Xi Jinping pada Senin (1/4) disebut hangat.", "pertemuan", MeetingWordLinesTest::extracted,
                    "Xi Jinping+Joko Widodo", "Xi Jinping+Joko Widodo | Xi Jinping+Joko Widodo");
            // a diplomat travelling in the state of the post pays it no visit; a minister does
            case "envoy" -> new Case("%s Jepang Kenji Sato berkunjung ke Surabaya pada Selasa (2/4).", "Menteri",
                    MeetingWordLinesTest::extracted, "none", "Indonesia+Kenji Sato");
            default -> null;
        };
    }

    /** The meetings the whole pipeline reports in the text, published on 2024-04-05. */
    private static String extracted(String text) {
        String s = TestSupport.analyze(text, "2024-04-05").meetings().stream()
                .map(m -> m.participants().stream().map(EntityRef::name).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" | "));
        return s.isEmpty() ? "none" : s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineChangesTheDecisionOfTheRuleThatReadsIt(LexiconLines.Line line) {
        String w = written(line.field(1), line.word());
        Case c = caseOf(line.field(1), w);
        if (c == null) {
            fail("no sentence for the class of " + line);
        }
        NotExercised not = NOT_EXERCISED.get(line.key());
        if (not != null) {
            assertTrue(not.holds().test(w), line + ": " + not.reason()
                    + " — that no longer holds: take it off the list");
            return;
        }
        String with = c.template().formatted(w);
        String without = c.template().formatted(c.neutral());
        assertEquals(c.with(), c.observe().apply(with), with);
        assertEquals(c.without(), c.observe().apply(without), without);
    }

    @Test
    void everyLineNotExercisedIsAShippedLine() {
        LexiconLines.assertExceptionsAreLines(MeetingLexicon.class, "meeting-words.tsv", NOT_EXERCISED.entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().reason())));
    }
}
