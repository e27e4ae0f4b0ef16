package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;

/** A chain of fathers in a name is cut to the first father and the family name after the chain. */
class PatronymicChainsTest {
    private static final PatronymicChains CHAINS = new PatronymicChains(EntityStages.LEXICON);

    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "patronymics.txt");
    }

    /** Every word of {@code patronymics.txt} joins a father; "dan" in its place joins none. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyWordJoinsAFather(LexiconLines.Line line) {
        String w = line.word();
        assertEquals("Hamad " + w + " Khalid Al-Nuaimi",
                CHAINS.shortened("Hamad " + w + " Khalid " + w + " Saad Al-Nuaimi"));
        assertEquals("Hamad dan Khalid dan Saad Al-Nuaimi", CHAINS.shortened("Hamad dan Khalid dan Saad Al-Nuaimi"));
    }

    @Test
    void aNameWithOneFatherOrAChainWithNoFamilyName() {
        assertEquals("Hamad Bin Khalid Al-Nuaimi", CHAINS.shortened("Hamad Bin Khalid Al-Nuaimi"));
        assertEquals("Hamad bin Khalid", CHAINS.shortened("Hamad bin Khalid bin Saad bin Nasser"));
        assertEquals("Ahmad Yusuf", CHAINS.shortened("Ahmad Yusuf"));
    }

    /** The person the resolver makes of a name the gazetteer does not know is labelled with the shortened name. */
    @Test
    void aNewPersonIsLabelledWithTheShortenedName() {
        ArticleText t = Texts.text(
                "Pada hari itu Hamad bin Khalid bin Saad Al-Nuaimi mengatakan harga naik.");
        PersonResolver.Resolved r = EntityStages.resolver(EntityStages.gazetteer()).resolve(t,
                List.of(EntityStages.ref(t, "Hamad bin Khalid bin Saad Al-Nuaimi", NameCue.REPORTING)),
                new KnownPersons(List.of()));
        assertEquals("Hamad bin Khalid Al-Nuaimi", r.mentions().get(0).entity().name());
    }
}
