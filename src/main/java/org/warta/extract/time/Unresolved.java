package org.warta.extract.time;

/** Why a form cannot be placed; thrown inside the resolvers only and caught in {@link TimeResolver#resolve}. */
final class Unresolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unresolved(String note) {
        super(note, null, false, false);
    }
}
