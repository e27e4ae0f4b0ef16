package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.model.EntityMention;
import org.warta.model.EntityType;

/** A name cut off at the end of an excerpt cut mid-word. */
class CutNamesTest {
    private static List<String> persons(String text) {
        return TestSupport.analyze(text, "2018-01-23").mentions().stream()
                .filter(m -> m.entity().type() == EntityType.PERSON).map(EntityMention::entity)
                .map(e -> e.name()).distinct().sorted().toList();
    }

    @Test
    void aCutNameIsThePersonOfTheArticleWhoseNameItBegins() {
        assertEquals(List.of("Lars Erik Andersen", "Ryamizard Ryacudu"), persons("Menteri Pertahanan Ryamizard "
                + "Ryacudu menerima Duta Besar Norwegia Lars Erik Andersen di Jakarta, Selasa.\nDalam pertemuan itu, "
                + "Ryamizard didampingi sejumlah pejabat dan kemudian berbicara lagi dengan Dubes Lars Anders"));
    }

    @Test
    void aCutNameOfNoOneInTheArticleNamesNoOne() {
        assertEquals(List.of("Ryamizard Ryacudu"), persons("Menteri Pertahanan Ryamizard Ryacudu tiba di Jakarta, "
                + "Selasa.\nDalam kunjungan itu, Ryamizard didampingi sejumlah pejabat dan bertemu dengan Dubes Swedia "
                + "Lars Anders"));
    }

    /** With no one in the article, the one person of the gazetteer, in office then, whose name it begins. */
    @Test
    void aCutNameOfNoOneInTheArticleIsTheGazetteersPersonWhoseNameItBegins() {
        assertEquals(List.of("Joko Widodo", "Ryamizard Ryacudu"), persons("Menteri Pertahanan Ryamizard Ryacudu tiba "
                + "di Jakarta, Selasa.\nDalam kunjungan itu, Ryamizard didampingi sejumlah pejabat dan kemudian "
                + "bertemu dengan Presiden Joko Wido"));
    }

    @Test
    void aTextIsCutWhenItEndsInALetterInsideALineOfProse() {
        assertTrue(CutNames.cutMidWord("Ia lalu bertemu dengan sejumlah pejabat tinggi di istana Budi Santo"));
        assertFalse(CutNames.cutMidWord("Ia lalu bertemu dengan sejumlah pejabat tinggi di istana Budi Santoso.\n"));
        assertFalse(CutNames.cutMidWord("Kerja sama itu penting.\nEditor: Budi Santoso"), "a byline, not prose");
        assertEquals(List.of("Budi Santoso", "Ryamizard Ryacudu"), persons("Menteri Pertahanan Ryamizard Ryacudu "
                + "tiba di Jakarta, Selasa.\nEditor: Budi Santoso"));
    }
}
