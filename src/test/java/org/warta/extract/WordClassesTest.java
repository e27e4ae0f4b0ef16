package org.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.WartaException;

/** The strict loader of word-class lexicons; the test files are under src/test/resources next to this class. */
class WordClassesTest {
    enum Kind { GREETING, FAREWELL, OBJECT_LEAD }

    private static WordClasses<Kind> load(String file) {
        return WordClasses.load(WordClassesTest.class, "wordclasses/" + file, Kind.class);
    }

    @Test
    void aWordIsOfEveryClassItIsListedFor() {
        WordClasses<Kind> w = load("good.tsv");
        assertTrue(w.has("halo", Kind.GREETING));
        assertTrue(w.has("halo", Kind.FAREWELL));
        assertFalse(w.has("dadah", Kind.GREETING));
    }

    @Test
    void wordsAreMatchedByTheirNormalizedForm() {
        WordClasses<Kind> w = load("good.tsv");
        assertTrue(w.is(Texts.tokens("SELAMAT").get(0), Kind.GREETING));
        assertEquals(Set.of("halo", "selamat"), w.words(Kind.GREETING));
    }

    @Test
    void theWordsOfAClassAreInFileOrder() {
        assertEquals(List.of("halo", "selamat"), List.copyOf(load("good.tsv").words(Kind.GREETING)));
    }

    @Test
    void aHyphenatedClassNameIsTheEnumConstantWithAnUnderscore() {
        assertTrue(load("good.tsv").has("dengan", Kind.OBJECT_LEAD));
        assertEquals("object-lead", WordClasses.name(Kind.OBJECT_LEAD));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unknown-class.tsv | wordclasses/unknown-class.tsv:3: unknown class 'perpisahan'",
        "duplicate.tsv     | wordclasses/duplicate.tsv:4: 'Halo' is already listed as greeting",
        "spaced-word.tsv   | wordclasses/spaced-word.tsv:3: 'selamat jalan' is not a single word",
        "empty-class.tsv   | wordclasses/empty-class.tsv: no word of class farewell",
        "missing-class.tsv | wordclasses/missing-class.tsv:3: expected at least 2 tab-separated field(s)",
        "absent.tsv        | missing lexicon wordclasses/absent.tsv next to org.warta.extract.WordClassesTest"})
    void aBadLexiconIsRejectedNamingFileAndLine(String file, String message) {
        WartaException e = assertThrows(WartaException.class, () -> load(file));
        assertEquals(message, e.getMessage());
    }
}
