package org.warta.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one build did, as the builds graph records it: when, with which software, from which inputs, how many
 * articles were added, updated, unchanged, and every input that failed with its reason. {@code warta build} and the
 * Spark job both describe their run with it, so the two write the same activity.
 *
 * @param stamp     the build's id: start time and a random suffix, unique per run
 * @param generated the articles written, when the activity lists them itself (the Spark job writes each link beside
 *                  its article instead and leaves this empty)
 */
public record BuildRecord(String stamp, Instant started, Instant ended, String softwareVersion,
                          String pipelineVersion, List<String> inputs, long added, long updated, long unchanged,
                          List<Failure> failures, List<ArticleId> generated) {

    /** An input that was not built, where it is (a file, {@code file:line}) and why. */
    public record Failure(String origin, String reason) {
    }

    public BuildRecord {
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
        generated = List.copyOf(generated);
    }

    /** A new stamp for a build started at {@code started}. */
    public static String newStamp(Instant started) {
        return started.toString().replaceAll("[^0-9TZ]", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
