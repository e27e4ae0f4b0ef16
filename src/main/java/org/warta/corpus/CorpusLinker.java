package org.warta.corpus;

import java.util.Optional;
import java.util.Set;
import org.warta.store.WartaStore;

/** Recomputes the corpus-level facts (merged meetings) from the article graphs in a store. */
public interface CorpusLinker {
    /**
     * Rewrites the merged meetings of the corpus graph: all of them, or only those of the given merge keys (the
     * keys of the reports a build added, replaced or removed). Returns the number of merged meetings in the store.
     */
    int relink(WartaStore store, Optional<Set<String>> keys);
}
