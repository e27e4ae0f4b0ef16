package org.warta.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.warta.extract.Texts;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.Token;

/** The time stage: every expression of an article resolved, chains counting from the last day before them. */
class TimeNormalizerTest {
    /** A plan is spoken of where the sentence holds "akan": the test's own cue, not the meeting lexicon's. */
    private static final Predicate<List<Token>> AKAN = tokens -> tokens.stream().anyMatch(t -> t.is("akan"));
    private static final TimeNormalizer NORMALIZER = new TimeNormalizer(TimeTesting.EXTRACTOR, AKAN);

    /** Every mention as "text = value", in text order; the article published Friday 5 April 2024. */
    private static List<String> times(String text) {
        return NORMALIZER.normalize(Texts.text(text)).mentions().stream()
                .map(m -> m.text() + " = " + TimeTesting.iso(m)).toList();
    }

    @Test
    void aChainedExpressionCountsFromTheLastDayResolvedBeforeIt() {
        assertEquals(List.of("pada Senin (1/4) = 2024-04-01", "Keesokan harinya = 2024-04-02"),
                times("Budi tiba pada Senin (1/4). Keesokan harinya ia bertemu Ani."));
    }

    /**
     * "Selasa (1/4)" where the article also writes "Selasa, 2 April": the weekday and the day told elsewhere win over
     * a day's number one off; with no such day told, the date wins.
     */
    @Test
    void aWeekdayOneDayOffItsDateIsTheDayTheArticleGivesIt() {
        assertEquals(List.of("pada Selasa, 2 April 2024 = 2024-04-02", "Selasa (1/4) = 2024-04-02"),
                times("Budi tiba pada Selasa, 2 April 2024. Ia bertemu Ani, Selasa (1/4)."));
        assertEquals(List.of("Selasa (1/4) = 2024-04-01"), times("Ia bertemu Ani, Selasa (1/4)."));
    }

    @Test
    void onlyADayMovesTheChain() {
        assertEquals(List.of("pada Senin (1/4) = 2024-04-01", "Pada Maret = 2024-03", "Keesokan harinya = 2024-04-02"),
                times("Budi tiba pada Senin (1/4). Pada Maret harga naik. Keesokan harinya ia bertemu Ani."));
    }

    @Test
    void eachSentenceKnowsTheLastDayResolvedBeforeIt() {
        ArticleTimes t = NORMALIZER.normalize(Texts.text("Budi tiba pada Senin (1/4). Ia lalu pulang. Ani tiba."));
        assertEquals(List.of("-", "2024-04-01", "2024-04-01"), t.sentences().stream()
                .map(s -> s.dayBefore().map(TimeValue::iso).orElse("-")).toList());
        assertEquals(List.of(1, 0, 0), t.sentences().stream().map(s -> s.found().size()).toList());
    }

    /** A day a speaker quotes ("… per 27 Maret …") is no day of the story's: the next sentences do not take it. */
    @Test
    void aDayInsideAQuotationIsNotTheStorysDay() {
        ArticleTimes t = NORMALIZER.normalize(Texts.text(
                "Budi tiba pada Senin (1/4). “Draf itu sudah dikirim per 27 Maret,” kata Budi. Ani tiba."));
        assertEquals(List.of("-", "2024-04-01", "2024-04-01"), t.sentences().stream()
                .map(s -> s.dayBefore().map(TimeValue::iso).orElse("-")).toList());
    }

    /**
     * A span of days around the story's day ("pekan ini") leaves that day the story's: what is told next without a
     * time happened on it. A span that does not hold it is the story's new time.
     */
    @Test
    void aSpanAroundTheStorysDayLeavesThatDay() {
        ArticleTimes t = NORMALIZER.normalize(Texts.text(
                "Budi tiba pada Selasa (2/4). Pada pekan ini, Budi mengunjungi dua negara. Ani menyambut Budi."));
        assertEquals(List.of("-", "2024-04-02", "2024-04-02"), t.sentences().stream()
                .map(s -> s.dayMention().flatMap(TimeMention::value).map(TimeValue::iso).orElse("-")).toList());
        ArticleTimes later = NORMALIZER.normalize(Texts.text(
                "Budi tiba pada Selasa (2/4). Pada pekan depan, Budi mengunjungi dua negara. Ani menyambut Budi."));
        assertEquals("2024-04-08/2024-04-14", later.sentences().get(2).dayMention().flatMap(TimeMention::value)
                .map(TimeValue::iso).orElse("-"));
    }

    /** The day an office began ("sejak dilantik …") is no day of the story's: the next sentences do not take it. */
    @Test
    void theStartOfAStretchIsNotTheStorysDay() {
        ArticleTimes t = NORMALIZER.normalize(Texts.text(
                "Budi tiba pada Senin (1/4). Ini lawatan pertamanya sejak dilantik pada 2 Maret. Ani tiba."));
        assertEquals(List.of("-", "2024-04-01", "2024-04-01"), t.sentences().stream()
                .map(s -> s.dayBefore().map(TimeValue::iso).orElse("-")).toList());
        assertEquals(List.of("Senin (1/4) = 2024-04-01", "Keesokan harinya = 2024-04-02"),
                times("Budi berada di Osaka sejak Senin (1/4). Keesokan harinya ia bertemu Ani."));
    }

    /**
     * The day of an earlier event told after the story's own day in one sentence ("… pada Kamis (4/4) setelah …
     * (1/4)") is not the story's day; told alone, it is.
     */
    @Test
    void theDayOfAnEarlierEventToldAfterTheStorysIsNotTheStorysDay() {
        ArticleTimes t = NORMALIZER.normalize(Texts.text("Budi terbang ke Osaka pada Kamis (4/4) untuk bertemu Ani "
                + "setelah gempa mengguncang kota itu (1/4). Budi tiba."));
        assertEquals("2024-04-04", t.sentences().get(1).dayBefore().map(TimeValue::iso).orElse("-"));
        ArticleTimes alone = NORMALIZER.normalize(Texts.text("Budi terbang ke Osaka setelah gempa mengguncang kota "
                + "itu (1/4). Budi tiba."));
        assertEquals("2024-04-01", alone.sentences().get(1).dayBefore().map(TimeValue::iso).orElse("-"));
    }

    /** "Besok" said on Wednesday is Thursday, though the article is out on Friday. */
    @Test
    void aDayASpeakerCountsFromTodayCountsFromTheDayOfSpeaking() {
        assertEquals(List.of("Besok = 2024-04-04", "Rabu (3/4) = 2024-04-03"),
                times("“Besok Budi akan menerima Ani di istana,” kata Citra, Rabu (3/4)."));
        assertEquals(List.of("besok = 2024-04-06"), times("“Budi akan menerima Ani besok,” kata Citra."));
        assertEquals(List.of("Besok = 2024-04-06", "Rabu (3/4) = 2024-04-03"),
                times("Besok Budi akan menerima Ani, kata Citra, Rabu (3/4)."));
    }

    /**
     * A quotation with no day after it, in a story told of the day before publication (Friday 5 April), was said on
     * the story's day; told of a week before, it was said on no day the story gives.
     */
    @Test
    void aQuotationWithNoDayOfItsOwnWasSaidOnTheStorysRecentDay() {
        assertEquals(List.of("Kamis (4/4) = 2024-04-04", "Besok = 2024-04-05"),
                times("Budi tiba di Osaka, Kamis (4/4). “Besok saya akan menemui Ani,” kata Budi."));
        assertEquals(List.of("Kamis (28/3) = 2024-03-28", "Besok = 2024-04-06"),
                times("Budi tiba di Osaka, Kamis (28/3). “Besok saya akan menemui Ani,” kata Budi."));
    }

    /** The day of the telling, given after the plan's, is not the day "pada hari yang sama" of a plan means. */
    @Test
    void aPlansChainCountsFromTheLastPlanDay() {
        assertEquals(List.of("pada Senin (8/4) = 2024-04-08", "Kamis (4/4) = 2024-04-04",
                        "Pada hari yang sama = 2024-04-08"),
                times("Budi akan ke Medan pada Senin (8/4), kata Citra, Kamis (4/4). "
                        + "Pada hari yang sama, ia akan bertemu Ani."));
    }

    /** What is told as done is not on the day of a plan told in passing before it. */
    @Test
    void aChainToldAsDoneCountsFromTheLastDayNotAhead() {
        assertEquals(List.of("Kamis (4/4) = 2024-04-04", "pada 12 April = 2024-04-12", "Pada sore hari = 2024-04-04"),
                times("Budi tiba di Medan, Kamis (4/4). Ia membahas forum yang akan digelar pada 12 April. "
                        + "Pada sore hari, ia berbicara dengan Ani."));
    }

    @Test
    void aSentenceSpeakingOfAPlanPointsForward() {
        assertEquals(List.of("pada Senin = 2024-04-08"), times("Budi akan tiba pada Senin."));
    }

    @Test
    void aPlanToldWithoutATimeTakesTheLastTimeAheadButNotTheEndOfAStretch() {
        ArticleTimes plan = NORMALIZER.normalize(Texts.text("Budi akan tiba pada Senin (8/4). Ia akan bertemu Ani."));
        assertEquals(Optional.of("2024-04-08"), plan.sentences().get(1).planTime().map(TimeTesting::iso));
        ArticleTimes stretch = NORMALIZER.normalize(Texts.text(
                "Budi akan tiba pada Senin (8/4). Lawatan hingga 20 April itu akan panjang. Ia akan bertemu Ani."));
        assertEquals(Optional.of("2024-04-08"), stretch.sentences().get(2).planTime().map(TimeTesting::iso));
    }

    @Test
    void aLeadToldBeforeItsDayTakesTheDayTheNextSentencesOfTheLeadGive() {
        ArticleTimes t = NORMALIZER.normalize(Texts.text("Budi menemui Ani di Jakarta. Ia disambut upacara di aula, "
                + "Selasa (2/4/2024). Keduanya lalu berbicara.", "2024-04-02"));
        assertEquals(Optional.of("2024-04-02"), t.sentences().get(0).leadDayAfter().map(TimeTesting::iso));
        assertEquals(Optional.empty(), t.sentences().get(2).leadDayAfter(), "told after the day: the story's day");
    }

    @Test
    void aLeadTakesTheStorysFirstDayToldLaterWhenItIsTheNewsOfTheDay() {
        String story = "Budi menemui Ani di Jakarta. Keduanya membahas harga beras. Ani menilai harga stabil. "
                + "Rapat lanjutan digelar pada Selasa (2/4/2024).";
        assertEquals(Optional.of("2024-04-02"), NORMALIZER.normalize(Texts.text(story, "2024-04-02")).sentences()
                .get(0).leadDayAfter().map(TimeTesting::iso));
        assertEquals(Optional.empty(), NORMALIZER.normalize(Texts.text(story, "2024-04-05")).sentences().get(0)
                .leadDayAfter(), "three days before the publication, told far from the lead: another day");
    }

    /** The photo's caption gives the day of the story's event when it is the news of the day. */
    @Test
    void aLeadWithoutADayTakesTheDayOfItsPhotosCaptionWhenItIsTheNewsOfTheDay() {
        String page = "Budi menyalami Ani di halaman istana, Selasa (2/4/2024).\nFoto: Antara\n"
                + "Budi menemui Ani di Jakarta. Keduanya lalu berbicara lama.";
        ArticleTimes t = NORMALIZER.normalize(Texts.text(page, "2024-04-02"));
        int lead = t.sentences().size() - 2;
        assertEquals(Optional.of("2024-04-02"), t.sentences().get(lead).leadDayAfter().map(TimeTesting::iso));
        assertEquals(Optional.empty(), NORMALIZER.normalize(Texts.text(page, "2024-04-05")).sentences().get(lead)
                .leadDayAfter(), "three days before the publication: the photo may be of another day");
    }

    /** Past the lead, a sentence told before the story gives any day of its own takes the news of the day too. */
    @Test
    void aSentencePastTheLeadBeforeAnyDayTakesTheDayOfTheNews() {
        String page = "Budi menyalami Ani di halaman istana, Selasa (2/4/2024).\nFoto: Antara\n"
                + "Budi menemui Ani di Jakarta. Keduanya menanam pohon. Mereka lalu makan siang. "
                + "Setelah itu, Budi menemui Citra.";
        ArticleTimes t = NORMALIZER.normalize(Texts.text(page, "2024-04-02"));
        assertEquals(Optional.of("2024-04-02"), t.sentences().get(t.sentences().size() - 1).leadDayAfter()
                .map(TimeTesting::iso));
    }

    @Test
    void aDayFarBeforeThePublicationOrAfterItIsNoLeadsDay() {
        ArticleTimes old = NORMALIZER.normalize(Texts.text("Budi menemui Ani di Jakarta. Ia pernah datang pada "
                + "Senin (4/3/2024).", "2024-04-02"));
        assertEquals(Optional.empty(), old.sentences().get(0).leadDayAfter());
        ArticleTimes ahead = NORMALIZER.normalize(Texts.text("Budi menemui Ani di Jakarta. Ani akan datang lagi "
                + "pada Jumat (5/4/2024).", "2024-04-02"));
        assertEquals(Optional.empty(), ahead.sentences().get(0).leadDayAfter());
    }

    @Test
    void aRelativeClauseBeforeThePlanKeepsItsOwnPast() {
        assertEquals(List.of("pada Senin malam = 2024-04-01", "pada Selasa = 2024-04-09"),
                times("Budi yang tiba pada Senin malam akan bertemu Ani pada Selasa."));
        assertEquals(List.of("pada Senin malam = 2024-04-08", "pada Selasa = 2024-04-09"),
                times("Budi yang akan tiba pada Senin malam akan bertemu Ani pada Selasa."));
    }

    @Test
    void anyOtherSentencePointsBack() {
        assertEquals(List.of("pada Senin = 2024-04-01"), times("Budi tiba pada Senin."));
    }

    @Test
    void theDirectionIsDecidedSentenceBySentence() {
        List<List<String>> asked = new ArrayList<>();
        TimeNormalizer recording = new TimeNormalizer(TimeTesting.EXTRACTOR, tokens -> {
            asked.add(tokens.stream().map(Token::text).toList());
            return false;
        });
        recording.normalize(Texts.text("Budi tiba. Ani pergi."));
        assertEquals(List.of(List.of("Budi", "tiba", "."), List.of("Ani", "pergi", ".")), asked);
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayUnresolvedAndAbsoluteOnesResolve() {
        List<TimeMention> m = NORMALIZER.normalize(Texts.text("Budi tiba kemarin. Ani tiba pada 2 April 2024.", null))
                .mentions();
        assertEquals(Optional.empty(), m.get(0).value());
        assertEquals(true, m.get(0).note().length() > 0);
        assertEquals("2024-04-02", TimeTesting.iso(m.get(1)));
    }
}
