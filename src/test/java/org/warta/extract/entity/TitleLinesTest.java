package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;
import static org.warta.extract.World.role;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.PhraseTable;
import org.warta.extract.Texts;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.RoleAssertion;
import org.warta.text.ArticleText;

/**
 * Every title of {@code titles.tsv} written before a state and a name gives the person a role
 * ({@link TitleChains}, then {@link PersonResolver}) with the line's role key; and it describes each role its line
 * names ({@link RoleHolders}).
 */
class TitleLinesTest {
    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "titles.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyTitleGivesThePersonNamedAfterItARole(LexiconLines.Line line) {
        String title = line.word();
        ArticleText t = Texts.text("Hari itu " + title + " Jepang Hiroshi Tanaka tiba.");
        Gazetteer gazetteer = EntityStages.gazetteer(JAPAN);
        Recognition found = new NameScanner(gazetteer, EntityStages.LEXICON, EntityStages.WORDS).scan(t);
        assertEquals(List.of("Hiroshi Tanaka " + line.field(1)), found.persons().stream()
                .map(p -> p.name() + " " + p.title().map(EntityLexicon.Title::roleKey).orElse("-")).toList());
        List<RoleAssertion> roles = EntityStages.resolver(gazetteer).resolve(t, found.persons(),
                new KnownPersons(List.of())).roles();
        assertEquals(1, roles.size());
        RoleAssertion r = roles.get(0);
        assertEquals("Hiroshi Tanaka", r.holder().name());
        assertEquals(title, r.position());
        assertEquals(Optional.of(JAPAN.ref()), r.of());
        assertEquals(title + " Jepang Hiroshi Tanaka", t.of(r.span()));
    }

    /** The roles a line's title describes: its own key and those of its third column. */
    private static Set<String> described(LexiconLines.Line line) {
        Set<String> keys = new LinkedHashSet<>(List.of(line.field(1)));
        if (!line.field(2).isEmpty()) {
            keys.addAll(Arrays.asList(line.field(2).split(",")));
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyTitleDescribesTheRolesOfItsLine(LexiconLines.Line line) {
        PhraseTable.Hit<EntityLexicon.Title> hit = EntityStages.LEXICON.titleAt(Texts.tokens(line.word()), 0)
                .orElseThrow();
        assertEquals(line.word(), hit.value().text());
        Optional<LocalDate> date = Optional.of(LocalDate.parse(Texts.PUBLISHED));
        KnownPersons known = new KnownPersons(List.of());
        for (String key : described(line)) {
            GazetteerEntry holder = person("Kenji Sato", JAPAN, List.of(role(key, JAPAN, "2020", "")), "Kenji Sato");
            RoleHolders holders = new RoleHolders(EntityStages.gazetteer(JAPAN, holder));
            assertTrue(holders.holds(holder.ref(), hit.value(), Optional.of(JAPAN.ref()), known, date),
                    line.word() + " describes " + key);
        }
        GazetteerEntry other = person("Kenji Sato", JAPAN, List.of(role("no-such-role", JAPAN, "2020", "")),
                "Kenji Sato");
        assertFalse(new RoleHolders(EntityStages.gazetteer(JAPAN, other)).holds(other.ref(), hit.value(),
                Optional.of(JAPAN.ref()), known, date));
    }
}
