package org.warta.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.warta.link.MergeKeys;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.ArticleId;
import org.warta.model.ArticleMetadata;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.MeetingReport;
import org.warta.model.RemovedText;
import org.warta.model.RoleAssertion;
import org.warta.model.Sentence;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;

/**
 * Maps one article's analysis to the triples of its named graph: the article, its sentences, every mention with
 * the entity it refers to, roles, meeting reports and statements, each with its character span and a
 * prov:wasDerivedFrom link to its sentence. Pure: the same analysis always gives the same graph.
 */
public final class ArticleGraphMapper {
    private final String pipelineVersion;

    public ArticleGraphMapper(String pipelineVersion) {
        this.pipelineVersion = pipelineVersion;
    }

    public Graph toGraph(ArticleAnalysis analysis) {
        Graph g = GraphFactory.createGraphMem();
        Article article = analysis.article();
        ArticleId id = article.id();
        Node a = Iris.article(id);
        mapArticle(g, a, article);
        for (RemovedText r : analysis.removed()) {
            Node n = Iris.removed(id, r.span());
            add(g, n, RDF.type.asNode(), WARTA.RemovedText);
            span(g, n, a, r.span(), null);
            add(g, n, WARTA.removalReason, Literals.string(r.reason()));
        }
        for (Sentence s : analysis.sentences()) {
            Node n = Iris.sentence(id, s.index());
            add(g, n, RDF.type.asNode(), NIF.Sentence);
            add(g, n, WARTA.sentenceIndex, Literals.nonNegative(s.index()));
            span(g, n, a, s.span(), article.text());
        }
        Set<EntityRef> entities = new HashSet<>();
        for (EntityMention m : analysis.mentions()) {
            Node n = Iris.mention(id, m.span());
            add(g, n, RDF.type.asNode(), WARTA.Mention);
            // the article is reached through the sentence: one triple less for the most numerous node
            add(g, n, NIF.beginIndex, Literals.nonNegative(m.span().start()));
            add(g, n, NIF.endIndex, Literals.nonNegative(m.span().end()));
            add(g, n, NIF.anchorOf, Literals.string(m.text()));
            add(g, n, NIF.sentence, Iris.sentence(id, m.sentenceIndex()));
            add(g, n, ITSRDF.taIdentRef, Iris.entity(m.entity()));
            add(g, n, WARTA.resolvedBy, Literals.string(m.rule()));
            entities.add(m.entity());
        }
        int ordinal = 0;
        for (RoleAssertion r : analysis.roles()) {
            Node n = Iris.role(id, ++ordinal);
            add(g, n, RDF.type.asNode(), WARTA.Role);
            add(g, n, WARTA.holder, Iris.entity(r.holder()));
            add(g, n, WARTA.position, Literals.lang(r.position(), "id"));
            r.of().ifPresent(o -> {
                add(g, n, WARTA.roleOf, Iris.entity(o));
                entities.add(o);
            });
            add(g, Iris.entity(r.holder()), WARTA.holdsRole, n);
            span(g, n, a, r.span(), article.text());
            add(g, n, PROV.wasDerivedFrom, Iris.sentence(id, r.sentenceIndex()));
            entities.add(r.holder());
        }
        Map<String, String> stateOf = new HashMap<>();
        for (org.warta.model.Affiliation af : analysis.affiliations()) {
            stateOf.putIfAbsent(Iris.entity(af.entity()).getURI(), Iris.entity(af.state()).getURI());
        }
        for (MeetingReport m : analysis.meetings()) {
            mapMeeting(g, a, article, m, entities);
            List<String> participants = m.participants().stream().map(p -> Iris.entity(p).getURI()).toList();
            add(g, Iris.meetingReport(id, m.ordinal()), WARTA.mergeKey,
                    Literals.string(MergeKeys.of(participants, stateOf, m.virtual())));
        }
        for (Statement s : analysis.statements()) {
            Node n = Iris.statement(id, s.ordinal());
            add(g, n, RDF.type.asNode(), WARTA.Statement);
            add(g, n, SCHEMA.creator, Iris.entity(s.speaker()));
            add(g, n, PROV.wasAttributedTo, Iris.entity(s.speaker()));
            add(g, n, SCHEMA.text, Literals.lang(s.quote(), "id"));
            add(g, n, WARTA.kind, Literals.string(s.kind().label()));
            add(g, n, WARTA.reportingVerb, Literals.string(s.verb()));
            add(g, n, WARTA.article, a);
            span(g, n, a, s.quoteSpan(), null);
            add(g, n, PROV.wasDerivedFrom, Iris.sentence(id, s.sentenceIndex()));
            s.citedSource().ifPresent(c -> {
                add(g, n, WARTA.citedSource, Iris.entity(c));
                entities.add(c);
            });
            entities.add(s.speaker());
        }
        for (org.warta.model.Affiliation af : analysis.affiliations()) {
            if (entities.contains(af.entity())) {
                add(g, Iris.entity(af.entity()), WARTA.country, Iris.entity(af.state()));
                entities.add(af.state());
            }
        }
        for (EntityRef e : entities) {
            mapEntity(g, e);
        }
        return g;
    }

    private void mapArticle(Graph g, Node a, Article article) {
        ArticleMetadata meta = article.metadata();
        add(g, a, RDF.type.asNode(), WARTA.Article);
        add(g, a, RDF.type.asNode(), SCHEMA.NewsArticle);
        add(g, a, RDF.type.asNode(), NIF.Context);
        add(g, a, SCHEMA.identifier, Literals.string(article.id().value()));
        add(g, a, WARTA.textSha256, Literals.string(article.textSha256()));
        add(g, a, WARTA.pipelineVersion, Literals.string(pipelineVersion));
        add(g, a, NIF.endIndex, Literals.nonNegative(article.text().length()));
        meta.url().ifPresent(u -> add(g, a, SCHEMA.url, Literals.string(u)));
        meta.publisher().ifPresent(p -> add(g, a, SCHEMA.publisher, Literals.string(p)));
        meta.published().ifPresent(d -> {
            add(g, a, SCHEMA.datePublished, Literals.date(d));
            add(g, a, WARTA.publishedInferred, Literals.bool(meta.publishedInferred()));
        });
        meta.language().ifPresent(l -> add(g, a, SCHEMA.inLanguage, Literals.string(l)));
        meta.title().ifPresent(t -> add(g, a, SCHEMA.headline, Literals.string(t)));
        for (String c : meta.cites()) {
            add(g, a, WARTA.citesSource, Literals.string(c));
        }
        ArticleSourceMapper.map(g, a, meta);
    }

    private void mapMeeting(Graph g, Node a, Article article, MeetingReport m, Set<EntityRef> entities) {
        ArticleId id = article.id();
        Node n = Iris.meetingReport(id, m.ordinal());
        add(g, n, RDF.type.asNode(), WARTA.MeetingReport);
        for (EntityRef p : m.participants()) {
            add(g, n, SEM.hasActor, Iris.entity(p));
            entities.add(p);
        }
        add(g, n, WARTA.status, Literals.string(m.status().label()));
        add(g, n, WARTA.virtual, Literals.bool(m.virtual()));
        add(g, n, WARTA.trigger, Literals.string(m.trigger()));
        add(g, n, WARTA.article, a);
        span(g, n, a, m.evidence(), null);
        add(g, n, WARTA.evidenceText, Literals.lang(m.evidence().of(article.text()), "id"));
        add(g, n, PROV.wasDerivedFrom, Iris.sentence(id, m.sentenceIndex()));
        m.place().ifPresent(p -> {
            add(g, n, SEM.hasPlace, Iris.entity(p));
            entities.add(p);
        });
        m.citedSource().ifPresent(c -> {
            add(g, n, WARTA.citedSource, Iris.entity(c));
            entities.add(c);
        });
        m.time().ifPresent(t -> mapTime(g, n, t));
    }

    static void mapTime(Graph g, Node n, TimeMention t) {
        add(g, n, WARTA.timeExpression, Literals.lang(t.text(), "id"));
        Optional<TimeValue> v = t.value();
        if (v.isPresent()) {
            putTime(g, n, v.get());
        } else {
            add(g, n, WARTA.timeUnresolved, Literals.bool(true));
            if (!t.note().isEmpty()) {
                add(g, n, WARTA.timeNote, Literals.string(t.note()));
            }
        }
    }

    /** Begin and end time stamps at their precision, and the precision by name. */
    public static void putTime(Graph g, Node n, TimeValue v) {
        add(g, n, SEM.hasBeginTimeStamp, Literals.time(v.first(), v.granularity()));
        add(g, n, SEM.hasEndTimeStamp, Literals.time(v.last(), v.granularity()));
        add(g, n, WARTA.timeGranularity, Literals.string(v.granularity().name().toLowerCase(Locale.ROOT)));
    }

    /** The entity as restated in every graph that mentions it: type, name, Wikidata identity. */
    public static void mapEntity(Graph g, EntityRef e) {
        Node n = Iris.entity(e);
        // one type (the ontology makes warta:Person a schema:Person, and so on), the name, the Wikidata identity:
        // restated in every graph that mentions the entity, so they are kept to what a query needs
        Node type = switch (e.type()) {
            case PERSON -> WARTA.Person;
            case STATE -> WARTA.State;
            case ORGANIZATION -> WARTA.Organization;
            case PLACE -> WARTA.Place;
        };
        add(g, n, RDF.type.asNode(), type);
        add(g, n, SCHEMA.name, Literals.string(e.name()));
        e.qid().ifPresent(q -> add(g, n, OWL2.sameAs.asNode(), Iris.wikidata(q)));
    }

    /** Offsets, the covered text (when given), and the article the span is in. */
    private static void span(Graph g, Node n, Node article, Span span, String text) {
        add(g, n, NIF.beginIndex, Literals.nonNegative(span.start()));
        add(g, n, NIF.endIndex, Literals.nonNegative(span.end()));
        add(g, n, NIF.referenceContext, article);
        if (text != null) {
            add(g, n, NIF.anchorOf, Literals.string(span.of(text)));
        }
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
