package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.Texts;
import org.warta.text.ArticleText;

/** A name cut by the sentence splitter after initials and a period goes on in the next sentence's first word. */
class InitialsAtSentenceEndTest {
    private static final InitialsAtSentenceEnd INITIALS = new InitialsAtSentenceEnd(EntityStages.LEXICON);

    /** The titled persons' names after mending. */
    private static List<String> names(String text) {
        ArticleText t = Texts.text(text);
        return INITIALS.mend(t, EntityStages.scan(t, JAPAN).persons()).stream()
                .filter(p -> p.cue() == NameCue.TITLE).map(PersonRef::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hari itu Menteri Hiroshi KT. Tanaka tiba di bandara.     | Hiroshi KT. Tanaka",
        // a sentence of its own after the initials: a pronoun, a capitalized word after the first, a new paragraph
        "Hari itu Menteri Hiroshi KT. Ia tiba di bandara.         | Hiroshi KT",
        "Hari itu Menteri Hiroshi KT. Tanaka Yamada tiba di sana. | Hiroshi KT",
        "Hari itu Menteri Hiroshi KT.\\nTanaka tiba di bandara.    | Hiroshi KT"})
    void aNameEndingInInitialsGoesOnInTheNextSentence(String text, String name) {
        assertEquals(List.of(name), names(text.replace("\\n", "\n")));
    }
}
