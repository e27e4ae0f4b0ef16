package org.warta.corpus;

import java.time.Duration;
import java.util.List;
import org.warta.ingest.Problem;

/** What a build did: counts, every problem by input, and how long it took. */
public record BuildReport(
        int added,
        int updated,
        int unchanged,
        List<Problem> problems,
        long triplesWritten,
        int meetings,
        Duration elapsed) {

    public BuildReport {
        problems = List.copyOf(problems);
    }

    public long failed() {
        return problems.stream().filter(Problem::isError).count();
    }

    public int written() {
        return added + updated;
    }

    public boolean changedNothing() {
        return added == 0 && updated == 0;
    }
}
