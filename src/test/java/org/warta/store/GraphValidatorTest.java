package org.warta.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The shapes hold a lean graph to what its queries rely on: a fact's sentence is named by its span in the fact's
 * article ({@code <article>#char=begin,end}), and that span holds the fact's evidence; a removed stretch is named
 * by offsets inside its article's text.
 */
class GraphValidatorTest {
    private static final GraphValidator VALIDATOR = GraphValidator.fromResources();
    private static final String ARTICLE = "https://w3id.org/warta/id/article/t1";

    /** A one-statement article graph whose statement spans {@code evidence} and comes from {@code sentence}. */
    private static Graph article(String sentence, int begin, int end) {
        String ttl = """
                PREFIX warta: <https://w3id.org/warta/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <https://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <%1$s> a warta:Article ; schema:identifier "t1" ;
                    nif:isString "Menlu itu tiba. Ia berkata: kami siap." ;
                    warta:pipelineVersion "test" ; warta:textSha256 "%5$s" .
                <%1$s/statement/1> a warta:Statement ; schema:creator <https://w3id.org/warta/id/entity/Q1> ;
                    warta:kind "direct" ; nif:beginIndex "%3$d"^^xsd:nonNegativeInteger ;
                    nif:endIndex "%4$d"^^xsd:nonNegativeInteger ; prov:wasDerivedFrom <%2$s> .
                """.formatted(ARTICLE, sentence, begin, end, "0".repeat(64));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static List<GraphValidator.Violation> factSentence(Graph g) {
        return VALIDATOR.validate(ARTICLE, g).stream().filter(v -> v.message().contains("fact's sentence")).toList();
    }

    @Test
    void aFactFromASentenceNamedByItsSpanAroundTheEvidenceConforms() {
        assertEquals(List.of(), VALIDATOR.validate(ARTICLE, article(ARTICLE + "#char=16,38", 28, 37)));
    }

    @Test
    void aSentenceThatDoesNotHoldTheEvidenceIsAViolation() {
        assertEquals(1, factSentence(article(ARTICLE + "#char=0,15", 28, 37)).size());
        assertEquals(1, factSentence(article(ARTICLE + "#char=16,30", 28, 37)).size());
    }

    @Test
    void aSentenceNotNamedByOffsetsInTheFactsArticleIsAViolation() {
        assertEquals(1, factSentence(article(ARTICLE + "/sentence/1", 28, 37)).size());
        assertEquals(1, factSentence(article("https://w3id.org/warta/id/article/t2#char=16,38", 28, 37)).size());
        assertTrue(factSentence(article(ARTICLE + "#char=16,38", 28, 37)).isEmpty());
    }

    /** The same article with one removed stretch named {@code name}. */
    private static Graph withRemoved(String name) {
        Graph g = article(ARTICLE + "#char=16,38", 28, 37);
        RDFParser.fromString("<" + name + "> <https://w3id.org/warta/ontology#removalReason> \"dateline\" .")
                .lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static List<GraphValidator.Violation> removed(Graph g) {
        return VALIDATOR.validate(ARTICLE, g).stream().filter(v -> v.message().contains("removed stretch")).toList();
    }

    @Test
    void aRemovedStretchIsNamedByOffsetsInsideItsArticlesText() {
        assertEquals(List.of(), VALIDATOR.validate(ARTICLE, withRemoved(ARTICLE + "/removed/0-6")));
        assertEquals(1, removed(withRemoved(ARTICLE + "/removed/30-60")).size(), "past the text's end");
        assertEquals(1, removed(withRemoved(ARTICLE + "/removed/6-0")).size(), "ends before it begins");
        assertEquals(1, removed(withRemoved("https://w3id.org/warta/id/article/t2/removed/0-6")).size());
        assertEquals(1, removed(withRemoved(ARTICLE + "/removed/first")).size());
    }
}
