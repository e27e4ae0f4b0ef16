package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;
import org.warta.extract.SentenceContext;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * Where a meeting is: the place after "di"/"ke" in its clause, the states a visit goes to, and the host state
 * that joins states meeting on its ground ("Jepang dan Filipina … di Washington"). Stateless.
 */
final class Places {
    /** The first place of a visit may stand this many words after the verb. */
    private static final int VISIT_REACH = 3;
    /** A word introducing the list of places a visit goes to stands at most this many words after the verb. */
    private static final int LIST_INTRO_REACH = 8;
    /** Words of the kind of place ("ibu kota") between a place marker and the place. */
    private static final int PLACE_KIND_WORDS = 2;

    private final MeetingLexicon lexicon;

    Places(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A place after "di"/"ke" in the clause, at or after token {@code from}: a city, else a state. */
    Optional<EntityRef> after(SentenceContext s, Clauses.Clause clause, int from) {
        int start = Math.max(from, clause.from());
        return s.mentions().stream().filter(m -> isPlace(s, m, start, clause.to())).findFirst()
                .map(EntityMention::entity);
    }

    /**
     * A city or state mentioned in tokens [from, to) right after "di"/"ke"/"mengunjungi", unless a topic stands
     * before it: "membahas situasi di Myanmar", "perang berdarah di Ukraina" is talk of it, not a meeting there.
     */
    private boolean isPlace(SentenceContext s, EntityMention m, int from, int to) {
        int t = s.tokenAt(m.span().start());
        EntityType type = m.entity().type();
        int marker = t - 1;
        while (marker > 0 && marker >= t - PLACE_KIND_WORDS && lexicon.is(s.token(marker), MeetingWord.PLACE_KIND)) {
            marker--; // "di ibu kota Myanmar": what kind of place it is
        }
        return t >= from && t < to && marker >= 0 && lexicon.is(s.token(marker), MeetingWord.PLACE_MARKER)
                && !topicBefore(s, marker) && (type == EntityType.PLACE || type == EntityType.STATE);
    }

    /** A topic word right before the place marker, or before one lower-case word there ("perang berdarah di"). */
    private boolean topicBefore(SentenceContext s, int marker) {
        if (marker > 0 && lexicon.is(s.token(marker - 1), MeetingWord.TOPIC)) {
            return true;
        }
        Token between = marker > 1 ? s.token(marker - 1) : null;
        return between != null && between.isWord() && !between.isCapitalized()
                && lexicon.is(s.token(marker - 2), MeetingWord.TOPIC);
    }

    /**
     * Where the trigger's meeting is: a place after it, up to a word that turns to what came next ("lalu",
     * "kemudian"); else the last place before it in its clause. "… mengunjungi Kyiv untuk bertemu A
     * dan kemudian ke Moskow untuk bertemu B": A in Kyiv, B in Moscow.
     */
    Optional<EntityRef> near(TriggerSite site) {
        Clauses.Clause clause = site.clause();
        int end = site.hit().to();
        while (end < clause.to() && !lexicon.is(site.token(end), MeetingWord.NEXT_IN_TURN)) {
            end++;
        }
        Optional<EntityRef> after = after(site.sentence(), new Clauses.Clause(clause.from(), end), site.hit().from());
        if (after.isPresent()) {
            return after;
        }
        Optional<EntityRef> before = Optional.empty();
        for (EntityMention m : site.sentence().mentions()) {
            if (isPlace(site.sentence(), m, clause.from(), site.hit().from())) {
                before = Optional.of(m.entity());
            }
        }
        return before;
    }

    /**
     * The states a visit goes to: the list of states and places after token {@code from}, places by state; or the
     * list a word introduces a little further on ("berkunjung ke tiga negara Eropa, yakni A, B, dan C").
     */
    List<EntityRef> visitedStates(SentenceContext s, Clauses.Clause clause, int from) {
        List<EntityRef> near = statesListed(s, clause, from);
        if (!near.isEmpty()) {
            return near;
        }
        int words = 0;
        for (int i = from; i < clause.to() && words < LIST_INTRO_REACH; i++) {
            if (lexicon.is(s.token(i), MeetingWord.LIST_INTRO)) {
                return statesListed(s, clause, i + 1);
            }
            // a name counts as one word, with its short form in brackets: "ke tiga negara anggota Organisasi
            // Kerja Sama Islam (OKI) yakni …"
            if (!inName(s, i) && s.token(i).isWord()) {
                words++;
            }
        }
        return near;
    }

    private static boolean inName(SentenceContext s, int token) {
        int at = s.token(token).start();
        return s.mentions().stream().anyMatch(m -> m.span().start() < at && at < m.span().end());
    }

    private List<EntityRef> statesListed(SentenceContext s, Clauses.Clause clause, int from) {
        List<EntityRef> out = new ArrayList<>();
        boolean started = false;
        EntityRef last = null;
        for (EntityMention m : s.mentions()) {
            int t = s.tokenAt(m.span().start());
            if (t < from || t >= clause.to()) {
                continue;
            }
            if (m.entity().equals(last) && s.token(t - 1).text().equals("(")) {
                continue; // "Republik Korea (Korsel), Jepang …": the short form in brackets is the same place
            }
            last = m.entity();
            if (!started) {
                if (t - from > VISIT_REACH) {
                    return out;
                }
                started = true;
            } else if (!lexicon.is(s.token(t - 1), MeetingWord.CONNECTOR)) {
                break;
            }
            EntityRef e = m.entity();
            Optional<EntityRef> st = e.type() == EntityType.STATE ? Optional.of(e)
                    : e.type() == EntityType.PLACE ? s.entities().stateOf(e) : Optional.empty();
            st.ifPresent(out::add);
        }
        return out;
    }

    /** States meeting at a place of a third state: the host state joins them. */
    List<EntityRef> withHostState(SentenceContext s, List<EntityRef> participants, Optional<EntityRef> place) {
        if (participants.size() < 2 || participants.stream().anyMatch(e -> e.type() != EntityType.STATE)
                || place.isEmpty()) {
            return participants;
        }
        Optional<EntityRef> host = place.get().type() == EntityType.STATE ? place : s.entities().stateOf(place.get());
        if (host.isEmpty() || participants.contains(host.get())) {
            return participants;
        }
        List<EntityRef> out = new ArrayList<>(participants);
        out.add(host.get());
        return out;
    }

    /** The source a sentence names for the meeting outside its clause: "menurut Reuters", "Reuters melaporkan". */
    Optional<EntityRef> cited(SentenceContext s, Clauses.Clause clause) {
        for (EntityMention m : s.mentions()) {
            if (m.entity().type() == EntityType.PLACE) {
                continue;
            }
            int from = s.tokenAt(m.span().start());
            int to = s.tokenAt(m.span().end() - 1) + 1;
            if (from < 0 || to <= 0 || clause.contains(from)) {
                continue;
            }
            boolean reportsAfter = to < s.size() && lexicon.is(s.token(to), MeetingWord.REPORTS);
            boolean accordingTo = from > 0 && lexicon.is(s.token(from - 1), MeetingWord.ACCORDING_TO);
            if (reportsAfter || accordingTo) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }
}
