package org.warta.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warta.extract.World.JAPAN;
import static org.warta.extract.World.OSAKA;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.LexiconLines;
import org.warta.extract.Texts;
import org.warta.model.EntityType;

/**
 * Every head of {@code org-heads.tsv} before a state names that state's organization with the English label of
 * its line ({@link OrganizationNames}).
 */
class OrgHeadLinesTest {
    static Stream<Arguments> lines() {
        return LexiconLines.arguments(EntityLexicon.class, "org-heads.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void everyHeadNamesTheStatesOrganization(LexiconLines.Line line) {
        String head = line.word();
        // a region's government is named by the region after it, a state's body by the state
        boolean regional = line.field(1).contains("{region}");
        String after = regional ? "Sukamaju" : "Jepang";
        List<String> organizations = EntityStages.scan(Texts.text("Hari itu " + head + " " + after
                        + " menolak usulan."), JAPAN).mentions().stream()
                .filter(m -> m.entity().type() == EntityType.ORGANIZATION)
                .map(m -> m.text() + " = " + m.entity().name()).toList();
        assertEquals(List.of(head + " " + after + " = " + line.field(1).replace("{state}", "Japan")
                .replace("{region}", "Sukamaju")), organizations);
    }

    /** A region the gazetteer knows is named by its English label. */
    @Test
    void aKnownRegionsGovernmentTakesThePlacesLabel() {
        List<String> organizations = EntityStages.scan(Texts.text("Hari itu Pemprov Osaka menolak usulan."), JAPAN,
                OSAKA).mentions().stream().filter(m -> m.entity().type() == EntityType.ORGANIZATION)
                .map(m -> m.entity().name()).toList();
        assertEquals(List.of("Osaka Provincial Government"), organizations);
    }
}
