package org.warta.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The newest meetings overall and of each participant, a bounded number of each: what the first page of the
 * meetings table and of a person's meetings shows, kept in the corpus graph so that those pages read
 * {@value #SIZE} links instead of sorting every meeting. Newest means the latest best-known start (its ISO form,
 * compared as text, as the queries order), ties by meeting IRI; undated meetings come last. Not thread-safe.
 */
public final class RecentMeetings {
    /** How many meetings each list keeps: one page. */
    public static final int SIZE = 50;

    private final TreeSet<String> all = new TreeSet<>();
    private final Map<String, TreeSet<String>> byParticipant = new TreeMap<>();

    /**
     * A sort key whose natural order is newest first: each character of the start complemented (so a later start
     * sorts first), then a terminator that puts a start before the starts it is a prefix of (2024-05-03 before
     * 2024-05) and undated meetings after all, then the IRI.
     */
    public static String key(String start, String meetingIri) {
        StringBuilder b = new StringBuilder(start.length() + meetingIri.length() + 1);
        for (int i = 0; i < start.length(); i++) {
            b.append((char) (0xFFFF - start.charAt(i)));
        }
        return b.append('\uFFFF').append(meetingIri).toString();
    }

    /** The meeting IRI of a key. */
    public static String iri(String key) {
        return key.substring(key.indexOf('\uFFFF') + 1);
    }

    public void offer(MergedMeeting m, String meetingIri) {
        String start = m.bestTime().map(t -> t.startIso()).orElse("");
        String key = key(start, meetingIri);
        add(all, key);
        for (String p : m.participants()) {
            add(byParticipant.computeIfAbsent(p, x -> new TreeSet<>()), key);
        }
    }

    /** Adds a key to a list kept at {@link #SIZE}: the oldest goes. */
    public static void add(TreeSet<String> list, String key) {
        list.add(key);
        if (list.size() > SIZE) {
            list.pollLast();
        }
    }

    /** The newest meetings overall, newest first. */
    public List<String> all() {
        return iris(all);
    }

    /** Each participant's newest meetings, newest first. */
    public Map<String, List<String>> byParticipant() {
        Map<String, List<String>> out = new TreeMap<>();
        byParticipant.forEach((p, keys) -> out.put(p, iris(keys)));
        return out;
    }

    private static List<String> iris(TreeSet<String> keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(iri(k)));
        return out;
    }
}
