package org.warta.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.warta.model.ArticleId;

class ArticleIdsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "001_5883b0916c514fed | 001_5883b0916c514fed",
        "berita hari ini | berita-hari-ini-",
        "Sénat & Dewan | senat-dewan-",
        "laporan#1 | laporan-1-",
        "naik 100% | naik-100-",
        "https://www.kompas.example/read/2024/03/05/x?page=all | kompas-example-read-2024-03-05-x-page-all-",
        "محمد | "})
    void aSafeNameIsKeptAndAnyOtherGetsASlugAndADigest(String name, String prefix) {
        ArticleIds.Minted m = ArticleIds.of(name);
        assertTrue(ArticleId.isValid(m.id().value()), m.id().value());
        String p = prefix == null ? "" : prefix;
        assertTrue(m.id().value().startsWith(p), m.id().value());
        assertEquals(m.id().value().equals(name) ? Optional.empty() : Optional.of(name), m.original());
        if (!p.equals(name)) {
            assertEquals(p.length() + ArticleIds.DIGEST, m.id().value().length(), m.id().value());
        }
    }

    @Test
    void nfcAndNfdGiveOneIdAndDistinctNamesNever() {
        assertEquals(ArticleIds.of("Caf\u00e9").id(), ArticleIds.of("Cafe\u0301").id());
        assertNotEquals(ArticleIds.of("a b").id(), ArticleIds.of("a  b").id(), "the same slug, another digest");
        assertTrue(ArticleIds.of("x".repeat(250)).id().value().length() <= ArticleIds.MAX_SLUG + 1 + ArticleIds.DIGEST);
    }
}
