package org.warta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineVersionTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @TempDir
    Path tmp;

    @Test
    void everyLexiconFileIsInTheDigest() throws IOException {
        TreeSet<String> onDisk = new TreeSet<>();
        for (String dir : List.of("org/warta/extract", "org/warta/text", "org/warta/ingest")) {
            try (Stream<Path> files = Files.walk(RESOURCES.resolve(dir))) {
                files.filter(Files::isRegularFile)
                        // the curated tables feed scripts/build-gazetteer.py; gazetteer.tsv is what is loaded
                        .filter(p -> !p.toString().contains("/curated/"))
                        .forEach(p -> onDisk.add("/" + RESOURCES.relativize(p).toString().replace('\\', '/')));
            }
        }
        assertEquals(onDisk, new TreeSet<>(PipelineVersion.LEXICONS));
    }

    @Test
    void theVersionNamesTheSoftwareAndChangesWithAUserGazetteer() throws IOException {
        String plain = PipelineVersion.of("1.2.3", List.of());
        assertTrue(plain.matches("1\\.2\\.3\\+lex\\.[0-9a-f]{12}"), plain);
        assertEquals(plain, PipelineVersion.of("1.2.3", List.of()));
        Path mine = tmp.resolve("mine.tsv");
        Files.writeString(mine, "person/nama-baru\tperson\t\tNama Baru\tNama Baru\t\t\t\n");
        String withMine = PipelineVersion.of("1.2.3", List.of(mine));
        assertNotEquals(plain, withMine);
        Files.writeString(mine, "person/nama-lain\tperson\t\tNama Lain\tNama Lain\t\t\t\n");
        assertNotEquals(withMine, PipelineVersion.of("1.2.3", List.of(mine)));
    }
}
