package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;

class EntityExtractorTest {
    private static Optional<EntityMention> at(ArticleAnalysis a, String text, int nth) {
        return a.mentions().stream().filter(m -> m.text().equals(text)).skip(nth).findFirst();
    }

    @Test
    void wangResolvesToTheRightWangInTheSeeds() {
        ArticleAnalysis a001 = TestSupport.pipeline().analyze(TestSupport.seed("001"));
        // the spokesman Wang Wenbin is named first; "Wang" later follows Wang Yi, named in the sentence before
        assertEquals("Wang Wenbin", at(a001, "Wang Wenbin", 0).orElseThrow().entity().name());
        List<EntityMention> shortWang = a001.mentions().stream().filter(m -> m.text().equals("Wang")).toList();
        assertFalse(shortWang.isEmpty());
        shortWang.forEach(m -> assertEquals("Q701801", m.entity().qid().orElseThrow(), m.toString()));
        ArticleAnalysis a002 = TestSupport.pipeline().analyze(TestSupport.seed("002"));
        a002.mentions().stream().filter(m -> m.text().equals("Wang"))
                .forEach(m -> assertEquals("Wang Yi", m.entity().name()));
    }

    @Test
    void aFullNameWrittenAgainWithoutACueIsTheWholeName() {
        ArticleAnalysis a = TestSupport.analyze("Ketua Umum Partai Nasdem Ani Lestari tiba di Jakarta. "
                + "Di Istana Merdeka, Ani Lestari bertemu dengan Presiden Joko Widodo.", "2023-03-01");
        EntityMention again = a.mentions().stream().filter(m -> m.entity().name().equals("Ani Lestari")
                && m.span().start() > 60).findFirst().orElseThrow();
        assertEquals("Ani Lestari", again.text());
        assertEquals("repeated-name", again.rule());
        assertEquals(1, a.meetings().size(), a.meetings().toString());
    }

    /** A name no gazetteer knows, right before a meeting verb after a word of prose, is the one who meets. */
    @Test
    void aNameBeforeAMeetingVerbIsAPerson() {
        ArticleAnalysis a = TestSupport.analyze("Sore itu kemudian Hartono Sentosa menemui Wakil Presiden Gibran "
                + "Rakabuming Raka di Surabaya.", "2024-11-01");
        assertEquals(List.of("Hartono Sentosa"), a.mentions().stream().filter(m -> m.rule().equals("reporting-verb"))
                .map(m -> m.entity().name()).toList());
        assertEquals(1, a.meetings().size(), a.meetings().toString());
        ArticleAnalysis opening = TestSupport.analyze("Rencananya Hartono menemui Wakil Presiden Gibran Rakabuming "
                + "Raka di Surabaya.", "2024-11-01");
        assertTrue(opening.mentions().stream().noneMatch(m -> m.entity().name().startsWith("Rencananya")));
    }

    @Test
    void aSeatOfGovernmentNamedLikeAPersonIntroducedBeforeIsThatPerson() {
        ArticleAnalysis a = TestSupport.analyze("Menteri Luar Negeri Palestina Riyad al-Maliki tiba di Jakarta. "
                + "Riyad menolak usulan itu.", "2023-03-01");
        EntityMention later = a.mentions().stream().filter(m -> m.text().equals("Riyad")
                && m.span().start() > 60).findFirst().orElseThrow();
        assertEquals("Riyad al-Maliki", later.entity().name());
        // with no such person in the article, the seat still stands for its state
        ArticleAnalysis b = TestSupport.analyze("Riyad menolak usulan itu.", "2023-03-01");
        assertEquals(EntityType.STATE, at(b, "Riyad", 0).orElseThrow().entity().type());
    }

    @Test
    void aNameWrittenWithoutItsMiddleWordIsThePersonNamedInFull() {
        ArticleAnalysis a = TestSupport.analyze("Menteri Pertahanan Ani Dewi Lestari tiba di Jakarta. Kemudian, "
                + "Menteri Ani Lestari lalu menemui Presiden Joko Widodo.", "2023-03-01");
        assertEquals(List.of("Ani Dewi Lestari", "Ani Dewi Lestari"), a.mentions().stream()
                .filter(m -> m.text().startsWith("Ani")).map(m -> m.entity().name()).toList());
        assertEquals(1, a.meetings().size(), a.meetings().toString());
    }

    @Test
    void honorificsInARowThenATitleLeaveTheNameAlone() {
        ArticleAnalysis a = TestSupport.analyze("Di Bogor, tamu kehormatan Yang Mulia Baginda Raja Budi Santoso "
                + "disambut Presiden Joko Widodo.", "2023-03-01");
        assertTrue(a.mentions().stream().anyMatch(m -> m.entity().name().equals("Budi Santoso")), a.mentions().toString());
        assertTrue(a.mentions().stream().noneMatch(m -> m.entity().name().contains("Baginda")), a.mentions().toString());
    }

    @Test
    void aTitleOpeningASentenceAloneIsTheStorysHolder() {
        ArticleAnalysis a = TestSupport.analyze("Presiden Joko Widodo membuka pameran di Surabaya, Senin. "
                + "Presiden mengatakan bahwa pameran itu penting.", "2023-03-01");
        EntityMention bare = a.mentions().stream().filter(m -> m.text().equals("Presiden")
                && m.span().start() > 50).findFirst().orElseThrow();
        assertEquals("Joko Widodo", bare.entity().name());
        // a capitalized word after it may start a name: no bare title then
        ArticleAnalysis b = TestSupport.analyze("Presiden Joko Widodo membuka pameran. Presiden Pameran itu hadir.",
                "2023-03-01");
        assertTrue(b.mentions().stream().noneMatch(m -> m.text().equals("Presiden")), b.mentions().toString());
    }

    @Test
    void anAmbiguousShortNameStaysUnresolvedWhenBothFit() {
        ArticleAnalysis a = TestSupport.analyze("Wang Yi dan Wang Wenbin hadir di Beijing. Wang mengatakan hal itu.",
                "2023-03-01");
        assertTrue(at(a, "Wang", 0).isEmpty());
        assertEquals(1, a.unresolved().size());
        assertEquals(2, a.unresolved().get(0).candidates().size());
    }

    @Test
    void everyWikidataIdInTheSeedsGraphIsRight() {
        Map<String, String> got = new TreeMap<>();
        for (Article article : TestSupport.seeds()) {
            ArticleAnalysis a = TestSupport.pipeline().analyze(article);
            a.mentions().forEach(m -> m.entity().qid().ifPresent(q -> got.put(m.entity().name(), q)));
            a.affiliations().forEach(f -> f.state().qid().ifPresent(q -> got.put(f.state().name(), q)));
        }
        // checked against the gold qids maps and ../shared/data (verified ids only)
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("AFP", "Q40464"), Map.entry("António Guterres", "Q311440"), Map.entry("Australia", "Q408"),
                Map.entry("BRICS", "Q243630"), Map.entry("Brazil", "Q155"), Map.entry("CNN", "Q48340"),
                Map.entry("China", "Q148"), Map.entry("Chinese Communist Party", "Q17427"),
                Map.entry("Dmytro Kuleba", "Q24025631"), Map.entry("European Union", "Q458"), Map.entry("India", "Q668"),
                Map.entry("International Criminal Court", "Q47488"), Map.entry("Japan", "Q17"),
                Map.entry("Joe Biden", "Q6279"), Map.entry("Kazakhstan", "Q232"), Map.entry("Li Qiang", "Q4414390"),
                Map.entry("Mikhail Mishustin", "Q4298520"), Map.entry("NATO", "Q7184"),
                Map.entry("Nikolai Patrushev", "Q446865"), Map.entry("Pakistan", "Q843"), Map.entry("Philippines", "Q928"),
                Map.entry("Portugal", "Q45"), Map.entry("Qin Gang", "Q7216297"), Map.entry("Reuters", "Q130879"),
                Map.entry("Russia", "Q159"), Map.entry("Shanghai Cooperation Organisation", "Q485207"),
                Map.entry("South Africa", "Q258"), Map.entry("Switzerland", "Q39"), Map.entry("Taiwan", "Q865"),
                Map.entry("Twitter", "Q918"), Map.entry("Ukraine", "Q212"), Map.entry("United Kingdom", "Q145"),
                Map.entry("United Nations", "Q1065"), Map.entry("United Nations General Assembly", "Q47423"),
                Map.entry("United States", "Q30"), Map.entry("Vasily Nebenzya", "Q1000053"),
                Map.entry("Vladimir Putin", "Q7747"), Map.entry("Volodymyr Zelenskyy", "Q3874799"),
                Map.entry("Wang Yi", "Q701801"), Map.entry("Xi Jinping", "Q15031"), Map.entry("Sergey Lavrov", "Q58217"),
                Map.entry("Moscow", "Q649"), Map.entry("Beijing", "Q956"), Map.entry("Washington", "Q61"),
                Map.entry("Saint Petersburg", "Q656"), Map.entry("Hong Kong", "Q8646"), Map.entry("Xinjiang", "Q34800")));
        assertTrue(expected.keySet().containsAll(got.keySet()), "linked entities not in the checked list: "
                + got.keySet().stream().filter(k -> !expected.containsKey(k)).collect(Collectors.toList()));
        got.forEach((name, q) -> assertEquals(expected.get(name), q, name));
        assertTrue(got.size() >= 40, "linked " + got.size());
    }

    @Test
    void noPersonIsTakenFromLinkListsAfterAnArticle() {
        ArticleAnalysis a = TestSupport.pipeline().analyze(TestSupport.seed("001"));
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().contains("Sancho")));
    }

    @Test
    void metonymsStandForTheirStateUnlessTheyArePlaces() {
        ArticleAnalysis a = TestSupport.analyze("Beijing menolak tuduhan itu. Menteri itu tiba di Beijing.", "2024-01-02");
        assertEquals(EntityType.STATE, at(a, "Beijing", 0).orElseThrow().entity().type());
        assertEquals("metonym", at(a, "Beijing", 0).orElseThrow().rule());
        assertEquals(EntityType.PLACE, at(a, "Beijing", 1).orElseThrow().entity().type());
    }

    @Test
    void aMisspelledStateIsMatchedOnlyWhenOneStateFits() {
        ArticleAnalysis a = TestSupport.analyze("Pertemuan itu digelar di Kaakhstan dan Switerland.", "2024-01-02");
        assertEquals("Kazakhstan", at(a, "Kaakhstan", 0).orElseThrow().entity().name());
        assertEquals("edit-distance", at(a, "Switerland", 0).orElseThrow().rule());
    }

    @Test
    void appositionsAndTitlesGiveRoles() {
        ArticleAnalysis a = TestSupport.pipeline().analyze(TestSupport.seed("003"));
        assertTrue(a.roles().stream().anyMatch(r -> r.holder().name().equals("Yu Jie")
                && r.of().map(EntityRef::name).orElse("").equals("Chatham House")), a.roles().toString());
        assertTrue(a.roles().stream().anyMatch(r -> r.holder().name().equals("Sergey Lavrov")
                && r.position().equalsIgnoreCase("Menteri Luar Negeri")
                && r.of().map(EntityRef::name).orElse("").equals("Russia")));
    }

    /** An apposition's role is its title ("Nama, sekretaris Dewan Keamanan Rusia"), never the holder's own name. */
    @Test
    void noRolesPositionIsItsHoldersName() {
        ArticleAnalysis a = TestSupport.analyze("“Kerja sama kedua negara akan diperkuat,” ujar Sergei Lavrov, "
                + "menteri luar negeri Rusia, dalam pertemuan di Moskow.", "2024-01-02");
        assertEquals(List.of("menteri luar negeri"), a.roles().stream()
                .filter(r -> r.holder().name().equals("Sergey Lavrov")).map(r -> r.position()).toList());
        for (Article seed : TestSupport.seeds()) {
            TestSupport.pipeline().analyze(seed).roles().forEach(r -> assertFalse(
                    r.position().contains(r.holder().name()), seed.id() + ": " + r));
        }
    }

    @Test
    void aPersonKnownOnlyFromTheTextIsKeptAsWritten() {
        ArticleAnalysis a = TestSupport.analyze("“Ini penting,” kata Budi Santoso, seorang analis di Jakarta.", "2024-01-02");
        EntityRef e = at(a, "Budi Santoso", 0).orElseThrow().entity();
        assertEquals(EntityType.PERSON, e.type());
        assertTrue(e.qid().isEmpty());
    }

    /** A title after "beberapa" is many holders: no description of the one holder the article knows. */
    @Test
    void aTitleAfterAPluralWordDescribesNoOne() {
        List<String> rules = TestSupport.analyze("Menteri Luar Negeri Indonesia Budi Santoso tiba di Jakarta. Ia lalu "
                + "bertemu beberapa Menteri Luar Negeri lainnya.", "2024-04-05").mentions().stream()
                .filter(m -> m.entity().name().equals("Budi Santoso")).map(m -> m.rule()).toList();
        assertEquals(List.of("title-pattern"), rules);
    }
}
