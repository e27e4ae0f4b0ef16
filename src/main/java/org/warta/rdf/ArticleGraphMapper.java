package org.warta.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.warta.link.MergeKeys;
import org.warta.model.Affiliation;
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
 * Maps one article's analysis to quads: the article's own named graph (the lean graph), and with
 * {@link Annotations#FULL} its annotation graph. Pure: the same analysis always gives the same quads.
 *
 * <p>The lean graph holds the article (its metadata and its text, once), every fact — roles, meeting reports,
 * statements — with its evidence span ({@code nif:beginIndex}/{@code nif:endIndex}, UTF-16 offsets into the text)
 * and a {@code prov:wasDerivedFrom} link to its sentence (named by its span, {@link Iris#sentence}), the entities
 * the article mentions ({@code schema:mentions}), and the states of the meeting participants and places. What can
 * be derived is left out: the second and third type of a node (the ontology's subclass axioms give them), the text
 * of a span (the article's text and the offsets give it), the article of a fact (the graph it is in), inverse links,
 * and {@code warta:virtual false}. Entities are described once, in the entities graph ({@link EntityGraphMapper}).
 *
 * <p>The annotation graph ({@link Iris#annotations}) adds what the full NIF layer has: every sentence with its
 * index and text, every mention with its entity and the rule that resolved it, the removed boilerplate, the text of
 * every span, and the words as written (trigger, reporting verb, time expression).
 *
 * <p>SPARQL's SUBSTR counts code points, the offsets count UTF-16 units: for a text with characters beyond the
 * Basic Multilingual Plane (emoji), the lean graph also keeps the text of each fact sentence and statement, so that
 * queries can take it as it is instead of cutting it from the article's text.
 */
public final class ArticleGraphMapper {
    private final String pipelineVersion;
    private final Annotations annotations;

    public ArticleGraphMapper(String pipelineVersion) {
        this(pipelineVersion, Annotations.LEAN);
    }

    public ArticleGraphMapper(String pipelineVersion, Annotations annotations) {
        this.pipelineVersion = pipelineVersion;
        this.annotations = annotations;
    }

    public Annotations annotations() {
        return annotations;
    }

    /** The article's lean graph, for callers that want it whole. */
    public Graph toGraph(ArticleAnalysis analysis) {
        QuadBuffer b = new QuadBuffer();
        map(analysis, b);
        return b.graph(Iris.article(analysis.article().id()));
    }

    /** Sends the quads of the article's graph, and of its annotation graph when asked for, to {@code out}. */
    public void map(ArticleAnalysis analysis, StreamRDF out) {
        Article article = analysis.article();
        ArticleId id = article.id();
        Node a = Iris.article(id);
        QuadWriter lean = new QuadWriter(out, a);
        QuadWriter full = annotations == Annotations.FULL ? new QuadWriter(out, Iris.annotations(id)) : null;
        String text = article.text();
        boolean beyondBmp = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);

        mapArticle(lean, a, article);
        metadata(lean, a, article.metadata());
        for (EntityRef e : mentioned(analysis)) {
            lean.add(a, SCHEMA.mentions, Iris.entity(e));
        }
        mapRemoved(lean, full, a, analysis);
        List<RoleAssertion> roles = writtenRoles(analysis);
        if (beyondBmp) {
            sentenceTexts(lean, analysis, roles);
        }
        int ordinal = 0;
        for (RoleAssertion r : roles) {
            RoleMapper.map(lean, full, a, sentenceOf(analysis, r.sentenceIndex()), Iris.role(id, ++ordinal), r, text);
        }
        Map<String, String> stateOf = new HashMap<>();
        for (Affiliation af : analysis.affiliations()) {
            stateOf.putIfAbsent(Iris.entity(af.entity()).getURI(), Iris.entity(af.state()).getURI());
        }
        for (MeetingReport m : analysis.meetings()) {
            Node n = Iris.meetingReport(id, m.ordinal());
            mapMeeting(lean, full, a, sentenceOf(analysis, m.sentenceIndex()), n, m, text);
            List<String> participants = m.participants().stream().map(p -> Iris.entity(p).getURI()).toList();
            lean.add(n, WARTA.mergeKey, Literals.string(MergeKeys.of(participants, stateOf, m.virtual())));
        }
        for (Statement s : analysis.statements()) {
            mapStatement(lean, full, a, sentenceOf(analysis, s.sentenceIndex()), Iris.statement(id, s.ordinal()), s,
                    text, beyondBmp);
        }
        mapAffiliations(lean, full, analysis);
        if (full != null) {
            annotate(full, a, analysis);
        }
    }

    /**
     * What the page layout kept out of extraction (menus, captions, datelines…) and why: not derivable, so kept, as
     * a reason on a node named by the offsets (the reason's domain gives the class; the full layer states it and the
     * offsets).
     */
    private static void mapRemoved(QuadWriter lean, QuadWriter full, Node a, ArticleAnalysis analysis) {
        for (RemovedText r : analysis.removed()) {
            Node n = Iris.removed(analysis.article().id(), r.span());
            lean.add(n, WARTA.removalReason, Literals.string(r.reason()));
            if (full != null) {
                full.add(n, RDF.type.asNode(), WARTA.RemovedText);
                full.offsets(n, r.span());
                full.add(n, NIF.referenceContext, a);
            }
        }
    }

    /**
     * A fact's sentence is named by its offsets; for a text beyond the Basic Multilingual Plane its text is written
     * too, since SPARQL's SUBSTR counts code points and would cut it wrong.
     */
    private static void sentenceTexts(QuadWriter lean, ArticleAnalysis analysis, List<RoleAssertion> roles) {
        Set<Integer> factSentences = new TreeSet<>();
        roles.forEach(r -> factSentences.add(r.sentenceIndex()));
        analysis.meetings().forEach(m -> factSentences.add(m.sentenceIndex()));
        analysis.statements().forEach(s -> factSentences.add(s.sentenceIndex()));
        for (int i : factSentences) {
            Span span = analysis.sentence(i).span();
            lean.add(Iris.sentence(analysis.article().id(), span), NIF.anchorOf,
                    Literals.string(span.of(analysis.article().text())));
        }
    }

    /**
     * The states of the entities the article names. Those the merge reads (the first affiliation of a meeting's
     * participant or place) are facts, in the lean graph; the others annotate.
     */
    private static void mapAffiliations(QuadWriter lean, QuadWriter full, ArticleAnalysis analysis) {
        Set<EntityRef> merged = new TreeSet<>();
        for (MeetingReport m : analysis.meetings()) {
            merged.addAll(m.participants());
            m.place().ifPresent(merged::add);
        }
        Set<EntityRef> named = named(analysis);
        Set<String> seen = new TreeSet<>();
        Set<EntityRef> placed = new TreeSet<>();
        for (Affiliation af : analysis.affiliations()) {
            if (!named.contains(af.entity()) || !seen.add(af.entity().key() + " " + af.state().key())) {
                continue;
            }
            QuadWriter w = merged.contains(af.entity()) && placed.add(af.entity()) ? lean : full;
            if (w != null) {
                w.add(Iris.entity(af.entity()), WARTA.country, Iris.entity(af.state()));
            }
        }
    }

    /** The roles an article's graph holds: each once per holder and position ({@link RoleMapper#distinct}). */
    public static List<RoleAssertion> writtenRoles(ArticleAnalysis analysis) {
        return RoleMapper.distinct(analysis.roles());
    }

    /**
     * Every entity the article's graphs name: those mentioned, those its facts involve, and the states of those
     * (as they are restated in the entities graph).
     */
    public static Set<EntityRef> named(ArticleAnalysis analysis) {
        Set<EntityRef> out = new TreeSet<>(mentioned(analysis));
        for (RoleAssertion r : analysis.roles()) {
            out.add(r.holder());
            r.of().ifPresent(out::add);
        }
        for (MeetingReport m : analysis.meetings()) {
            out.addAll(m.participants());
            m.place().ifPresent(out::add);
            m.citedSource().ifPresent(out::add);
        }
        for (Statement s : analysis.statements()) {
            out.add(s.speaker());
            s.citedSource().ifPresent(out::add);
        }
        for (Affiliation af : analysis.affiliations()) {
            if (out.contains(af.entity())) {
                out.add(af.state());
            }
        }
        return out;
    }

    private static Set<EntityRef> mentioned(ArticleAnalysis analysis) {
        Set<EntityRef> out = new TreeSet<>();
        analysis.mentions().forEach(m -> out.add(m.entity()));
        return out;
    }

    private void mapArticle(QuadWriter g, Node a, Article article) {
        g.add(a, RDF.type.asNode(), WARTA.Article);
        g.add(a, SCHEMA.identifier, Literals.string(article.id().value()));
        g.add(a, WARTA.textSha256, Literals.string(article.textSha256()));
        g.add(a, WARTA.pipelineVersion, Literals.string(pipelineVersion));
        g.add(a, NIF.isString, Literals.string(article.text()));
    }

    /** What the article's metadata says of it: where it was published, when, by whom, in which language. */
    private static void metadata(QuadWriter g, Node a, ArticleMetadata meta) {
        meta.url().ifPresent(u -> g.add(a, SCHEMA.url, Literals.string(u)));
        meta.publisher().ifPresent(p -> g.add(a, SCHEMA.publisher, Literals.string(p)));
        meta.published().ifPresent(d -> {
            g.add(a, SCHEMA.datePublished, Literals.date(d));
            if (meta.publishedInferred()) {
                g.add(a, WARTA.publishedInferred, Literals.bool(true));
            }
        });
        meta.language().ifPresent(l -> g.add(a, SCHEMA.inLanguage, Literals.string(l)));
        meta.title().ifPresent(t -> g.add(a, SCHEMA.headline, Literals.string(t)));
        for (String c : meta.cites()) {
            g.add(a, WARTA.citesSource, Literals.string(c));
        }
        ArticleSourceMapper.map(g, a, meta);
    }

    /** The node of the article's sentence {@code index}: its IRI carries its offsets. */
    private static Node sentenceOf(ArticleAnalysis analysis, int index) {
        return Iris.sentence(analysis.article().id(), analysis.sentence(index).span());
    }

    private static void mapMeeting(QuadWriter lean, QuadWriter full, Node a, Node sentence, Node n, MeetingReport m,
                                   String text) {
        lean.add(n, RDF.type.asNode(), WARTA.MeetingReport);
        for (EntityRef p : m.participants()) {
            lean.add(n, SEM.hasActor, Iris.entity(p));
        }
        lean.add(n, WARTA.status, Literals.string(m.status().label()));
        if (m.virtual()) {
            lean.add(n, WARTA.virtual, Literals.bool(true));
        }
        m.place().ifPresent(p -> lean.add(n, SEM.hasPlace, Iris.entity(p)));
        m.citedSource().ifPresent(c -> lean.add(n, WARTA.citedSource, Iris.entity(c)));
        m.time().ifPresent(t -> {
            Optional<TimeValue> v = t.value();
            if (v.isPresent()) {
                putTime(lean, n, v.get());
            } else {
                lean.add(n, WARTA.timeUnresolved, Literals.bool(true));
                if (!t.note().isEmpty()) {
                    lean.add(n, WARTA.timeNote, Literals.string(t.note()));
                }
            }
        });
        lean.offsets(n, m.evidence());
        lean.add(n, PROV.wasDerivedFrom, sentence);
        if (full != null) {
            full.add(n, WARTA.article, a);
            full.add(n, NIF.referenceContext, a);
            full.add(n, WARTA.evidenceText, Literals.lang(m.evidence().of(text), "id"));
            full.add(n, WARTA.trigger, Literals.string(m.trigger()));
            m.time().ifPresent(t -> timeAsWritten(full, n, t));
        }
    }

    private static void timeAsWritten(QuadWriter full, Node n, TimeMention t) {
        full.add(n, WARTA.timeExpression, Literals.lang(t.text(), "id"));
        t.value().ifPresent(v -> full.add(n, WARTA.timeGranularity,
                Literals.string(v.granularity().name().toLowerCase(Locale.ROOT))));
    }

    private static void mapStatement(QuadWriter lean, QuadWriter full, Node a, Node sentence, Node n, Statement s,
                                     String text, boolean beyondBmp) {
        lean.add(n, RDF.type.asNode(), WARTA.Statement);
        lean.add(n, SCHEMA.creator, Iris.entity(s.speaker()));
        lean.add(n, WARTA.kind, Literals.string(s.kind().label()));
        lean.offsets(n, s.quoteSpan());
        lean.add(n, PROV.wasDerivedFrom, sentence);
        s.citedSource().ifPresent(c -> lean.add(n, WARTA.citedSource, Iris.entity(c)));
        QuadWriter quote = beyondBmp ? lean : full;
        if (quote != null) {
            quote.add(n, SCHEMA.text, Literals.lang(s.quote(), "id"));
        }
        if (full != null) {
            full.add(n, PROV.wasAttributedTo, Iris.entity(s.speaker()));
            full.add(n, WARTA.reportingVerb, Literals.string(s.verb()));
            full.add(n, WARTA.article, a);
            full.add(n, NIF.referenceContext, a);
        }
    }

    /** The full NIF layer: the article as a context, every sentence and mention. */
    private static void annotate(QuadWriter g, Node a, ArticleAnalysis analysis) {
        Article article = analysis.article();
        ArticleId id = article.id();
        String text = article.text();
        g.add(a, RDF.type.asNode(), SCHEMA.NewsArticle);
        g.add(a, RDF.type.asNode(), NIF.Context);
        g.add(a, NIF.beginIndex, Literals.nonNegative(0));
        g.add(a, NIF.endIndex, Literals.nonNegative(text.length()));
        for (Sentence s : analysis.sentences()) {
            Node n = Iris.sentence(id, s.span());
            g.add(n, RDF.type.asNode(), NIF.Sentence);
            g.add(n, WARTA.sentenceIndex, Literals.nonNegative(s.index()));
            g.offsets(n, s.span());
            g.add(n, NIF.referenceContext, a);
            g.add(n, NIF.anchorOf, Literals.string(s.span().of(text)));
        }
        for (EntityMention m : analysis.mentions()) {
            Node n = Iris.mention(id, m.span());
            g.add(n, RDF.type.asNode(), WARTA.Mention);
            // the article is reached through the sentence: one triple less for the most numerous node
            g.offsets(n, m.span());
            g.add(n, NIF.anchorOf, Literals.string(m.text()));
            g.add(n, NIF.sentence, sentenceOf(analysis, m.sentenceIndex()));
            g.add(n, ITSRDF.taIdentRef, Iris.entity(m.entity()));
            g.add(n, WARTA.resolvedBy, Literals.string(m.rule()));
        }
    }

    /**
     * Begin and end time stamps at their precision (the datatype says which: xsd:date, gYearMonth, gYear). The end is
     * written only when it differs from the begin: a meeting that fits one day, month or year ends when it begins.
     */
    static void putTime(QuadWriter g, Node n, TimeValue v) {
        Node begin = Literals.time(v.first(), v.granularity());
        Node end = Literals.time(v.last(), v.granularity());
        g.add(n, SEM.hasBeginTimeStamp, begin);
        if (!end.equals(begin)) {
            g.add(n, SEM.hasEndTimeStamp, end);
        }
    }

}
