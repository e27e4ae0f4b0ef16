package org.warta.spark;

import org.warta.corpus.SummaryCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.BytesWritable;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.warta.Version;
import org.warta.extract.Pipelines;
import org.warta.ingest.Problem;
import org.warta.model.BuildRecord;
import org.warta.model.WartaException;
import org.warta.link.RecentMeetings;
import org.warta.rdf.CorpusGraphMapper;
import org.warta.rdf.EntityGraphMapper;
import org.warta.rdf.Iris;
import org.warta.rdf.QuadBuffer;
import scala.Tuple2;

/**
 * One run of the job over a Spark session. The extraction runs once; its results go to disk (keeping them in
 * memory drove a JVM to 6.4 GiB) and feed every output:
 * <pre>
 * OUTPUT/nquads/part-NNNNN.nq.gz   article graphs, then the corpus graph, then the run's activity (builds graph)
 * OUTPUT/tables/entities           rows of queries/entities.rq       (Parquet)
 * OUTPUT/tables/meetings           rows of queries/who-met-whom.rq
 * OUTPUT/tables/statements         rows of queries/statements.rq
 * OUTPUT/run.json                  the run record
 * </pre>
 * The cross-article merge shuffles report summaries by {@linkplain MergeGroups merge group} and applies the core's
 * merge to each group, so the corpus graph equals {@code warta build}'s whatever the partitioning or input order.
 */
public final class SparkBuild {
    private final SparkSession spark;
    private final JobConfig config;

    private SparkBuild(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.config = config;
    }

    public static RunRecord run(SparkSession spark, JobConfig config) {
        try {
            return new SparkBuild(spark, config).run();
        } catch (IOException e) {
            throw new WartaException("I/O error in the job: " + e, e);
        }
    }

    private RunRecord run() throws IOException {
        Instant started = Instant.now();
        String stamp = BuildRecord.newStamp(started);
        String runIri = Iris.build(stamp).getURI();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = sc.hadoopConfiguration();
        Path out = new Path(config.output());
        FileSystem ofs = out.getFileSystem(hconf);
        if (ofs.exists(out)) {
            throw new WartaException("output " + out + " exists: the job writes a new folder and never overwrites");
        }
        int partitions = config.partitions() > 0 ? config.partitions() : Math.max(2, sc.defaultParallelism() * 4);
        PipelineSpec spec = new PipelineSpec(config.maxArticleBytes(),
                config.gazetteer().map(g -> readText(new Path(g), hconf)).orElse(null));
        Sources.HadoopSettings hadoop = Sources.HadoopSettings.of(hconf);

        Sources.Listing listing = Sources.list(config.inputs(), hconf);
        JavaRDD<Source> sources = Sources.rdd(sc, listing, partitions);
        Broadcast<HashMap<String, Duplicates.FirstSeen>> duplicates =
                sc.broadcast(Duplicates.find(sources, spec, hadoop));
        JavaRDD<ArticleOutput> extracted = sources
                .mapPartitions(new ArticleProcessor(spec, hadoop, duplicates, runIri))
                .persist(StorageLevel.DISK_ONLY());
        Totals totals = extracted.map(Totals::of).fold(Totals.ZERO, Totals::plus);
        List<Problem> problems = new ArrayList<>(listing.problems());
        extracted.flatMap(o -> o.issues().iterator()).collect().forEach(i -> problems.add(i.problem()));

        // the cross-article merge: one shuffle by merge group
        JavaRDD<byte[]> summaries = extracted.flatMap(o -> o.summaries().iterator());
        Map<String, String> groups = MergeGroups.groups(
                summaries.map(b -> MergeGroups.signature(SummaryCodec.decode(b))).distinct().collect());
        Broadcast<HashMap<String, String>> groupOf = sc.broadcast(new HashMap<>(groups));
        int mergePartitions = Math.max(1, Math.min(partitions, groups.size()));
        JavaRDD<CorpusMerge.GroupOutput> merged = summaries
                .mapToPair(b -> new Tuple2<>(groupOf.value().get(MergeGroups.signature(SummaryCodec.decode(b))), b))
                .groupByKey(mergePartitions)
                .map(t -> CorpusMerge.merge(t._2()))
                .persist(StorageLevel.DISK_ONLY());
        // the entities graph: each entity once, with every spelling the articles give it (as warta build writes it)
        JavaRDD<String> entityQuads = extracted
                .flatMap(o -> o.named().iterator())
                .mapToPair(b -> new Tuple2<>(SummaryCodec.decodeRef(b).key(), b))
                .groupByKey(mergePartitions)
                .mapPartitions(it -> {
                    QuadBuffer g = new QuadBuffer();
                    it.forEachRemaining(t -> {
                        java.util.TreeSet<org.warta.model.EntityRef> spellings = EntityGraphMapper.spellings();
                        t._2().forEach(b -> spellings.add(SummaryCodec.decodeRef(b)));
                        EntityGraphMapper.describe(spellings, g);
                    });
                    return List.of(NQuads.write(g)).iterator();
                })
                .persist(StorageLevel.DISK_ONLY());
        long meetings = merged.map(CorpusMerge.GroupOutput::meetings).fold(0, Integer::sum);
        long corpusQuads = merged.map(CorpusMerge.GroupOutput::quads).fold(0L, Long::sum)
                + entityQuads.map(NQuads::lines).fold(0L, Long::sum);

        // N-Quads: article graphs, corpus graph
        Path nquads = new Path(out, "nquads");
        JavaRDD<byte[]> quads = extracted.map(ArticleOutput::nquads)
                .union(merged.map(CorpusMerge.GroupOutput::nquads))
                .union(entityQuads.map(NQuads::gzip));
        quads.mapToPair(b -> new Tuple2<>(NullWritable.get(), new BytesWritable(b)))
                .saveAsNewAPIHadoopFile(nquads.toString(), NullWritable.class, BytesWritable.class,
                        NQuadsOutputFormat.class, new Configuration(hconf));

        // Parquet tables
        Map<String, Long> rows = new HashMap<>();
        Path tables = new Path(out, "tables");
        writeTable(TableQueries.ENTITIES, extracted.flatMap(o -> o.entities().iterator()), null, tables);
        writeTable(TableQueries.STATEMENTS, extracted.flatMap(o -> o.statements().iterator()), null, tables);
        // every report is in exactly one merged meeting, so the join keeps every meeting row
        writeTable(TableQueries.MEETINGS, extracted.flatMap(o -> o.meetings().iterator()),
                merged.flatMap(g -> g.reportMeeting().iterator()), tables);
        rows.put("entities", totals.entityRows());
        rows.put("statements", totals.statementRows());
        rows.put("meetings", totals.meetingRows());

        // the run record, last, as its own part file and as run.json
        List<Problem> failures = problems.stream().filter(Problem::isError)
                .sorted(Comparator.comparing(Problem::origin).thenComparing(Problem::reason)).toList();
        // the index of starts, the lists of newest meetings and the counts the corpus graph keeps (as warta build
        // writes them), before the activity
        QuadBuffer counts = new QuadBuffer();
        CorpusGraphMapper.starts(merged.flatMap(g -> g.starts().iterator()).distinct().collect().stream()
                .map(NodeFactoryExtra::parseNode).toList(), counts);
        // the newest meetings of all and of each participant, each list reduced to its newest across the groups
        merged.flatMap(g -> g.recent().iterator())
                .mapToPair(r -> new Tuple2<>(r[0], r[1]))
                .aggregateByKey(new java.util.TreeSet<String>(), (set, key) -> {
                    RecentMeetings.add(set, key);
                    return set;
                }, (a, b) -> {
                    b.forEach(k -> RecentMeetings.add(a, k));
                    return a;
                })
                .collect()
                .forEach(t -> CorpusGraphMapper.recent(org.apache.jena.graph.NodeFactory.createURI(t._1()),
                        t._2().stream().map(RecentMeetings::iri).toList(), counts));
        CorpusGraphMapper.counts(meetings, totals.articles(), counts);
        RunRecord record = new RunRecord(stamp, started, Instant.now(), Version.current(),
                ExecutorPipeline.of(spec).pipeline.version(), spark.version(), sc.master(), config.inputs(),
                partitions, totals.articles(), failures.size(), problems.size() - failures.size(),
                totals.quads() + corpusQuads + counts.size(), totals.reports(), meetings, rows, failures);
        try (OutputStream os = NQuadsOutputFormat.create(ofs,
                new Path(nquads, NQuadsOutputFormat.partName(quads.getNumPartitions())))) {
            os.write(NQuads.gzip(NQuads.write(counts)));
            os.write(NQuads.gzip(NQuads.write(record.activity())));
        }
        try (OutputStream os = ofs.create(new Path(out, "run.json"), false)) {
            os.write(record.toJson().getBytes(StandardCharsets.UTF_8));
        }
        entityQuads.unpersist(false);
        merged.unpersist(false);
        extracted.unpersist(false);
        return record;
    }

    /**
     * Writes one table from its query's rows. The meeting rows carry their report where the meeting goes; with
     * {@code reportMeeting} given, the merge's meeting of each report is joined in.
     */
    private void writeTable(TableQueries table, JavaRDD<String[]> rows, JavaRDD<String[]> reportMeeting,
                            Path tables) {
        List<String> columns = table.columns();
        List<String> named = new ArrayList<>(columns);
        if (reportMeeting != null) {
            named.set(columns.indexOf("meeting"), "report");
        }
        Dataset<Row> df = spark.createDataFrame(rows.map(r -> RowFactory.create((Object[]) r)), schema(named));
        if (reportMeeting != null) {
            Dataset<Row> links = spark.createDataFrame(reportMeeting.map(r -> RowFactory.create((Object[]) r)),
                    schema(List.of("report", "meeting")));
            df = df.join(links, "report").select(columns.stream().map(functions::col).toArray(
                    org.apache.spark.sql.Column[]::new));
        }
        df.write().parquet(new Path(tables, table.table()).toString());
    }

    private static StructType schema(List<String> columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    private static String readText(Path p, Configuration conf) {
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WartaException("cannot read gazetteer " + p + ": " + e, e);
        }
    }
}
