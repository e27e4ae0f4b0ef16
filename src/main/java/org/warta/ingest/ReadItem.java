package org.warta.ingest;

import java.util.List;
import org.warta.model.Article;

/** One input as read: an article with any warnings about it, or the reason it could not be read. */
public sealed interface ReadItem {
    String origin();

    record Loaded(Article article, List<Problem> warnings) implements ReadItem {
        public Loaded {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    record Failed(Problem problem) implements ReadItem {
        @Override
        public String origin() {
            return problem.origin();
        }
    }
}
