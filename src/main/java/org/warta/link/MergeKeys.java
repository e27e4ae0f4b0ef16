package org.warta.link;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * The key that partitions meeting reports for merging: the states its participants belong to (a person without a
 * known state stands for itself, by its first and last name when no gazetteer knows it) and whether it was a call.
 * Two reports that can be one meeting always share it — "Putin visits China" and "Putin meets Xi" both give
 * China|Russia — so the merge runs group by group: the same groups in a single build, in an incremental one and in
 * a Spark shuffle.
 */
public final class MergeKeys {
    public static String of(Collection<String> participants, Map<String, String> stateOf, boolean virtual) {
        TreeSet<String> states = new TreeSet<>();
        for (String p : participants) {
            states.add(stateOf.getOrDefault(p, UnlinkedPersons.looseKey(p)));
        }
        return String.join(" ", states) + (virtual ? " virtual" : "");
    }

    public static String of(ReportSummary r) {
        TreeSet<String> all = new TreeSet<>(r.persons());
        all.addAll(r.states());
        return of(all, r.stateOf(), r.virtual());
    }

    private MergeKeys() {
    }
}
