package org.warta.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warta.model.Granularity;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;

/**
 * Decides which reports, across articles, describe the same real meeting, and merges them. Pure and
 * deterministic: the result depends on the set of reports, not on their order, so ingestion order and batching do
 * not matter.
 *
 * <p>Two reports can be the same meeting when their participants match (the same persons; or a visiting leader
 * and the host state against that leader and a person of that state), their times overlap at whatever precision
 * each has, their places fit (the same place, or a city and its state), and both are virtual or both are not.
 * To keep distinct meetings of the same people apart, precise reports are clustered first and a coarse report
 * (a year, or no date) or a state-level report joins a cluster only when exactly one cluster fits it.
 */
public final class MeetingMerger {
    /** How far from its article's date an undated report's meeting may lie. */
    private static final int UNDATED_PAST_DAYS = 366;
    private static final int UNDATED_FUTURE_DAYS = 183;
    /** An undated report of a meeting held tells, among meetings of the same people, the one of these last days. */
    private static final int RECENT_DAYS = 14;

    /** Compare every pair of reports of a signature instead of sweeping by time: the definition, for tests. */
    private final boolean everyPair;

    public MeetingMerger() {
        this(false);
    }

    MeetingMerger(boolean everyPair) {
        this.everyPair = everyPair;
    }

    /** Merges reports: independently within each group of one {@link MergeKeys merge key}. */
    public List<MergedMeeting> merge(List<ReportSummary> input) {
        Map<String, List<ReportSummary>> groups = new TreeMap<>();
        for (ReportSummary r : input) {
            groups.computeIfAbsent(MergeKeys.of(r), k -> new ArrayList<>()).add(r);
        }
        List<MergedMeeting> out = new ArrayList<>();
        groups.values().forEach(g -> out.addAll(mergeGroup(g)));
        out.sort(Comparator.comparing(MergedMeeting::id));
        return out;
    }

    /** Merges reports that share a merge key. */
    public List<MergedMeeting> mergeGroup(List<ReportSummary> input) {
        List<ReportSummary> reports = input.stream().sorted().distinct().toList();
        int n = reports.size();
        UnionFind uf = new UnionFind(n);
        // levels: exact participants first (by precision tier), then state-level reports
        List<List<Integer>> levels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            levels.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            ReportSummary r = reports.get(i);
            levels.get((r.hasStateParticipant() ? 3 : 0) + tier(r)).add(i);
        }
        Set<Integer> placed = new HashSet<>();
        for (List<Integer> level : levels) {
            clusterLevel(reports, level, uf);
            attach(reports, level, placed, uf);
            placed.addAll(level);
        }
        Map<Integer, List<ReportSummary>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return clusters.values().stream().map(MeetingMerger::mergeCluster)
                .sorted(Comparator.comparing(MergedMeeting::id)).toList();
    }

    /**
     * Within one level: reports with equal participant signatures that fit each other form components. Two reports
     * can only fit when their time windows overlap or touch, so each report is compared with the reports whose
     * windows are still open when it starts (sorted by start), not with every other report; and not with those
     * already in its component. The components are the same as comparing every pair.
     */
    private void clusterLevel(List<ReportSummary> reports, List<Integer> level, UnionFind uf) {
        Map<String, List<Integer>> bySignature = new LinkedHashMap<>();
        for (int i : level) {
            bySignature.computeIfAbsent(signature(reports.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : bySignature.values()) {
            if (everyPair) {
                for (int x = 0; x < group.size(); x++) {
                    for (int y = x + 1; y < group.size(); y++) {
                        join(reports, group.get(x), group.get(y), uf);
                    }
                }
                continue;
            }
            List<Integer> timed = new ArrayList<>();
            List<Integer> untimed = new ArrayList<>();
            for (int i : group) {
                (window(reports.get(i)).isPresent() ? timed : untimed).add(i);
            }
            // a report without any window may fit every other: compare those with all
            for (int x = 0; x < untimed.size(); x++) {
                for (int y : group) {
                    join(reports, untimed.get(x), y, uf);
                }
            }
            timed.sort(Comparator.comparing((Integer i) -> window(reports.get(i)).orElseThrow().coverStart())
                    .thenComparing(i -> i));
            List<Integer> open = new ArrayList<>();
            for (int x : timed) {
                // sameDayConflict joins reports a day apart: keep windows open one day longer
                long start = window(reports.get(x)).orElseThrow().coverStart().toEpochDay() - 1;
                open.removeIf(y -> window(reports.get(y)).orElseThrow().coverEnd().toEpochDay() < start);
                for (int y : open) {
                    join(reports, x, y, uf);
                }
                open.add(x);
            }
        }
    }

    private static void join(List<ReportSummary> reports, int x, int y, UnionFind uf) {
        if (x == y || uf.find(x) == uf.find(y)) {
            return;
        }
        ReportSummary a = reports.get(x);
        ReportSummary b = reports.get(y);
        if (fits(a, b) || sameDayConflict(a, b)) {
            uf.union(x, y);
        }
    }

    /**
     * Each component of this level joins the one earlier component it fits entirely, if exactly one does; with
     * none or several it stays apart rather than chaining distinct meetings together.
     */
    private void attach(List<ReportSummary> reports, List<Integer> level, Set<Integer> placed, UnionFind uf) {
        if (placed.isEmpty() || level.isEmpty()) {
            return;
        }
        Map<Integer, List<Integer>> earlier = new HashMap<>();
        Map<String, Set<Integer>> byKey = new HashMap<>();
        for (int i : placed) {
            earlier.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
            for (String key : blockingKeys(reports.get(i))) {
                byKey.computeIfAbsent(key, k -> new HashSet<>()).add(i);
            }
        }
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i : level) {
            components.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> joins = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> c : components.entrySet()) {
            Set<Integer> candidates = new HashSet<>();
            for (int i : c.getValue()) {
                for (String key : blockingKeys(reports.get(i))) {
                    for (int j : byKey.getOrDefault(key, Set.of())) {
                        candidates.add(uf.find(j));
                    }
                }
            }
            // among the clusters that fit, the best supported: a place that agrees, then a date at all
            int bestScore = -1;
            List<Integer> best = new ArrayList<>();
            for (int root : new TreeSet<>(candidates)) {
                List<Integer> members = earlier.get(root);
                if (!allFit(reports, c.getValue(), members)) {
                    continue;
                }
                int score = support(reports, c.getValue(), members);
                if (score > bestScore) {
                    bestScore = score;
                    best.clear();
                }
                if (score == bestScore) {
                    best.add(root);
                }
            }
            if (best.size() > 1) {
                best = recent(reports, c.getValue(), best, earlier);
            }
            if (best.size() == 1) {
                joins.put(c.getKey(), best.get(0));
            }
        }
        joins.forEach(uf::union);
    }

    /**
     * Of several clusters an undated report of a meeting held fits, the one that ended within {@link #RECENT_DAYS}
     * before the report's article, when only one did: news that tells a meeting without its date ("Budi sudah
     * pulang setelah bertemu Ani") tells the one just held, not an older one of the same people. Otherwise all of
     * them, and the report stays apart.
     */
    private static List<Integer> recent(List<ReportSummary> reports, List<Integer> component, List<Integer> best,
                                        Map<Integer, List<Integer>> earlier) {
        Optional<LocalDate> published = Optional.empty();
        for (int i : component) {
            ReportSummary r = reports.get(i);
            if (r.time().isPresent() || r.status() != MeetingStatus.OCCURRED || r.published().isEmpty()) {
                return best;
            }
            published = published.filter(p -> p.isBefore(r.published().get())).or(r::published);
        }
        LocalDate p = published.orElseThrow();
        List<Integer> recent = new ArrayList<>();
        for (int root : best) {
            boolean ended = earlier.get(root).stream().map(reports::get).flatMap(r -> r.time().stream())
                    .anyMatch(t -> !t.coverEnd().isAfter(p) && !t.coverEnd().isBefore(p.minusDays(RECENT_DAYS)));
            if (ended) {
                recent.add(root);
            }
        }
        return recent.size() == 1 ? recent : best;
    }

    /** 2 when some places on both sides agree, plus 1 when the earlier cluster has a date. */
    private static int support(List<ReportSummary> reports, List<Integer> a, List<Integer> b) {
        boolean place = false;
        boolean dated = false;
        for (int j : b) {
            ReportSummary rb = reports.get(j);
            dated |= rb.time().isPresent();
            for (int i : a) {
                ReportSummary ra = reports.get(i);
                place |= ra.place().isPresent() && rb.place().isPresent() && placesFit(ra, rb);
            }
        }
        return (place ? 2 : 0) + (dated ? 1 : 0);
    }

    private static boolean allFit(List<ReportSummary> reports, List<Integer> a, List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                if (!fits(reports.get(i), reports.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Where the merge looks for clusters a report could join: its persons and its states. Together with
     * {@link #mayJoin} this bounds what the merge can unite (see there).
     */
    public static Set<String> blockingKeys(ReportSummary r) {
        Set<String> keys = new HashSet<>(r.persons());
        r.persons().forEach(p -> keys.add(UnlinkedPersons.looseKey(p)));
        keys.addAll(r.states());
        return keys;
    }

    /**
     * Whether two reports could ever end up in one meeting, judged on their participants and virtuality alone.
     * The merge unites two reports only along a chain of pairs that each satisfy this and share a
     * {@linkplain #blockingKeys blocking key} (or have the same participants); so merging each connected group of
     * such reports on its own gives exactly the clusters of merging them all at once. The Spark job groups its
     * shuffle by these groups.
     */
    public static boolean mayJoin(ReportSummary a, ReportSummary b) {
        return a.virtual() == b.virtual() && participantsMatch(a, b);
    }

    private static String signature(ReportSummary r) {
        TreeSet<String> persons = new TreeSet<>();
        r.persons().forEach(p -> persons.add(UnlinkedPersons.looseKey(p)));
        return new TreeMap<>(Map.of("p", String.join(",", persons),
                "s", String.join(",", new TreeSet<>(r.states())), "v", Boolean.toString(r.virtual())))
                .toString();
    }

    /** 0: days, 1: a month, 2: a year or no date. */
    static int tier(ReportSummary r) {
        if (r.time().isEmpty()) {
            return 2;
        }
        return switch (r.time().get().granularity()) {
            case DAY -> r.time().get().coveredDays() <= 31 ? 0 : 1;
            case MONTH -> 1;
            case YEAR -> 2;
        };
    }

    /** Whether two reports can be the same meeting. */
    static boolean fits(ReportSummary a, ReportSummary b) {
        return a.virtual() == b.virtual() && participantsMatch(a, b) && timesFit(a, b) && placesFit(a, b);
    }

    /** Same people, same day-precise days overlapping, different places: one meeting the sources place apart. */
    private static boolean sameDayConflict(ReportSummary a, ReportSummary b) {
        if (a.virtual() != b.virtual() || !participantsMatch(a, b) || a.time().isEmpty() || b.time().isEmpty()) {
            return false;
        }
        TimeValue ta = a.time().get();
        TimeValue tb = b.time().get();
        if (ta.granularity() != Granularity.DAY || tb.granularity() != Granularity.DAY) {
            return false;
        }
        if (ta.compatibleWith(tb)) {
            return !placesFit(a, b);
        }
        long gap = Math.min(Math.abs(ta.coverStart().toEpochDay() - tb.coverEnd().toEpochDay()),
                Math.abs(tb.coverStart().toEpochDay() - ta.coverEnd().toEpochDay()));
        return gap <= 1 && placesFit(a, b) && a.status() == MeetingStatus.OCCURRED && b.status() == MeetingStatus.OCCURRED;
    }

    static boolean participantsMatch(ReportSummary a, ReportSummary b) {
        if (!a.hasStateParticipant() && !b.hasStateParticipant()) {
            return a.persons().size() == b.persons().size() && covers(a, b) && covers(b, a);
        }
        return covers(b, a) && covers(a, b);
    }

    /** Whether every participant of {@code x} is present in {@code y}, directly or through its state. */
    private static boolean covers(ReportSummary y, ReportSummary x) {
        for (String p : x.persons()) {
            boolean ok = UnlinkedPersons.contains(y.persons(), p)
                    || x.stateOf(p).map(y.states()::contains).orElse(false);
            if (!ok) {
                return false;
            }
        }
        for (String s : x.states()) {
            boolean ok = y.states().contains(s)
                    || y.persons().stream().anyMatch(p -> y.stateOf(p).map(s::equals).orElse(false));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean timesFit(ReportSummary a, ReportSummary b) {
        Optional<TimeValue> ta = window(a);
        Optional<TimeValue> tb = window(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return true;
        }
        return ta.get().compatibleWith(tb.get());
    }

    /** The report's time, or for an undated report the span its article's date and status allow. */
    static Optional<TimeValue> window(ReportSummary r) {
        if (r.time().isPresent()) {
            return r.time();
        }
        if (r.published().isEmpty()) {
            return Optional.empty();
        }
        LocalDate p = r.published().get();
        return Optional.of(switch (r.status()) {
            case OCCURRED -> TimeValue.days(p.minusDays(UNDATED_PAST_DAYS), p);
            case PLANNED -> TimeValue.days(p, p.plusDays(UNDATED_FUTURE_DAYS));
            case UNCERTAIN -> TimeValue.days(p.minusDays(UNDATED_FUTURE_DAYS), p.plusDays(UNDATED_FUTURE_DAYS));
        });
    }

    /**
     * Whether two places can be where one meeting was: the same place, or places in one state — a venue and its
     * city ("Istana Mariinsky" and Kyiv), a city and its region (Nusa Dua and Bali), a city and the state. Sources
     * place one meeting at different levels, and the same people meeting at overlapping times in one state are
     * far more often one meeting told twice than two.
     */
    static boolean placesFit(ReportSummary a, ReportSummary b) {
        if (a.place().isEmpty() || b.place().isEmpty() || a.place().equals(b.place())) {
            return true;
        }
        if (a.placeState().isEmpty() || b.placeState().isEmpty()) {
            return true; // a region or an unknown place: no evidence against
        }
        return a.placeState().equals(b.placeState());
    }

    private static MergedMeeting mergeCluster(List<ReportSummary> cluster) {
        List<ReportSummary> reports = cluster.stream().sorted().toList();
        String id = org.warta.model.Keys.sha256Hex(reports.get(0).iri()).substring(0, 16);
        Set<String> persons = new TreeSet<>();
        Set<String> states = new TreeSet<>();
        Map<String, String> stateOf = new HashMap<>();
        for (ReportSummary r : reports) {
            persons.addAll(r.persons());
            states.addAll(r.states());
            stateOf.putAll(r.stateOf());
        }
        Set<String> participants = new TreeSet<>(persons);
        for (String s : states) {
            if (persons.stream().noneMatch(p -> s.equals(stateOf.get(p)))) {
                participants.add(s);
            }
        }
        Comparator<ReportSummary> precision = Comparator
                .comparingLong((ReportSummary r) -> r.time().map(TimeValue::coveredDays).orElse(Long.MAX_VALUE))
                .thenComparing(r -> r.status() == MeetingStatus.OCCURRED ? 0 : 1)
                .thenComparing(r -> r.published().orElse(LocalDate.MAX))
                .thenComparing(ReportSummary::iri);
        Optional<TimeValue> best = reports.stream().filter(r -> r.time().isPresent()).min(precision)
                .flatMap(ReportSummary::time);
        MeetingStatus status = reports.stream().map(ReportSummary::status)
                .min(Comparator.comparingInt(MeetingMerger::statusRank)).orElseThrow();
        ReportSummary earliest = reports.stream()
                .min(Comparator.comparing((ReportSummary r) -> r.published().orElse(LocalDate.MAX))
                        .thenComparing(ReportSummary::iri)).orElseThrow();
        Optional<String> place = bestPlace(reports);
        return new MergedMeeting(id, reports, participants, best, status, place, reports.get(0).virtual(), earliest,
                disagreements(reports));
    }

    private static int statusRank(MeetingStatus s) {
        return switch (s) {
            case OCCURRED -> 0;
            case PLANNED -> 1;
            case UNCERTAIN -> 2;
        };
    }

    /** The most specific place: a city over a state, then the most reported, then by key. */
    private static Optional<String> bestPlace(List<ReportSummary> reports) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Boolean> isState = new HashMap<>();
        for (ReportSummary r : reports) {
            r.place().ifPresent(p -> {
                counts.merge(p, 1, Integer::sum);
                isState.put(p, r.placeState().map(p::equals).orElse(false));
            });
        }
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> isState.get(e.getKey()) ? 1 : 0)
                        .thenComparing(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /**
     * What the reports disagree on, in one pass: the dates when no day lies in all of them (for intervals, some two
     * of them are disjoint exactly when the latest start is after the earliest end), the places when two of the
     * distinct places do not fit each other. Each is recorded as the distinct values and who gives each.
     */
    static List<MergedMeeting.Disagreement> disagreements(List<ReportSummary> reports) {
        List<MergedMeeting.Disagreement> out = new ArrayList<>();
        LocalDate latestStart = null;
        LocalDate earliestEnd = null;
        Map<String, List<ReportSummary>> byDate = new TreeMap<>();
        for (ReportSummary r : reports) {
            if (r.time().isEmpty()) {
                continue;
            }
            TimeValue t = r.time().get();
            latestStart = latestStart == null || t.coverStart().isAfter(latestStart) ? t.coverStart() : latestStart;
            earliestEnd = earliestEnd == null || t.coverEnd().isBefore(earliestEnd) ? t.coverEnd() : earliestEnd;
            byDate.computeIfAbsent(t.iso(), k -> new ArrayList<>()).add(r);
        }
        if (latestStart != null && latestStart.isAfter(earliestEnd)) {
            out.add(new MergedMeeting.Disagreement("date", claims(byDate)));
        }
        // reports with the same place and place state fit each other, so only the distinct ones are compared
        Map<String, List<ReportSummary>> byPlace = new TreeMap<>();
        Map<String, ReportSummary> representative = new TreeMap<>();
        for (ReportSummary r : reports) {
            if (r.place().isPresent()) {
                String key = r.place().get() + " " + r.placeState().orElse("");
                byPlace.computeIfAbsent(r.place().get(), k -> new ArrayList<>()).add(r);
                representative.putIfAbsent(key, r);
            }
        }
        List<ReportSummary> distinct = new ArrayList<>(representative.values());
        boolean placesDiffer = false;
        for (int i = 0; i < distinct.size() && !placesDiffer; i++) {
            for (int j = i + 1; j < distinct.size() && !placesDiffer; j++) {
                placesDiffer = !placesFit(distinct.get(i), distinct.get(j));
            }
        }
        if (placesDiffer) {
            out.add(new MergedMeeting.Disagreement("place", claims(byPlace)));
        }
        return out;
    }

    private static List<MergedMeeting.Claim> claims(Map<String, List<ReportSummary>> byValue) {
        List<MergedMeeting.Claim> out = new ArrayList<>();
        byValue.forEach((value, rs) -> out.add(new MergedMeeting.Claim(value, rs.stream().sorted().toList())));
        return out;
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins two sets; the smaller index becomes the root, so the result does not depend on call order. */
        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
