package org.warta.spark;

import org.warta.corpus.SummaryCodec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.warta.corpus.ReportSummaries;
import org.warta.ingest.Problem;
import org.warta.ingest.ReadItem;
import org.warta.model.Article;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityRef;
import org.warta.rdf.ArticleGraphMapper;
import org.warta.rdf.EntityGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.BuildGraphMapper;
import org.warta.rdf.QuadBuffer;
import org.warta.rdf.WARTA;

/**
 * The extraction, one partition at a time: each input is read and analyzed by the core exactly as
 * {@code warta build} does it (the pipeline built once per executor), mapped to its named graph, and turned into
 * table rows and report summaries. Outputs are produced lazily, one input at a time, so a partition never holds
 * more than one article's results in memory.
 */
final class ArticleProcessor implements FlatMapFunction<Iterator<Source>, ArticleOutput> {
    private final PipelineSpec spec;
    private final Sources.HadoopSettings hadoop;
    private final Broadcast<? extends Map<String, Duplicates.FirstSeen>> duplicates;
    private final String runIri;

    ArticleProcessor(PipelineSpec spec, Sources.HadoopSettings hadoop,
                     Broadcast<? extends Map<String, Duplicates.FirstSeen>> duplicates, String runIri) {
        this.spec = spec;
        this.hadoop = hadoop;
        this.duplicates = duplicates;
        this.runIri = runIri;
    }

    @Override
    public Iterator<ArticleOutput> call(Iterator<Source> sources) {
        ExecutorPipeline p = ExecutorPipeline.of(spec);
        Configuration conf = hadoop.configuration();
        Map<String, Duplicates.FirstSeen> dups = duplicates.value();
        Query entities = TableQueries.ENTITIES.query();
        Query meetings = TableQueries.MEETINGS.query();
        Query statements = TableQueries.STATEMENTS.query();
        Node run = NodeFactory.createURI(runIri);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(sources, 0), false)
                .map(source -> {
                    ReadItem item = Sources.read(source, p.reader, conf);
                    if (item instanceof ReadItem.Failed f) {
                        return ArticleOutput.failed(List.of(Issue.of(f.problem())));
                    }
                    ReadItem.Loaded loaded = (ReadItem.Loaded) item;
                    List<Issue> issues = new ArrayList<>(loaded.warnings().stream().map(Issue::of).toList());
                    Article article = loaded.article();
                    Problem duplicate = Duplicates.check(article, source, dups);
                    if (duplicate != null) {
                        issues.add(Issue.of(duplicate));
                        return ArticleOutput.failed(issues);
                    }
                    try {
                        return process(p, article, issues, run, entities, meetings, statements);
                    } catch (RuntimeException e) {
                        // the same outcome and message as CorpusBuilder's
                        issues.add(Issue.of(Problem.error(article.origin(), "extraction failed: " + e)));
                        return ArticleOutput.failed(issues);
                    }
                })
                .iterator();
    }

    private static ArticleOutput process(ExecutorPipeline p, Article article, List<Issue> issues, Node run,
                                         Query entities, Query meetings, Query statements) {
        ArticleAnalysis analysis = p.pipeline.analyze(article);
        QuadBuffer quads = new QuadBuffer();
        p.mapper.map(analysis, quads);
        Node name = Iris.article(article.id());
        Graph graph = quads.graph(name);
        String nquads = NQuads.write(quads);
        QuadBuffer generated = new QuadBuffer();
        BuildGraphMapper.generated(run, article.id(), generated);
        String buildQuads = NQuads.write(generated);

        // the table queries read entities from the entities graph: this article's, as it names them
        Set<EntityRef> named = ArticleGraphMapper.named(analysis);
        QuadBuffer entityQuads = new QuadBuffer();
        EntityGraphMapper.map(named, entityQuads);
        DatasetGraph ds = quads.dataset();
        entityQuads.quads().forEach(ds::add);
        Graph stand = GraphFactory.createGraphMem();
        graph.find(Node.ANY, RDF.type.asNode(), WARTA.MeetingReport).forEachRemaining(t -> {
            stand.add(Triple.create(t.getSubject(), RDF.type.asNode(), WARTA.Meeting));
            stand.add(Triple.create(t.getSubject(), WARTA.hasReport, t.getSubject()));
        });
        ds.addGraph(Iris.CORPUS_GRAPH, stand);

        ArrayList<byte[]> summaries = new ArrayList<>();
        ReportSummaries.of(analysis).forEach(r -> summaries.add(SummaryCodec.encode(r)));
        ArrayList<byte[]> refs = new ArrayList<>();
        named.forEach(e -> refs.add(SummaryCodec.encode(e)));
        return new ArticleOutput(article.id().value(), NQuads.gzip(nquads + buildQuads), quads.size(),
                new ArrayList<>(TableQueries.rows(entities, ds)), new ArrayList<>(TableQueries.rows(meetings, ds)),
                new ArrayList<>(TableQueries.rows(statements, ds)), summaries, refs, new ArrayList<>(issues));
    }
}
