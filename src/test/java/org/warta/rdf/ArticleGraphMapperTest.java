package org.warta.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.warta.TestSupport;
import org.warta.model.ArticleAnalysis;
import org.warta.model.Statement;

/** What the lean graph writes of a fact's sentence: nothing but its name, unless SPARQL would cut its text wrong. */
class ArticleGraphMapperTest {
    private static final ArticleGraphMapper MAPPER = new ArticleGraphMapper("test");

    private static List<Triple> aboutSentence(Graph g, Node sentence) {
        return g.find(sentence, Node.ANY, Node.ANY).toList();
    }

    @Test
    void aFactsSentenceIsNamedByItsSpanAndGetsNoTriples() {
        ArticleAnalysis a = TestSupport.analyze("Menlu Retno Marsudi mengatakan, \"Kami siap bekerja sama.\"",
                "2024-04-05");
        Statement s = a.statements().get(0);
        Node sentence = Iris.sentence(a.article().id(), a.sentence(s.sentenceIndex()).span());
        Graph g = MAPPER.toGraph(a);
        assertTrue(sentence.getURI().matches(".*#char=[0-9]+,[0-9]+"), sentence.getURI());
        assertTrue(g.contains(Node.ANY, PROV.wasDerivedFrom, sentence));
        assertEquals(List.of(), aboutSentence(g, sentence));
    }

    /** With a character beyond the Basic Multilingual Plane, the sentence's text is written for SPARQL to take. */
    @Test
    void aSentenceBeyondTheBmpKeepsItsText() {
        ArticleAnalysis a = TestSupport.analyze(
                "Menlu Retno Marsudi mengatakan, \"Kami siap bekerja sama \uD83D\uDE00.\"", "2024-04-05");
        Statement s = a.statements().get(0);
        String text = a.sentence(s.sentenceIndex()).span().of(a.article().text());
        Node sentence = Iris.sentence(a.article().id(), a.sentence(s.sentenceIndex()).span());
        List<Triple> about = aboutSentence(MAPPER.toGraph(a), sentence);
        assertEquals(1, about.size());
        assertEquals(NIF.anchorOf, about.get(0).getPredicate());
        assertEquals(text, about.get(0).getObject().getLiteralLexicalForm());
        assertFalse(text.isEmpty());
    }
}
