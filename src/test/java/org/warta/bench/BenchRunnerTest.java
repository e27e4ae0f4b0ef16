package org.warta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class BenchRunnerTest {
    @Test
    void aBoundPersonQueryParsesAndKeepsNameAsAColumn() throws IOException {
        Query shipped = QueryFactory.create(Files.readString(Path.of("queries/meetings-of-person.rq")));
        String text = BenchRunner.bind(shipped, "name", "Vladimir \"V.\" Putin");
        Query bound = QueryFactory.create(text);
        assertTrue(bound.getResultVars().contains("name"), text);
        assertTrue(text.contains("\"Vladimir \\\"V.\\\" Putin\""), text);
        assertEquals(shipped.getOrderBy().size() - 1, bound.getOrderBy().size(), text);
    }
}
