package org.warta.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.text.Token;
import org.warta.text.Tokenizer;

/** How the gazetteer finds the names it knows in a sentence's tokens. */
class GazetteerTest {
    @TempDir
    Path dir;

    /** The label of the longest name at the first capitalized token of the text, and how many tokens it takes. */
    private String nameAt(Gazetteer g, String text, int from) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        Optional<Gazetteer.Match> m = g.longestAt(tokens, from);
        return m.map(x -> x.entries().get(0).label() + " " + (x.to() - x.from())).orElse("none");
    }

    @Test
    void aNameEndingWithAnAbbreviationIsFoundWithOrWithoutItsPeriod() throws IOException {
        Path extra = dir.resolve("extra.tsv");
        Files.writeString(extra, "id\ttype\tqid\tlabel\tnames\tcountry\troles\tflags\n"
                + "person/budi-santoso-jr\tperson\t\tBudi Santoso Jr.\tBudi Santoso Jr.\tQ252\t\t\n");
        Gazetteer g = Gazetteer.load(List.of(extra));
        assertEquals("Budi Santoso Jr. 3", nameAt(g, "Presiden Budi Santoso Jr. tiba di Jakarta.", 1));
        assertEquals("Budi Santoso Jr. 3", nameAt(g, "Presiden Budi Santoso Jr yang tiba di Jakarta.", 1));
    }

    /** The shipped gazetteer knows the United Kingdom's full name, which holds Northern Ireland, not Ireland. */
    @Test
    void theFullNameOfTheUnitedKingdomIsOneState() throws IOException {
        Gazetteer g = Gazetteer.load(List.of());
        assertEquals("United Kingdom 5", nameAt(g, "Menlu Britania Raya dan Irlandia Utara tiba.", 1));
    }
}
