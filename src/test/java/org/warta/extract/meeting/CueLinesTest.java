package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.TestSupport;
import org.warta.extract.Entities;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/**
 * Every cue of {@code cues.tsv} changes the meeting "Budi bertemu dengan Ani" reports as its class says — its
 * status, a call, or no meeting at all ({@link TriggerReader} with {@link RuleOut} and {@link StatusReader}) —
 * compared with the same sentence without the cue.
 */
class CueLinesTest {
    /** A sentence with the cue and the same sentence without it. */
    private record Pair(String with, String without) {
    }

    /** The sentence for each class; {@code %s} is the cue. */
    private static final Map<String, String> BY_CLASS = Map.ofEntries(
            Map.entry("planned", "Budi %s bertemu dengan Ani."),
            Map.entry("request", "Budi %s bertemu dengan Ani."),
            Map.entry("uncertain", "Budi %s bertemu dengan Ani."),
            Map.entry("reported", "Budi %s bertemu dengan Ani."),
            Map.entry("negation", "Budi %s bertemu dengan Ani."),
            Map.entry("cancelled", "Budi %s bertemu dengan Ani."),
            Map.entry("hypothetical", "%s Budi bertemu dengan Ani, harga beras turun."),
            Map.entry("aggregate", "Budi bertemu dengan Ani %s."),
            Map.entry("virtual", "Budi bertemu dengan Ani melalui %s."),
            Map.entry("departs", "Budi %s ke Osaka untuk bertemu dengan Ani."),
            // the cue names the meeting: right before a noun trigger, read at "pertemuan"
            Map.entry("cancels-next", "Budi mengumumkan %s pertemuan dengan Ani."),
            Map.entry("plans-next", "Budi mengumumkan %s pertemuan dengan Ani."),
            Map.entry("series-next", "Budi mengumumkan %s pertemuan dengan Ani."),
            Map.entry("discussed-next", "Budi %s pertemuan dengan Ani."),
            Map.entry("venue-next", "Budi meninggalkan %s pertemuan dengan Ani."),
            Map.entry("additive", "Budi %s bertemu dengan Ani."),
            Map.entry("of-akan", "Budi bertemu dengan Ani dengan %s perdamaian."),
            // read over the article: a plan of the same two told in the next sentence
            Map.entry("done", "Presiden Joko Widodo %s bertemu dengan Presiden Xi Jinping di Beijing. Usai pertemuan "
                    + "dengan Xi Jinping, Joko Widodo akan berpidato di depan mahasiswa."));

    /** What the meeting is with the cue, by class; without it the meeting occurred, in person. */
    private static final Map<String, String> SEEN = Map.ofEntries(
            Map.entry("planned", "PLANNED Budi+Ani"),
            Map.entry("request", "PLANNED Budi+Ani"),
            Map.entry("uncertain", "UNCERTAIN Budi+Ani"),
            Map.entry("reported", "UNCERTAIN Budi+Ani"),
            Map.entry("negation", "none"),
            Map.entry("cancelled", "none"),
            Map.entry("hypothetical", "none"),
            Map.entry("aggregate", "none"),
            Map.entry("virtual", "OCCURRED call Budi+Ani"),
            Map.entry("departs", "PLANNED Budi+Ani"),
            Map.entry("cancels-next", "none, called off: Budi+Ani"),
            Map.entry("plans-next", "PLANNED Budi+Ani"),
            Map.entry("series-next", "none"),
            Map.entry("discussed-next", "none"),
            Map.entry("venue-next", "none"));

    /** Cues that read better in sentences of their own. */
    private static final Map<String, Pair> OWN_SENTENCES = Map.ofEntries(
            Map.entry("mendatang", new Pair("Budi bertemu dengan Ani dalam waktu mendatang.",
                    "Budi bertemu dengan Ani dalam waktu dekat.")),
            Map.entry("spekulasi", new Pair("Muncul spekulasi Budi bertemu dengan Ani.",
                    "Muncul kabar Budi bertemu dengan Ani.")),
            Map.entry("rumor", new Pair("Beredar rumor Budi bertemu dengan Ani.", "Beredar kabar Budi bertemu dengan Ani.")),
            Map.entry("tanpa", new Pair("Budi pulang tanpa bertemu dengan Ani.", "Budi pulang setelah bertemu dengan Ani.")),
            Map.entry("dibatalkan", new Pair("Rencana Budi bertemu dengan Ani dibatalkan.",
                    "Rencana Budi bertemu dengan Ani dibahas.")),
            Map.entry("ditunda", new Pair("Rencana Budi bertemu dengan Ani ditunda.",
                    "Rencana Budi bertemu dengan Ani dibahas.")),
            Map.entry("diundur", new Pair("Rencana Budi bertemu dengan Ani diundur.",
                    "Rencana Budi bertemu dengan Ani dibahas.")),
            Map.entry("membatalkan", new Pair("Budi membatalkan waktu bertemu dengan Ani.",
                    "Budi membahas waktu bertemu dengan Ani.")),
            Map.entry("menunda", new Pair("Budi menunda waktu bertemu dengan Ani.",
                    "Budi membahas waktu bertemu dengan Ani.")),
            Map.entry("mengundurkan", new Pair("Budi mengundurkan waktu bertemu dengan Ani.",
                    "Budi membahas waktu bertemu dengan Ani.")),
            Map.entry("semula", new Pair("Budi semula bertemu dengan Ani di Osaka.", "Budi bertemu dengan Ani di Osaka.")),
            Map.entry("sedianya", new Pair("Budi sedianya bertemu dengan Ani di Osaka.",
                    "Budi bertemu dengan Ani di Osaka.")),
            Map.entry("bersedia", new Pair("Budi bersedia bertemu dengan Ani.", "Budi bertemu dengan Ani.")),
            Map.entry("siap bertemu", new Pair("Budi siap bertemu dengan Ani.", "Budi bertemu dengan Ani.")),
            Map.entry("kapan pun", new Pair("Budi bisa bertemu dengan Ani kapan pun.", "Budi bisa bertemu dengan Ani.")),
            Map.entry("sering", new Pair("Budi sering bertemu dengan Ani.", "Budi bertemu dengan Ani.")),
            Map.entry("virtual", new Pair("Budi bertemu virtual dengan Ani.", "Budi bertemu dengan Ani.")),
            Map.entry("secara virtual", new Pair("Budi bertemu dengan Ani secara virtual.", "Budi bertemu dengan Ani.")),
            Map.entry("daring", new Pair("Budi bertemu dengan Ani secara daring.", "Budi bertemu dengan Ani.")),
            Map.entry("online", new Pair("Budi bertemu dengan Ani secara online.", "Budi bertemu dengan Ani.")));

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(MeetingLexicon.class, "cues.tsv");
    }

    private static Pair sentences(String cue, String cls) {
        if (OWN_SENTENCES.containsKey(cue)) {
            return OWN_SENTENCES.get(cue);
        }
        String with = BY_CLASS.get(cls).formatted(cue);
        String without = BY_CLASS.get(cls).formatted("").replace("  ", " ").replace(" .", ".").strip();
        return new Pair(capitalized(with), capitalized(without));
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The meeting "bertemu" reports: "none", or its status, "call" if virtual, and its participants. */
    static String meeting(String text) {
        return meeting(text, "bertemu");
    }

    private static TriggerReader.Outcome read(String text, String at) {
        ArticleText t = Texts.text(text);
        TriggerSite site = MeetingStages.lexiconSite(t, Entities.of(t).mention("Budi", person("Budi"))
                .mention("Ani", person("Ani")).build(), 0, at);
        return MeetingStages.READER.read(site, SentenceState.start(), Optional.empty());
    }

    /** The meeting the trigger at {@code at} reports, as {@link #meeting(String)} tells it. */
    private static String meeting(String text, String at) {
        return read(text, at).candidates().stream()
                .map(c -> c.status() + (c.virtual() ? " call " : " ")
                        + c.participants().stream().map(EntityRef::name).collect(Collectors.joining("+")))
                .findFirst().orElse("none");
    }

    /** The statuses of the meetings the whole pipeline reports in an article published on a Friday. */
    private static List<String> statuses(String text) {
        return TestSupport.analyze(text, "2024-04-05").meetings().stream().map(m -> m.status().name()).toList();
    }

    /** The meeting, and who the meeting the trigger says was called off was between. */
    private static String calledOff(String text, String at) {
        return meeting(text, at) + read(text, at).calledOff().map(p -> ", called off: "
                + p.stream().map(EntityRef::name).collect(Collectors.joining("+"))).orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyCueChangesTheMeetingAsItsClassSays(LexiconLines.Line line) {
        String cls = line.field(1);
        if (!BY_CLASS.containsKey(cls)) {
            fail("no sentence for the class of " + line);
        }
        Pair p = sentences(line.word(), cls);
        if (cls.equals("cancels-next")) {
            // not only no meeting: the meeting it names is called off, so that other reports of it go too; and
            // only the meeting it names ("penundaan proyek" calls off no meeting told after it)
            assertEquals(SEEN.get(cls), calledOff(p.with(), "pertemuan"), p.with());
            assertEquals("OCCURRED Budi+Ani", calledOff(p.without(), "pertemuan"), p.without());
            String other = "Budi mengumumkan " + line.word() + " proyek dalam pertemuan dengan Ani.";
            assertEquals("OCCURRED Budi+Ani", calledOff(other, "pertemuan"), other);
            return;
        }
        if (cls.equals("of-akan")) {
            // "akan" after the word is "of": no plan, where "akan" alone makes the meeting one
            String with = "Budi bertemu dengan Ani dengan " + line.word() + " perdamaian.";
            String plan = "Budi bertemu dengan Ani dengan akan perdamaian.";
            assertEquals("OCCURRED Budi+Ani", meeting(with), with);
            assertEquals("PLANNED Budi+Ani", meeting(plan), plan);
            return;
        }
        if (cls.equals("done")) {
            // a meeting told as done stays held when a plan of the same two follows, which alone makes it planned
            assertEquals(List.of("OCCURRED"), statuses(p.with()), p.with());
            assertEquals(List.of("PLANNED"), statuses(p.without()), p.without());
            return;
        }
        if (cls.equals("additive")) {
            // "not only" denies nothing: the meeting stands where the first word alone negates it
            String with = "Budi " + line.word() + " bertemu dengan Ani.";
            String negated = "Budi " + line.word().split(" ")[0] + " bertemu dengan Ani.";
            assertEquals("OCCURRED Budi+Ani", meeting(with), with);
            assertEquals("none", meeting(negated), negated);
            return;
        }
        if (cls.equals("plans-next") || cls.equals("series-next") || cls.equals("venue-next")
                || cls.equals("discussed-next")) {
            // the cue speaks only of the meeting it names: "rencana proyek", "proses proyek" before another noun
            // change nothing of the meeting told after them
            assertEquals(SEEN.get(cls), meeting(p.with(), "pertemuan"), p.with());
            assertEquals("OCCURRED Budi+Ani", meeting(p.without(), "pertemuan"), p.without());
            String other = "Budi mengumumkan " + line.word() + " proyek dalam pertemuan dengan Ani.";
            assertEquals("OCCURRED Budi+Ani", meeting(other, "pertemuan"), other);
            return;
        }
        assertEquals(SEEN.get(cls), meeting(p.with()), p.with());
        assertEquals("OCCURRED Budi+Ani", meeting(p.without()), p.without());
    }

    static Stream<Arguments> reportedLines() {
        return LexiconLines.read(MeetingLexicon.class, "cues.tsv").stream().filter(l -> l.field(1).equals("reported"))
                .map(l -> Arguments.of(Named.of(l.toString(), l)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportedLines")
    void aReportedPlanIsPlanned(LexiconLines.Line line) {
        assertEquals("PLANNED Budi+Ani", meeting("Budi " + line.word() + " akan bertemu dengan Ani."));
    }
}
