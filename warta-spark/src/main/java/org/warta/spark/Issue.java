package org.warta.spark;

import java.io.Serializable;
import org.warta.ingest.Problem;

/** A problem with one input, as shipped from executors to the driver ({@link Problem} is not serializable). */
record Issue(boolean error, String origin, String reason) implements Serializable {
    static Issue of(Problem p) {
        return new Issue(p.isError(), p.origin(), p.reason());
    }

    Problem problem() {
        return error ? Problem.error(origin, reason) : Problem.warning(origin, reason);
    }
}
