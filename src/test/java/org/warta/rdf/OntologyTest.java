package org.warta.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology declares every term the code writes, with labels in English and Indonesian. */
class OntologyTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/warta.ttl");

    @Test
    void everyWartaTermIsDeclaredAndLabelledInBothLanguages() throws IllegalAccessException {
        for (Field f : WARTA.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) {
                continue;
            }
            Node term = (Node) f.get(null);
            var r = ontology.createResource(term.getURI());
            assertTrue(ontology.contains(r, RDFS.label, ontology.createLiteral(labelOf(r, "en"), "en")),
                    "no English label for " + term);
            assertTrue(r.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals("id")),
                    "no Indonesian label for " + term);
            assertTrue(r.listProperties(RDFS.comment).toList().size() >= 2, "no comments for " + term);
        }
    }

    private static String labelOf(org.apache.jena.rdf.model.Resource r, String lang) {
        return r.listProperties(RDFS.label).toList().stream().filter(s -> s.getLanguage().equals(lang))
                .map(s -> s.getString()).findFirst().orElse("<none>");
    }

    @Test
    void theShapesParse() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertTrue(shapes.numRootShapes() >= 8);
    }
}
