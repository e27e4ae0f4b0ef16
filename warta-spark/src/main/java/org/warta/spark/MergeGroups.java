package org.warta.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warta.link.MeetingMerger;
import org.warta.link.ReportSummary;
import org.warta.model.MeetingStatus;
import org.warta.model.Keys;

/**
 * Splits the cross-article merge into groups that can be merged independently, with the same result as one merge
 * of everything. The core's merge only unites reports along chains of pairs that share a blocking key (a person
 * or a state) and {@linkplain MeetingMerger#mayJoin may join} (see there), and both tests read only a report's
 * <em>signature</em>: its persons, states, their states and whether it was virtual. So the groups are the
 * connected components of the distinct signatures under "share a key and may join": far fewer than the reports,
 * computed once on the driver. A group's key is a digest of its smallest signature, so it does not depend on
 * partitioning or input order; two groups that happened to share a digest would only be merged together, which is
 * still exact.
 */
final class MergeGroups {
    private static final char FIELD = '\u0001';
    private static final char ITEM = '\u0002';
    private static final char PAIR = '\u0003';

    /** What {@link MeetingMerger#mayJoin} and {@link MeetingMerger#blockingKeys} read of a report, as a string. */
    static String signature(ReportSummary r) {
        StringBuilder b = new StringBuilder();
        b.append(r.virtual() ? '1' : '0').append(FIELD);
        b.append(String.join(String.valueOf(ITEM), new TreeSet<>(r.persons()))).append(FIELD);
        b.append(String.join(String.valueOf(ITEM), new TreeSet<>(r.states()))).append(FIELD);
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(r.stateOf()).forEach((k, v) -> pairs.add(k + PAIR + v));
        b.append(String.join(String.valueOf(ITEM), pairs));
        return b.toString();
    }

    /** A report with just the participants of a signature: enough for mayJoin and blockingKeys. */
    static ReportSummary probe(String signature) {
        String[] f = signature.split(String.valueOf(FIELD), -1);
        Map<String, String> stateOf = new HashMap<>();
        for (String pair : items(f[3])) {
            int i = pair.indexOf(PAIR);
            stateOf.put(pair.substring(0, i), pair.substring(i + 1));
        }
        return new ReportSummary("", "", Optional.empty(), items(f[1]), items(f[2]), stateOf, MeetingStatus.OCCURRED,
                Optional.empty(), Optional.empty(), Optional.empty(), f[0].equals("1"), Map.of());
    }

    private static Set<String> items(String field) {
        return field.isEmpty() ? Set.of() : Set.of(field.split(String.valueOf(ITEM), -1));
    }

    /** For each distinct signature, the key of its group. */
    static Map<String, String> groups(Collection<String> distinctSignatures) {
        List<String> sigs = new ArrayList<>(new TreeSet<>(distinctSignatures));
        int n = sigs.size();
        List<ReportSummary> probes = sigs.stream().map(MergeGroups::probe).toList();
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : MeetingMerger.blockingKeys(probes.get(i))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (List<Integer> sharing : byKey.values()) {
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    int a = sharing.get(x);
                    int b = sharing.get(y);
                    if (find(parent, a) != find(parent, b) && MeetingMerger.mayJoin(probes.get(a), probes.get(b))) {
                        union(parent, a, b);
                    }
                }
            }
        }
        // the root is the smallest index, i.e. the smallest signature of the component
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(sigs.get(i), Keys.sha256Hex(sigs.get(find(parent, i))).substring(0, 24));
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private MergeGroups() {
    }
}
