package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.warta.extract.World.CSIS;
import static org.warta.extract.World.INDONESIA;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.NATO;
import static org.warta.extract.World.RUSSIA;
import static org.warta.extract.World.UN;
import static org.warta.extract.World.person;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.TestSupport;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.RoleAssertion;

/**
 * Every line of {@code entity-words.tsv} changes what {@link NameScanner} finds in a sentence written for its
 * class, compared with the same sentence with a word of no class in its place.
 */
class EntityWordLinesTest {
    private static final GazetteerEntry BUDI = person("Budi Santoso", INDONESIA, List.of(), "Budi Santoso");
    private static final GazetteerEntry[] WORLD = {JAPAN, RUSSIA, INDONESIA, UN, CSIS, NATO, BUDI};

    /**
     * A text for a class with the word, the same text with a word of no class in its place, what is observed, and
     * what is seen in each.
     */
    private record Case(String with, String without, Function<Recognition, List<String>> observe,
                        List<String> seenWith, List<String> seenWithout) {
        /** {@code template} holds {@code %s} where the word goes. */
        static Case of(String template, String w, String neutral, Function<Recognition, List<String>> observe,
                       List<String> seenWith, List<String> seenWithout) {
            return new Case(template.formatted(w), template.formatted(neutral), observe, seenWith, seenWithout);
        }
    }

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityExtractor.class, "entity-words.tsv");
    }

    private static Recognition scan(String text) {
        return EntityStages.scan(Texts.text(text), WORLD);
    }

    /** Role descriptions, as written. */
    private static List<String> descriptions(Recognition r) {
        return r.roleDescriptions().stream().map(RoleDescription::text).toList();
    }

    /** Persons with a title, as "name title-key what-it-is-of". */
    private static List<String> titled(Recognition r) {
        return r.persons().stream().filter(p -> p.title().isPresent())
                .map(p -> p.name() + " " + p.title().get().roleKey() + " "
                        + p.titleOf().map(o -> o.name()).orElse("-")).toList();
    }

    /** The persons named in bylines. */
    private static List<String> bylines(Recognition r) {
        return r.persons().stream().filter(p -> p.cue() == NameCue.BYLINE).map(PersonRef::name).toList();
    }

    /** The persons named as written, "name/cue". */
    private static Function<Recognition, List<String>> named(String name) {
        return r -> r.persons().stream().filter(p -> p.name().equals(name)).map(p -> p.name() + "/" + p.cue()
                + p.title().map(t -> " " + t.roleKey()).orElse("")).toList();
    }

    /** The persons found with exactly this name, as "name/cue". */
    private static Function<Recognition, List<String>> found(String name) {
        return r -> EntityStages.persons(r).stream().filter(p -> p.startsWith(name + "/")).toList();
    }

    /** The persons found that the gazetteer does not know, as "name/cue". */
    private static List<String> notInGazetteer(Recognition r) {
        return r.persons().stream().filter(p -> p.gazetteerEntry().isEmpty()).map(p -> p.name() + "/" + p.cue()).toList();
    }

    private static Case caseOf(String cls, String w) {
        String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        return switch (cls) {
            case "title-follower" -> switch (w) {
                case "yang" -> Case.of("Ia bertemu menteri %s baru, Hiroshi Tanaka, kemarin.", w, "asal",
                        EntityWordLinesTest::titled, List.of("Hiroshi Tanaka minister -"), List.of());
                default -> Case.of("Ia bertemu utusan %s Jepang kemarin.", w, "asal",
                        EntityWordLinesTest::descriptions, List.of("utusan " + w + " Jepang"), List.of());
            };
            case "title-of" -> Case.of("Duta Besar Rusia %s PBB Hiroshi Tanaka tiba kemarin.", w, "asal",
                    EntityWordLinesTest::titled, List.of("Hiroshi Tanaka ambassador Russia"), List.of());
            case "title-filler" -> Case.of("Juru bicara %s Rusia Hiroshi Tanaka tiba kemarin.", cap, "Pemerintah",
                    EntityWordLinesTest::titled, List.of("Hiroshi Tanaka spokesperson Russia"), List.of());
            case "relative" -> Case.of("Hari itu menteri luar negeri Jepang %s baru, Hiroshi Tanaka, tiba.", w, "kini",
                    EntityWordLinesTest::titled, List.of("Hiroshi Tanaka foreign-minister Japan"), List.of());
            case "former" -> Case.of("Hari itu menteri luar negeri Jepang %s, Hiroshi Tanaka, tiba.", w, "kini",
                    EntityWordLinesTest::titled, List.of("Hiroshi Tanaka foreign-minister Japan"), List.of());
            case "apposition-lead" -> Case.of("Budi Santoso, %s pengamat politik, hadir.", w, "kemarin",
                    named("Budi Santoso"), List.of("Budi Santoso/GAZETTEER analyst"),
                    List.of("Budi Santoso/GAZETTEER"));
            case "indefinite" -> Case.of("Dewi Lestari, %s pengamat politik, hadir.", w, "kemarin",
                    named("Dewi Lestari"), List.of("Dewi Lestari/APPOSITION analyst"), List.of());
            case "org-locative" -> Case.of("Budi Santoso, pengamat NATO %s CSIS, hadir.", w, "dan",
                    EntityWordLinesTest::titled, List.of("Budi Santoso analyst CSIS"),
                    List.of("Budi Santoso analyst NATO"));
            // no colon: the label must keep itself out of the name, also where the page layout already took the
            // line for a byline by its own list of labels; "Wartawan" is a title too, which would take the name
            case "byline-label" -> w.equals("wartawan")
                    ? Case.of("Harga beras naik.\n%s: Dewi Lestari", cap, "Catatan", EntityWordLinesTest::bylines,
                    List.of("Dewi Lestari"), List.of())
                    : Case.of("Harga beras naik.\n%s Dewi Lestari", cap, "Catatan", EntityWordLinesTest::bylines,
                    List.of("Dewi Lestari"), List.of("Catatan Dewi Lestari"));
            // what follows a source label names an outlet, no author; after an author's label, the author
            case "source-label" -> Case.of("Harga beras naik.\n%s: Dewi Lestari", cap, "Editor",
                    EntityWordLinesTest::bylines, List.of(), List.of("Dewi Lestari"));
            // a company's name on a line of its own (a footer) is no author; a word of no class leaves a name
            case "company-form" -> Case.of("Harga beras naik.\n%s Dewi Lestari", w.toUpperCase(Locale.ROOT), "Catatan",
                    EntityWordLinesTest::bylines, List.of(), List.of("Catatan Dewi Lestari"));
            case "origin" -> Case.of("Harga beras naik.\nDewi Lestari %s Jakarta berkontribusi dalam laporan ini.",
                    w, "di", EntityWordLinesTest::bylines, List.of("Dewi Lestari"), List.of());
            case "contributor-verb" -> Case.of("Harga beras naik.\nDewi Lestari dari Jakarta turut %s.", w, "membantu",
                    EntityWordLinesTest::bylines, List.of("Dewi Lestari"), List.of());
            case "contributor-prefix" -> Case.of("Harga beras naik.\nDewi Lestari dari Jakarta %s.", w, "membantu",
                    EntityWordLinesTest::bylines, List.of("Dewi Lestari"), List.of());
            // "kata" after it is the noun "word": the capitalized word after it is no speaker
            case "word-noun-lead" -> Case.of("Ia lalu %s kata Sukamaju di depan wartawan.", w, "berkata",
                    found("Sukamaju"), List.of("Sukamaju/BARE"), List.of("Sukamaju/REPORTING"));
            case "meeting-cue" -> Case.of("Pada hari itu ia %s Hartono.", w, "melihat", named("Hartono"),
                    List.of("Hartono/MEETING"), List.of("Hartono/BARE"));
            case "institution-tail" -> Case.of("Pada hari itu ia bertemu Hartono Sentosa %s.", cap, "lagi",
                    named("Hartono Sentosa"), List.of(), List.of("Hartono Sentosa/MEETING"));
            case "cue-lead" -> Case.of("Pada hari itu ia bertemu %s Hartono.", w, "di", named("Hartono"),
                    List.of("Hartono/MEETING"), List.of("Hartono/BARE"));
            case "portfolio" -> Case.of("Hari itu Menteri %s Dewi Lestari tiba di bandara.", cap, "Sentosa",
                    found("Dewi Lestari"), List.of("Dewi Lestari/TITLE"), List.of());
            case "party" -> Case.of("Hari itu Ketua %s Sejahtera Dewi Lestari tiba di bandara.", cap, "Rumah",
                    found("Dewi Lestari"), List.of("Dewi Lestari/TITLE"), List.of());
            // a name after a place head is the place's: no person; a word of no class leaves the titled person
            case "place-head" -> Case.of("Pada hari itu rombongan tiba di %s Presiden Dewi Lestari.", cap, "Rumah",
                    found("Dewi Lestari"), List.of(), List.of("Dewi Lestari/TITLE"));
            // a person the gazetteer knows after the head of an office holds it; after another place head, no one
            case "office-head" -> Case.of("Pada hari itu rombongan tiba di %s Menteri Budi Santoso.", w, "gedung",
                    found("Budi Santoso"), List.of("Budi Santoso/GAZETTEER"), List.of());
            case "kin" -> Case.of("Pada hari itu warga menyambut %s Dewi Lestari di bandara.", w, "rombongan",
                    found("Dewi Lestari"), List.of("Dewi Lestari/KIN"), List.of());
            case "function-word" -> Case.of("Harga beras naik.\nRombongan Datang %s Bandara Dan Langsung Bertemu "
                    + "Dewi Lestari.", cap, "Sore", EntityWordLinesTest::notInGazetteer, List.of(),
                    List.of("Datang/BARE", "Langsung/BARE", "Dewi Lestari/MEETING"));
            // many holders: no description of one person; a word of no class leaves the description
            case "plural" -> Case.of("Hari itu %s menteri luar negeri Jepang tiba di bandara.", w, "kemudian",
                    EntityWordLinesTest::descriptions, List.of(), List.of("menteri luar negeri Jepang"));
            // the holders a plural title lists, each with the title; a word of no class lists no one
            case "list-intro" -> Case.of("Hari itu para menteri Jepang, %s Hiroshi Tanaka dan Dewi Lestari, tiba.",
                    w, "kemarin", EntityWordLinesTest::titled,
                    List.of("Hiroshi Tanaka minister Japan", "Dewi Lestari minister Japan"), List.of());
            // the site's address after a byline name ends the name and leaves the line a byline
            case "web-domain" -> Case.of("Harga beras naik.\nDewi Lestari Kabarwarta.%s", w, "kini",
                    EntityWordLinesTest::bylines, List.of("Dewi Lestari"), List.of());
            // a region the gazetteer does not know after its head's title, then a comma: the holder follows it
            case "region-title" -> Case.of("Pada hari itu %s Sukamaju, Dewi Lestari, meresmikan pasar.",
                    w.equals("wali") ? "Wali Kota" : cap, "Ketua", found("Dewi Lestari"),
                    List.of("Dewi Lestari/TITLE"), List.of());
            // the holder's place in the office's line stands between the title and what it is of
            case "ordinal" -> Case.of("Presiden %s Rusia Hiroshi Tanaka tiba kemarin.", w, "lama",
                    EntityWordLinesTest::titled, List.of("Hiroshi Tanaka president Russia"), List.of());
            // a compass word ends a region's name the gazetteer does not know; the holder's name follows it
            case "compass" -> Case.of("Pada hari itu Bupati Sukamaju %s Dewi Lestari meresmikan pasar.", cap, "Jaya",
                    r -> found("Dewi Lestari").apply(r).stream().filter(p -> p.endsWith("/TITLE")).toList(),
                    List.of("Dewi Lestari/TITLE"), List.of());
            // a word the article names a region is no holder of the title before it
            case "region-kind" -> Case.of("Pada hari itu warga %s Sukamaju menyambut Bupati Sukamaju.", cap, "Agung",
                    r -> found("Sukamaju").apply(r).stream().filter(p -> p.endsWith("/TITLE")).toList(), List.of(),
                    List.of("Sukamaju/TITLE"));
            // a name of two words before it and a title is the name of the title's holder
            case "role-after" -> Case.of("Pada hari itu Dewi Lestari %s Duta Besar tiba di bandara.", w, "dan",
                    found("Dewi Lestari"), List.of("Dewi Lestari/REPORTING"), List.of());
            // one word alone after a title of membership names the body; after a word of no class, the holder
            case "membership" -> Case.of("Pada hari itu %s Sukamaju tiba di bandara.", w, "menteri",
                    found("Sukamaju"), List.of(), List.of("Sukamaju/TITLE"));
            // a given name that is also a month's short form goes on with the name before it; another word ends it
            case "month-in-name" -> Case.of("Pada hari itu Konsul Jenderal Jepang Wang %s tiba di bandara.", cap,
                    "Agustus", r -> EntityStages.persons(r).stream().map(p -> p.substring(0, p.indexOf('/'))).toList(),
                    List.of("Wang " + cap), List.of("Wang"));
            // a conjunction and a word in lower case after an apposition's title: the title is one more of a list
            case "conjunction" -> Case.of("Hari itu Hiroshi Tanaka, Menteri Luar Negeri %s rombongan tiba di Jepang.",
                    w, "itu", EntityWordLinesTest::titled, List.of(), List.of("Hiroshi Tanaka foreign-minister Japan"));
            default -> null;
        };
    }

    /** The positions of the roles the whole pipeline asserts, as written. */
    private static List<String> positions(String text) {
        return TestSupport.analyze(text, "2024-04-05").roles().stream().map(RoleAssertion::position).toList();
    }

    /** What the whole pipeline takes the mention starting with {@code prefix} for. */
    private static List<String> describedAs(String text, String prefix) {
        return TestSupport.analyze(text, "2024-04-05").mentions().stream()
                .filter(m -> m.text().startsWith(prefix)).map(m -> m.entity().name()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyLineChangesWhatIsFoundAsItsClassSays(LexiconLines.Line line) {
        String w = line.word();
        if (line.field(1).equals("demonstrative")) {
            // a description pointing back is the one person of its state told of before (read by the resolver,
            // over the whole text); with a word of no class the office stands for its state
            String template = "Menlu Retno Marsudi tiba di Tokyo. Pemimpin Indonesia %s tersenyum.";
            assertEquals(List.of("Retno Marsudi"), describedAs(template.formatted(w), "Pemimpin"));
            assertEquals(List.of("Indonesia"), describedAs(template.formatted("kini"), "Pemimpin"));
            return;
        }
        if (line.field(1).equals("former-title")) {
            // read by the resolver: the role keeps the word, and the title told later stands for no past holder
            String template = "%s Presiden Susilo Bambang Yudhoyono tiba di Jakarta. Ia lalu diterima Presiden di "
                    + "istana.";
            String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            String holder = "Susilo Bambang Yudhoyono";
            assertEquals(List.of(cap + " Presiden"), positions(template.formatted(cap)));
            assertFalse(describedAs(template.formatted(cap), "Presiden").contains(holder));
            assertEquals(List.of("Presiden"), positions(template.formatted("Kemarin")));
            assertEquals(List.of(holder), describedAs(template.formatted("Kemarin"), "Presiden"));
            return;
        }
        Case c = caseOf(line.field(1), w);
        if (c == null) {
            fail("no sentence for the class of " + line);
        }
        assertEquals(c.seenWith(), c.observe().apply(scan(c.with())), c.with());
        assertEquals(c.seenWithout(), c.observe().apply(scan(c.without())), c.without());
    }
}
