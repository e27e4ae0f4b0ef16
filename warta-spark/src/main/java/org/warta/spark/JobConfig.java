package org.warta.spark;

import java.util.List;
import java.util.Optional;
import org.warta.model.WartaException;

/**
 * One run of the job, parsed once from the command line.
 *
 * @param inputs          JSON Lines corpora, {@code .txt} articles, or folders of them, as Hadoop paths
 * @param output          a folder that must not exist yet
 * @param partitions      extraction partitions; 0 for four per core of the cluster
 * @param gazetteer       an extra gazetteer TSV, as {@code warta build --gazetteer}
 * @param maxArticleBytes articles larger than this are refused, as {@code warta build --max-article-bytes}
 */
public record JobConfig(List<String> inputs, String output, int partitions, Optional<String> gazetteer,
                        int maxArticleBytes) {
    public JobConfig {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new WartaException("no inputs given");
        }
        if (output == null || output.isBlank()) {
            throw new WartaException("no output folder given");
        }
        if (partitions < 0) {
            throw new WartaException("--partitions must be 0 (automatic) or more, got " + partitions);
        }
        if (maxArticleBytes < 1) {
            throw new WartaException("--max-article-bytes must be positive, got " + maxArticleBytes);
        }
        gazetteer = gazetteer == null ? Optional.empty() : gazetteer;
    }
}
