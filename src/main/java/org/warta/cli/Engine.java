package org.warta.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.warta.Version;
import org.warta.corpus.CorpusBuilder;
import org.warta.corpus.MeetingLinker;
import org.warta.extract.Pipeline;
import org.warta.extract.Pipelines;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.TextDecoder;

/** Wires the library for one command run: the pipeline is built once, here. */
final class Engine {
    static Pipeline pipeline(Optional<Path> gazetteer) {
        return Pipelines.standard(gazetteer);
    }

    static CorpusBuilder builder(Optional<Path> gazetteer, int maxArticleBytes) {
        return new CorpusBuilder(pipeline(gazetteer), new ArticleReader(new TextDecoder(maxArticleBytes)),
                new MeetingLinker(), Version.current());
    }

    private Engine() {
    }
}
