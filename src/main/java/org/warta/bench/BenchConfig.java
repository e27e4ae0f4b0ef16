package org.warta.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one benchmark run does.
 *
 * @param articles        articles in the generated corpus
 * @param seed            the corpus generator's seed
 * @param steps           the measurements to take (the corpus is always generated)
 * @param warta           the {@code warta} launcher whose build and serve are measured
 * @param work            where the corpus, stores and logs go; removed afterwards unless {@code keep}
 * @param results         where the JSON report is written
 * @param heap            the -Xmx of every measured JVM (build, loader, server), e.g. "2g"
 * @param jenaClasspath   the classpath of jena-cmds, for the bulk loader; empty skips the loader
 * @param increment       articles added to the built store in the incremental step
 * @param clients         the numbers of concurrent clients of each query load
 * @param queryWarmup     warm-up of each query load, not measured
 * @param queryDuration   measured time of each query load
 * @param requestTimeout  a query taking longer is cancelled and counted as a timeout
 * @param port            the server's port; 0 picks a free one
 * @param extractSample   at most this many articles are analyzed by the extraction step
 * @param extractWarmup   warm-up of the extraction step, not measured
 * @param personQuery     the "meetings of one person" query, with ?name left to bind
 * @param personsQuery    lists the persons (?name) to bind
 * @param pageQuery       one page of the meetings table, the newest
 * @param rate            requests a second of the open-loop load of each query; 0 for none
 * @param copies          copies of the seeds built by the copies step
 * @param invocation      the command line, quoted in the report
 */
public record BenchConfig(int articles, long seed, Set<Step> steps, Path warta, Path work, Path results, boolean keep,
                          String heap, Optional<Path> jenaClasspath, int increment, List<Integer> clients,
                          Duration queryWarmup, Duration queryDuration, Duration requestTimeout, int port,
                          int extractSample, Duration extractWarmup, Path personQuery, Path personsQuery,
                          Path pageQuery, double rate, int copies, String invocation) {

    public enum Step { EXTRACT, BUILD, LOADER, EXPORTS, QUERIES, INCREMENTAL, COPIES }

    public BenchConfig {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1: " + articles);
        }
        if (increment < 1) {
            throw new IllegalArgumentException("--increment must be at least 1: " + increment);
        }
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("--clients must be positive numbers: " + clients);
        }
        if (rate < 0 || copies < 0) {
            throw new IllegalArgumentException("--rate and --copies must not be negative: " + rate + ", " + copies);
        }
        if (!heap.matches("[0-9]+[kmgKMG]?")) {
            throw new IllegalArgumentException("--heap must be a JVM size such as 2g: " + heap);
        }
        steps = steps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(steps));
        clients = List.copyOf(clients);
    }

    /** The loader, export, query and incremental steps measure the store the build step made. */
    public boolean needsBuild() {
        return steps.contains(Step.BUILD) || steps.contains(Step.LOADER) || steps.contains(Step.QUERIES)
                || steps.contains(Step.INCREMENTAL) || steps.contains(Step.EXPORTS);
    }
}
