package org.warta.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.warta.model.Article;

/**
 * Passes items on, turning a second article with an id already read into a problem: the same text is a harmless
 * repeat (a warning), another text an error. Keeps one digest and origin per id read.
 */
final class Duplicates implements Consumer<ReadItem> {
    private record Seen(String hash, String origin) {
    }

    private final Map<String, Seen> seen = new HashMap<>();
    private final Consumer<ReadItem> sink;

    Duplicates(Consumer<ReadItem> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(ReadItem item) {
        sink.accept(check(item));
    }

    private ReadItem check(ReadItem item) {
        if (!(item instanceof ReadItem.Loaded loaded)) {
            return item;
        }
        Article a = loaded.article();
        String key = a.id().value();
        Seen previous = seen.putIfAbsent(key, new Seen(a.textSha256(), a.origin()));
        if (previous == null) {
            return item;
        }
        if (previous.hash().equals(a.textSha256())) {
            return new ReadItem.Failed(Problem.warning(a.origin(),
                    "duplicate of article '" + key + "' already read from " + previous.origin() + " (same text, skipped)"));
        }
        return new ReadItem.Failed(Problem.error(a.origin(),
                "duplicate article id '" + key + "' with a different text than " + previous.origin() + " (skipped)"));
    }
}
