package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.person;
import static org.warta.extract.World.role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.lexicon.GazetteerEntry;

/** Full names written a little differently from the gazetteer's. The persons are made up here. */
class FuzzyNamesTest {
    private static final GazetteerEntry HAMID = person("Hamid bin Salim Al Faruqi", JAPAN,
            List.of(role("president", JAPAN, "2015", "")), "Hamid bin Salim Al Faruqi");
    private static final GazetteerEntry KENJI = person("Kenji Watanabe", JAPAN,
            List.of(role("foreign-minister", JAPAN, "2001", "2003")), "Kenji Watanabe");
    private static final GazetteerEntry WU = person("Wu Jianguo", JAPAN,
            List.of(role("president", JAPAN, "2020", "")), "Wu Jianguo");
    private static final Optional<LocalDate> IN_2024 = Optional.of(LocalDate.of(2024, 5, 1));

    private static Optional<String> match(String written) {
        return new FuzzyNames(EntityStages.gazetteer(JAPAN, HAMID, KENJI, WU), EntityStages.LEXICON)
                .match(written, IN_2024).map(GazetteerEntry::label);
    }

    @Test
    void aHyphenatedParticleIsTheParticleBeforeTheName() {
        assertEquals(Optional.of("Hamid bin Salim Al Faruqi"), match("Hamid bin Salim Al-Faruqi"));
    }

    @Test
    void anHonorificInFrontIsNoPartOfTheName() {
        assertEquals(Optional.of("Hamid bin Salim Al Faruqi"), match("Syeikh Hamid Al-Faruqi"));
        assertEquals(Optional.of("Hamid bin Salim Al Faruqi"), match("Shaikh Hamid Al Faruqi"));
    }

    @Test
    void oneEditInALongWordIsTheSamePerson() {
        assertEquals(Optional.of("Hamid bin Salim Al Faruqi"), match("Hamid Al Farouqi"));
    }

    @Test
    void aPersonOutOfOfficeLongBeforeThePublicationDateIsNotGuessed() {
        assertEquals(Optional.empty(), match("Kenji Watanabee"));
    }

    /** A family name of two letters in mixed case is a name word, not initials: the typo is in the other word. */
    @Test
    void aShortFamilyNameCountsAsANameWord() {
        assertEquals(Optional.of("Wu Jianguo"), match("Wu Jiangguo"));
        assertEquals(Optional.empty(), match("WU Jiangguo"));
    }

    @Test
    void oneWordIsNoFullName() {
        assertEquals(Optional.empty(), match("Syeikh Faruqi"));
    }
}
