package org.warta.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.ASEAN;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.Entities;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.model.EntityRef;
import org.warta.text.ArticleText;

/**
 * Every trigger of {@code triggers.tsv}, in a sentence written for its pattern, is the trigger found there and
 * gives a meeting with both participants ({@link TriggerReader}), a call when the line says so.
 */
class TriggerLinesTest {
    /** The sentence for each pattern; {@code %s} is the trigger. */
    private static final Map<String, String> BY_PATTERN = Map.of(
            "symmetric", "Budi %s dengan Ani.",
            "host", "Budi %s Ani.",
            "guest", "Budi %s oleh Ani.",
            "visit", "Budi %s ke Jepang.",
            "noun", "%s antara Budi dan Ani berlangsung lancar.",
            "gather", "Pemerintah %s Budi dan Ani.",
            "attend", "Budi %s KTT ASEAN.");

    /** Who meets, by pattern. */
    private static final Map<String, String> PARTICIPANTS = Map.of(
            "symmetric", "Budi+Ani", "host", "Budi+Ani", "guest", "Budi+Ani", "visit", "Budi+Japan",
            "noun", "Budi+Ani", "gather", "Budi+Ani", "attend", "Budi+ASEAN");

    /** Triggers that read better in a sentence of their own. */
    private static final Map<String, String> OWN_SENTENCE = Map.ofEntries(
            Map.entry("bertemu", "Budi bertemu Ani."),
            Map.entry("bertemu dengan", "Budi bertemu dengan Ani."),
            Map.entry("menemui", "Budi menemui Ani."),
            Map.entry("menelepon", "Budi menelepon Ani."),
            Map.entry("menerima telepon dari", "Budi menerima telepon dari Ani."),
            Map.entry("mendapat telepon dari", "Budi mendapat telepon dari Ani."),
            Map.entry("mendapatkan telepon dari", "Budi mendapatkan telepon dari Ani."),
            Map.entry("menerima panggilan telepon dari", "Budi menerima panggilan telepon dari Ani."),
            Map.entry("melalui telepon kepada", "Budi menyampaikan pesan melalui telepon kepada Ani."),
            Map.entry("lewat telepon kepada", "Budi menyampaikan pesan lewat telepon kepada Ani."),
            Map.entry("kunjungan kehormatan kepada", "Budi melakukan kunjungan kehormatan kepada Ani."),
            Map.entry("kunjungan perpisahan kepada", "Budi melakukan kunjungan perpisahan kepada Ani."),
            Map.entry("kunjungan perkenalan kepada", "Budi melakukan kunjungan perkenalan kepada Ani."),
            Map.entry("memperkenalkan diri kepada", "Budi memperkenalkan diri kepada Ani."),
            Map.entry("courtesy call", "Budi melakukan courtesy call kepada Ani."),
            Map.entry("mengunjungi", "Budi mengunjungi Jepang."),
            Map.entry("menyambangi", "Budi menyambangi Jepang."),
            Map.entry("sambangi", "Budi sambangi Jepang."),
            Map.entry("sudah ke", "Budi sudah ke Jepang."),
            Map.entry("telah ke", "Budi telah ke Jepang."),
            Map.entry("pernah ke", "Budi pernah ke Jepang."),
            Map.entry("tiba", "Budi tiba di Jepang."),
            Map.entry("kunjungan", "Budi melakukan kunjungan ke Jepang."),
            Map.entry("kunjungan kenegaraan", "Budi melakukan kunjungan kenegaraan ke Jepang."),
            Map.entry("kunjungan resmi", "Budi melakukan kunjungan resmi ke Jepang."),
            Map.entry("kunjungan kerja", "Budi melakukan kunjungan kerja ke Jepang."),
            Map.entry("lawatan", "Budi melakukan lawatan ke Jepang."),
            Map.entry("perjalanan", "Budi melakukan perjalanan ke Jepang."),
            Map.entry("telepon antara", "Telepon antara Budi dan Ani berlangsung lancar."),
            Map.entry("menghadiri undangan", "Budi menghadiri undangan Ani."));

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(MeetingLexicon.class, "triggers.tsv");
    }

    private static String sentence(String trigger, String pattern) {
        if (OWN_SENTENCE.containsKey(trigger)) {
            return OWN_SENTENCE.get(trigger);
        }
        String s = BY_PATTERN.get(pattern).formatted(trigger);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Entities entities(ArticleText t) {
        Entities e = Entities.of(t).mention("Budi", person("Budi"));
        if (t.text().contains("Ani")) {
            e.mention("Ani", person("Ani"));
        }
        if (t.text().contains("Jepang")) {
            e.mention("Jepang", JAPAN.ref());
        }
        if (t.text().contains("ASEAN")) {
            e.mention("ASEAN", ASEAN.ref());
        }
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyTriggerGivesAMeetingWithBothParticipants(LexiconLines.Line line) {
        String trigger = line.word();
        String pattern = line.field(1);
        if (!BY_PATTERN.containsKey(pattern)) {
            fail("no sentence for the pattern of " + line);
        }
        ArticleText t = Texts.text(sentence(trigger, pattern));
        TriggerSite site = MeetingStages.lexiconSite(t, entities(t).build(), 0, trigger);
        assertEquals(trigger, site.trigger().phrase(), "the line's own trigger is found in: " + t.text());
        List<MeetingCandidate> found = MeetingStages.READER.read(site, SentenceState.start(), Optional.empty())
                .candidates();
        assertEquals(List.of(PARTICIPANTS.get(pattern)), found.stream().map(c -> String.join("+",
                c.participants().stream().map(EntityRef::name).toList())).toList(), t.text());
        assertEquals(line.field(2).contains("virtual"), found.get(0).virtual(), "a call: " + t.text());
    }
}
