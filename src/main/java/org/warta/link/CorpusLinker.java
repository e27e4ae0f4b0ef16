package org.warta.link;

import org.warta.store.WartaStore;

/** Recomputes the corpus-level facts (merged meetings) from the article graphs in a store. */
public interface CorpusLinker {
    /** Rewrites the corpus graph; returns the number of merged meetings. */
    int relink(WartaStore store);
}
