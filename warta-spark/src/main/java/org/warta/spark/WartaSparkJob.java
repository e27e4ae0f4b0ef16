package org.warta.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.warta.ingest.TextDecoder;
import org.warta.model.WartaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code WartaSparkJob [options] INPUT... OUTPUT}. Runs in {@code local[*]} when no master is set
 * (so it runs from Maven alone), else on whatever cluster {@code spark-submit} names.
 */
@Command(name = "warta-spark", mixinStandardHelpOptions = true,
        description = "Build Warta's knowledge graph on Apache Spark: read articles (JSON Lines corpora, folders of "
                + ".txt with .meta.json sidecars) from any Hadoop path, run the extraction and the cross-article "
                + "merge, and write gzip N-Quads (OUTPUT/nquads/part-NNNNN.nq.gz), Parquet tables "
                + "(OUTPUT/tables/entities, meetings, statements) and a run record (OUTPUT/run.json).",
        footer = "%nExit codes: 0 success; 1 some inputs failed (the others were built); 2 usage error; "
                + "4 bad input to the job (e.g. the output exists); 5 internal error.")
public final class WartaSparkJob implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "PATH", description = "Inputs, then the output folder (must not exist).")
    List<String> paths;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Extraction partitions (default: 4 per core).")
    int partitions;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "An additional gazetteer TSV, as for `warta build`.")
    String gazetteer;

    @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES,
            description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
    int maxArticleBytes;

    @Override
    public Integer call() {
        JobConfig config = new JobConfig(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), partitions,
                Optional.ofNullable(gazetteer), maxArticleBytes);
        SparkConf conf = new SparkConf().setAppName("warta");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            RunRecord r = SparkBuild.run(spark, config);
            r.failures().forEach(p -> err.println(p));
            out.println(String.format(Locale.ROOT,
                    "built %,d article(s); %d failed, %d warning(s); %,d quads; %,d meetings; %.1f s; output in %s",
                    r.articles(), r.failed(), r.warnings(), r.quads(), r.meetings(),
                    (r.ended().toEpochMilli() - r.started().toEpochMilli()) / 1000.0, config.output()));
            out.flush();
            return r.failed() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WartaSparkJob());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof WartaException) {
                line.getErr().println("warta-spark: " + e.getMessage());
                return 4;
            }
            line.getErr().println("warta-spark: internal error: " + e);
            e.printStackTrace(line.getErr());
            return 5;
        });
        return cl;
    }

    public static void main(String[] args) {
        ExecutorPipeline.preferJdkStax();
        System.exit(commandLine().execute(args));
    }
}
