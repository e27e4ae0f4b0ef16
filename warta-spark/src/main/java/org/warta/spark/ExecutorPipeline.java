package org.warta.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.warta.extract.Pipeline;
import org.warta.extract.Pipelines;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.TextDecoder;
import org.warta.model.WartaException;
import org.warta.rdf.ArticleGraphMapper;

/**
 * The core's pipeline, reader and graph mapper, built once per executor JVM and shared by its task threads (they
 * are stateless and thread-safe). Loading the gazetteer and lexicons takes seconds, so doing it per article, or
 * even per partition, would dominate the job. This is the one piece of static state in the job: a JVM-wide cache
 * keyed by the spec, which never needs resetting because a spec always builds the same pipeline.
 */
final class ExecutorPipeline {
    private static final ConcurrentMap<PipelineSpec, ExecutorPipeline> BUILT = new ConcurrentHashMap<>();

    /**
     * Hadoop puts Woodstox on the class path as the StAX implementation, and Jena's XML set-up then logs errors for
     * a security property Woodstox does not know. The JDK's own StAX is what Jena expects; a setting made on the
     * command line ({@code -Djavax.xml.stream.XMLInputFactory=...}) wins.
     */
    static final String STAX = "javax.xml.stream.XMLInputFactory";

    static void preferJdkStax() {
        if (System.getProperty(STAX) == null) {
            System.setProperty(STAX, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    static {
        preferJdkStax();
    }

    final Pipeline pipeline;
    final ArticleReader reader;
    final ArticleGraphMapper mapper;

    private ExecutorPipeline(PipelineSpec spec) {
        Optional<Path> extra = Optional.empty();
        if (spec.extraGazetteer() != null) {
            try {
                Path tsv = Files.createTempFile("warta-gazetteer-", ".tsv");
                tsv.toFile().deleteOnExit();
                Files.writeString(tsv, spec.extraGazetteer(), StandardCharsets.UTF_8);
                extra = Optional.of(tsv);
            } catch (IOException e) {
                throw new WartaException("cannot write the extra gazetteer to a temporary file: " + e, e);
            }
        }
        this.pipeline = Pipelines.standard(extra);
        this.reader = new ArticleReader(new TextDecoder(spec.maxArticleBytes()));
        this.mapper = new ArticleGraphMapper(pipeline.version());
    }

    static ExecutorPipeline of(PipelineSpec spec) {
        return BUILT.computeIfAbsent(spec, ExecutorPipeline::new);
    }
}
