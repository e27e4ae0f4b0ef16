package org.warta.corpus;

import org.warta.ingest.Problem;

/** Hears about a build's progress: for a progress bar, and for problems as they happen. */
public interface BuildListener {
    /** An article was read and handled; {@code done} counts inputs so far. */
    default void progress(long done) {
    }

    default void problem(Problem problem) {
    }

    BuildListener NONE = new BuildListener() {
    };
}
