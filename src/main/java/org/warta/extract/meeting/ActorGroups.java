package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.warta.extract.Clauses;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * Groups of actors around a trigger: the group right before it and the group right after it (joined by "dan" or
 * commas, titles allowed between), "antara X dan Y", a possessor ("kunjungannya"), a summit's organization and
 * its chair. Stateless.
 */
final class ActorGroups {
    private static final int BETWEEN_REACH = 4;
    /** Words of a group told by its number before the comma that names its members: "dua pemimpin besar". */
    private static final int COUNTED_GROUP_WORDS = 4;
    /** Words naming people of a body before its "dari": "para ulama senior dari". */
    private static final int MEMBERS_WORDS = 4;
    /** How far after a noun trigger its "dengan" may come. */
    private static final int MARKER_REACH = 8;
    /** Words a place, a time or a forum's name may put between a symmetric verb and its "dengan". */
    private static final int ADVERBIAL_REACH = 10;
    private static final int SUMMIT_REACH = 6;
    /** A group told of by its number ends at most this many tokens after the trigger ("secara virtual kedua menlu"). */
    private static final int GROUP_REACH = 5;
    private static final int CHAIR_REACH = 8;
    private static final int CHAIR_NAME_REACH = 6;

    private final MeetingLexicon lexicon;
    private final Collectives collectives;
    private final ActorLists lists;

    ActorGroups(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
        this.collectives = new Collectives(lexicon);
        this.lists = new ActorLists(lexicon);
    }

    /** The actors closest before the trigger in its clause; none when the nearest is already an object. */
    List<Actor> before(TriggerSite site, SentenceState state) {
        int from = site.clause().from(); // a sentence ending inside a quotation ends the clause too
        List<Actor> inClause = site.actors().stream()
                .filter(a -> a.from() >= from && a.to() <= site.hit().from()).toList();
        List<Actor> in = lists.withoutDescribed(site,
                ActorLists.withoutShortForms(site, withoutDestination(site, withoutAgent(site, inClause))));
        Optional<Collectives.Group> numbered = collectives.in(site.tokens(), site.clause().from(), site.hit().from());
        if (numbered.isPresent() && (in.isEmpty() || Actor.last(in).to() <= numbered.get().from())) {
            // "… dan ketiga pemimpin sempat berbincang singkat"
            return collectives.members(site.sentence().entities(), site.token(numbered.get().from()).start(),
                    numbered.get(), Set.of());
        }
        if (in.isEmpty() || state.isObject(Actor.last(in))) {
            return List.of(); // "… bertemu Zelenskyy dan kemudian ke Moskow untuk bertemu Putin"
        }
        for (int i = Actor.last(in).to(); i < site.hit().from(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.SINGULAR_PRONOUN)) {
                return List.of(); // "Setelah Jepang, ia akan mengunjungi …": the pronoun is the subject
            }
        }
        List<Actor> group = new ArrayList<>();
        Actor cur = Actor.last(in);
        group.add(cur);
        for (int i = in.size() - 2; i >= 0 && lists.joined(site, in.get(i), cur); i--) {
            cur = in.get(i);
            group.add(0, cur);
        }
        List<Actor> out = lists.listed(site, group) ? group : List.of(Actor.last(group));
        return withIncluded(site, withPronoun(site, out));
    }

    /**
     * "para menteri luar negeri ASEAN, termasuk Menlu Ani, bertemu …": a subject named after a "termasuk" that opens
     * its clause is one of the group that ends the clause before, and that group takes part too.
     */
    private List<Actor> withIncluded(TriggerSite site, List<Actor> group) {
        int from = site.clause().from();
        if (from < 2 || !lexicon.is(site.token(from), MeetingWord.INCLUDING)
                || !lists.onlyLeadWords(site, from + 1, group.get(0))) {
            return group;
        }
        return site.actors().stream().filter(a -> a.to() == from - 1 && site.token(from - 1).text().equals(","))
                .findFirst().map(whole -> Stream.concat(Stream.of(whole), group.stream()).toList()).orElse(group);
    }

    /**
     * "Ani dikirim oleh Budi ke Tokyo untuk bertemu Citra": the agent of a passive before the trigger sent the
     * subject; the subject is named before "oleh".
     */
    private List<Actor> withoutAgent(TriggerSite site, List<Actor> in) {
        for (int k = site.hit().from() - 1; k >= site.clause().from(); k--) {
            if (lexicon.is(site.token(k), MeetingWord.AGENT)) {
                int agent = k;
                List<Actor> before = in.stream().filter(a -> a.to() <= agent).toList();
                return before.stream().anyMatch(Actor::person) ? before : in;
            }
        }
        return in;
    }

    /**
     * "Ani pergi ke Kantor Kementerian Perdagangan Jepang untuk bertemu Citra": a trigger of purpose ("untuk") has the
     * subject of the journey; what stands past the place word ("ke", "di", "mengunjungi") is where it goes.
     */
    private List<Actor> withoutDestination(TriggerSite site, List<Actor> in) {
        int trigger = site.hit().from();
        if (trigger == 0 || !lexicon.is(site.token(trigger - 1), MeetingWord.PURPOSE) || in.isEmpty()) {
            return in;
        }
        for (int k = in.get(0).to(); k < trigger; k++) {
            if (lexicon.is(site.token(k), MeetingWord.PLACE_MARKER)) {
                int marker = k;
                return in.stream().filter(a -> a.to() <= marker).toList();
            }
        }
        return in;
    }

    /** "dia dan Putin berbincang …": a pronoun joined to the group by "dan" brings its referent. */
    private List<Actor> withPronoun(TriggerSite site, List<Actor> group) {
        int first = lists.titledFrom(site, group.get(0)); // "dia dan Presiden Rusia Vladimir Putin berbincang"
        if (first < 2 || !lexicon.is(site.token(first - 1), MeetingWord.CONNECTOR) || !site.token(first - 1).isWord()
                || !lexicon.is(site.token(first - 2), MeetingWord.SINGULAR_PRONOUN)) {
            return group;
        }
        int at = site.token(first - 2).start();
        ArticleEntities entities = site.sentence().entities();
        return entities.pronounAntecedent(at).flatMap(e -> entities.latestBefore(at, m -> m.entity().equals(e)))
                .filter(m -> group.stream().noneMatch(a -> a.entity().equals(m.entity())))
                .map(m -> Stream.concat(Stream.of(Actor.outside(m)), group.stream())
                        .toList()).orElse(group);
    }

    /** The actors right after token {@code after} (after dengan/antara/kepada and titles), joined by "dan". */
    List<Actor> after(TriggerSite site, int after) {
        int end = lists.listEnd(site);
        // "Presiden X (Budi) dari …": a bracketed short form of the actor just named is no actor of its own
        List<Actor> in = ActorLists.withoutShortForms(site, site.actors().stream()
                .filter(a -> a.from() >= after && a.to() <= end).toList());
        // the group's number and noun may stand past lead words ("pertemuan secara virtual kedua menteri")
        Optional<Collectives.Group> numbered = collectives.in(site.tokens(), after, Math.min(site.clause().to(),
                after + GROUP_REACH));
        if (numbered.isPresent() && (in.isEmpty() || in.get(0).from() >= numbered.get().to())
                && lists.leadWordsOnly(site, after, numbered.get().from())) {
            // "… menerima kedua menteri dalam pertemuan tiga pihak": the two named last, not the host
            Set<EntityRef> host = new HashSet<>();
            site.actors().stream().filter(a -> a.to() <= after).forEach(a -> host.add(a.entity()));
            return collectives.members(site.sentence().entities(), site.token(numbered.get().from()).start(),
                    numbered.get(), host);
        }
        int first = firstObject(site, after, in);
        if (first < 0) {
            return List.of();
        }
        List<Actor> group = new ArrayList<>();
        group.add(in.get(first));
        for (int i = first + 1; i < in.size() && lists.joined(site, Actor.last(group), in.get(i)); i++) {
            group.add(in.get(i));
        }
        if (group.size() == 1) {
            Optional<Actor> leader = ledBy(site, group.get(0));
            if (leader.isPresent()) {
                return List.of(leader.get());
            }
        }
        return lists.listed(site, group) || lists.listGoesOn(site, Actor.last(group)) ? group : List.of(group.get(0));
    }

    /**
     * "menerima delegasi Kongres X yang dipimpin Senator Nama": a body or state right before "yang dipimpin" meets
     * through the person named as its leader.
     */
    private Optional<Actor> ledBy(TriggerSite site, Actor body) {
        int at = body.to();
        if (body.person() || body.outside() || at + 1 >= site.tokens().size()
                || !lexicon.is(site.token(at), MeetingWord.RELATIVE)
                || !lexicon.is(site.token(at + 1), MeetingWord.CHAIRED)) {
            return Optional.empty();
        }
        return chair(site, at + 1);
    }

    /**
     * The index of the object's first actor: the first after the trigger when only lead words or an apposition
     * stand before it; or a person in apposition to a description that names only what it is of ("bertemu dengan
     * tokoh oposisi Myanmar, Aung San Suu Kyi"); -1 when none.
     */
    private int firstObject(TriggerSite site, int after, List<Actor> in) {
        if (in.isEmpty()) {
            return -1;
        }
        if (lists.onlyLeadWords(site, after, in.get(0)) || lists.apposition(site, after, in.get(0))
                || membersOfBody(site, after, in.get(0))) {
            return namedCounterpart(site, in) ? 1 : 0;
        }
        for (int i = 1; i < in.size() && !in.get(i - 1).person(); i++) {
            if (in.get(i).person() && lists.apposition(site, after, in.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "bertemu para ulama dari ormas A dan B": a few words naming people of a body, then "dari" and the body; the
     * body is the side met.
     */
    private boolean membersOfBody(TriggerSite site, int after, Actor a) {
        int dari = a.from() - 1;
        if (a.entity().type() != EntityType.ORGANIZATION || dari <= after || dari - after > MEMBERS_WORDS
                || !lexicon.is(site.token(dari), MeetingWord.ORIGIN)) {
            return false;
        }
        for (int i = after; i < dari; i++) {
            if (!site.token(i).isWord()) {
                return false;
            }
        }
        return !site.token(after).isCapitalized();
    }

    /**
     * "bersama sejawatnya dari Indonesia, Presiden X", "dengan rekan sejawatnya dari Vietnam X": the counterpart from
     * a state is the person named right after the state or its comma, not the state.
     */
    private boolean namedCounterpart(TriggerSite site, List<Actor> in) {
        Actor state = in.get(0);
        if (in.size() < 2 || state.person() || !in.get(1).person()
                || !lexicon.counterpartsBefore(site.tokens(), state.from())) {
            return false;
        }
        int named = lists.titledFrom(site, in.get(1));
        return named == state.to() || named == state.to() + 1 && site.token(state.to()).text().equals(",");
    }

    /** Where a list after the trigger may end ({@link ActorLists#listEnd}). */
    int listEnd(TriggerSite site) {
        return lists.listEnd(site);
    }

    /** Whether the group after a noun trigger is introduced by "dengan", "bersama" or "kepada". */
    boolean introduced(TriggerSite site, List<Actor> after) {
        if (after.isEmpty()) {
            return false;
        }
        for (int i = markerFrom(site); i < after.get(0).from(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.OBJECT_MARKER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an object marker may stand: right after the trigger, or as its last word when the phrase ends with one
     * ("keterangan pers bersama PM Ani").
     */
    private int markerFrom(TriggerSite site) {
        int last = site.hit().to() - 1;
        return last > site.hit().from() && lexicon.is(site.token(last), MeetingWord.OBJECT_MARKER) ? last
                : site.hit().to();
    }

    /**
     * "Pertemuan pertama pagi itu adalah dengan Menlu Ani, …": the group after a "dengan" a few
     * words past a noun trigger, in its clause.
     */
    List<Actor> afterMarker(TriggerSite site) {
        return afterMarkerFrom(site, markerFrom(site));
    }

    /**
     * Where the actors after the trigger start: past "(yang) dilakukan" after a trigger noun, whose agent is the one
     * the noun is of ("kunjungan yang dilakukan Budi ke Jepang" is "kunjungan Budi ke Jepang", "Pertemuan dilakukan
     * Budi dengan Ani" is "pertemuan Budi dengan Ani").
     */
    int objectFrom(TriggerSite site) {
        int at = site.hit().to();
        if (!site.noun() || at + 1 >= site.tokens().size()) {
            return at;
        }
        int verb = lexicon.is(site.token(at), MeetingWord.RELATIVE) ? at + 1 : at;
        return verb + 1 < site.tokens().size() && lexicon.is(site.token(verb), MeetingWord.DONE_BY) ? verb + 1 : at;
    }

    /**
     * "Pertemuan Budi dengan Ani …": the group after a "dengan" right past the actor named right after a noun
     * trigger. Not past an ordinal ("pertemuan kedua Budi dengan Ani"): one of a series, told of, not reported.
     */
    List<Actor> afterMarkerPast(TriggerSite site, Actor possessor) {
        if (lists.titledFrom(site, possessor) != objectFrom(site)) {
            return List.of();
        }
        return afterMarkerFrom(site, Math.max(markerFrom(site), possessor.to()));
    }

    private List<Actor> afterMarkerFrom(TriggerSite site, int from) {
        for (int i = from; i < Math.min(site.clause().to(), from + MARKER_REACH); i++) {
            Token t = site.token(i);
            if (lexicon.is(t, MeetingWord.OBJECT_MARKER) || lexicon.is(t, MeetingWord.FOR_GUEST) && heldFor(site)) {
                return after(site, i + 1);
            }
            if (t.kind() == Token.Kind.PUNCT || !lexicon.is(t, MeetingWord.OBJECT_GAP)
                    && !lexicon.is(t, MeetingWord.OBJECT_LEAD)) {
                break; // "… itu dapat terwujud berkat hubungan baiknya dengan …": the "dengan" of another noun
            }
        }
        return List.of();
    }

    /** "memberikan jamuan makan malam untuk X": a noun trigger right after a verb of hosting names its guest. */
    private boolean heldFor(TriggerSite site) {
        int at = site.hit().from() - 1;
        return at >= 0 && lexicon.is(site.token(at), MeetingWord.HOSTING);
    }

    /**
     * "bertemu di Istana Merdeka dengan X", "berbicara via telepon pada Jumat malam dengan X": the object of a
     * symmetric verb after a "dengan" that the place, the time or the forum's name puts a few words past it; empty
     * when a person, another trigger or a word of another kind ("tentang", "untuk") stands before it.
     */
    List<Actor> pastAdverbials(TriggerSite site) {
        return pastWordsTo(site, MeetingWord.OBJECT_MARKER, i -> adverbial(site, i));
    }

    /**
     * "disambut dengan upacara kenegaraan oleh X": the agent of a passive guest verb after "oleh", past the words of
     * the manner of the welcome; empty when a person, another trigger or a comma stands before it.
     */
    List<Actor> agentPastManner(TriggerSite site) {
        return pastWordsTo(site, MeetingWord.AGENT, i -> site.token(i).isWord());
    }

    /**
     * The group after the first word of class {@code marker} a few words past the trigger, when every word before it
     * may stand there ({@code passes}) and no person or other trigger does; empty otherwise.
     */
    private List<Actor> pastWordsTo(TriggerSite site, MeetingWord marker, IntPredicate passes) {
        int from = site.hit().to();
        for (int i = from; i < Math.min(site.clause().to(), from + ADVERBIAL_REACH); i++) {
            Token t = site.token(i);
            if (i > from && t.isWord() && lexicon.is(t, marker)) {
                return after(site, i + 1);
            }
            int at = i;
            boolean person = site.actors().stream().anyMatch(a -> a.from() == at && a.person());
            if (person || lexicon.triggers().longestAt(site.tokens(), i).isPresent() || !passes.test(i)) {
                break;
            }
        }
        return List.of();
    }

    /** A word of a place, a time, a forum's name or a manner that may stand between a verb and its "dengan". */
    private boolean adverbial(TriggerSite site, int i) {
        Token t = site.token(i);
        boolean mark = t.text().equals("(") || t.text().equals(")") || t.text().equals("/");
        boolean inTime = site.times().found().stream().anyMatch(e -> e.span().contains(t.span()));
        return t.isCapitalized() || t.kind() == Token.Kind.NUMBER || mark || inTime
                || lexicon.is(t, MeetingWord.OBJECT_GAP) || lexicon.is(t, MeetingWord.OBJECT_LEAD)
                || lexicon.is(t, MeetingWord.LOCATIVE) || lexicon.is(t, MeetingWord.DURATION);
    }

    /** "pertemuan (yang direncanakan) antara X dan Y": both, when two or more follow "antara". */
    Optional<List<Actor>> between(TriggerSite site) {
        int from = site.hit().to();
        for (int i = from; i < Math.min(site.clause().to(), from + BETWEEN_REACH); i++) {
            if (lexicon.is(site.token(i), MeetingWord.BETWEEN)) {
                List<Actor> g = after(site, pastCountedGroup(site, i + 1));
                if (g.size() == 1) {
                    // "antara Presiden X dengan Presiden Y"
                    List<Actor> other = afterMarkerFrom(site, Actor.last(g).to());
                    g = other.isEmpty() ? g : Stream.concat(g.stream(), other.stream()).toList();
                }
                return g.size() >= 2 ? Optional.of(g) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "antara dua pemimpin, A dan B": past a group told by its number and a comma, where its members are named; else
     * {@code from}.
     */
    private int pastCountedGroup(TriggerSite site, int from) {
        int n = site.tokens().size();
        boolean counted = from < n && (site.token(from).kind() == Token.Kind.NUMBER
                || lexicon.is(site.token(from), MeetingWord.NUMBER_WORD) || collectives.counts(site.token(from)));
        for (int i = from + 1; counted && i < Math.min(n, from + COUNTED_GROUP_WORDS + 1); i++) {
            Token t = site.token(i);
            if (t.text().equals(",")) {
                return i + 1;
            }
            if (!t.isWord() || t.isCapitalized()) {
                break;
            }
        }
        return from;
    }

    /** "kunjungan pertamanya": the possessor is the latest person before. */
    Optional<Actor> possessor(TriggerSite site) {
        List<Token> tokens = site.tokens();
        for (int i = site.hit().from(); i < Math.min(tokens.size(), site.hit().to() + 2); i++) {
            if (tokens.get(i).endsWithNya()) {
                return site.sentence().entities().latestBefore(tokens.get(i).start(),
                        m -> m.entity().type() == EntityType.PERSON).map(Actor::outside);
            }
        }
        return Optional.empty();
    }

    /**
     * "sejak pertemuan mereka di Bali": a possessive plural right after a noun trigger stands for the two persons
     * the story named last; empty when it does not follow the trigger or fewer were named.
     */
    List<Actor> theirs(TriggerSite site) {
        int at = site.hit().to();
        if (at + 1 < site.tokens().size() && lexicon.is(site.token(at), MeetingWord.ORDINAL)) {
            at++; // "pertemuan pertama mereka"
        }
        if (at >= site.tokens().size() || !lexicon.is(site.token(at), MeetingWord.THEIR)) {
            return List.of();
        }
        return collectives.members(site.sentence().entities(), site.token(at).start(),
                new Collectives.Group(at, at + 1, 2), Set.of());
    }

    /** "KTT … yang dipimpin Raja Salman": the chair attends too. */
    Optional<Actor> chair(TriggerSite site, int from) {
        List<Token> tokens = site.tokens();
        int end = Math.min(tokens.size(), Math.max(site.clause().to(), from) + CHAIR_REACH);
        for (int i = from; i < end; i++) {
            if (lexicon.is(tokens.get(i), MeetingWord.CHAIRED)) {
                int at = i + (i + 1 < tokens.size() && lexicon.is(tokens.get(i + 1), MeetingWord.AGENT) ? 2 : 1);
                return site.actors().stream().filter(a -> a.person() && a.from() >= at
                        && a.from() <= at + CHAIR_NAME_REACH && lists.onlyLeadWords(site, at, a)).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The organization of a summit named after token {@code after} in the clause: "menghadiri KTT ASEAN". */
    Optional<Actor> summitAfter(TriggerSite site, Clauses.Clause clause, int after) {
        return summitAt(site, clause, after, i -> site.actors().stream()
                .filter(a -> a.from() == i && a.entity().type() == EntityType.ORGANIZATION).findFirst());
    }

    /** As {@link #summitAfter}, among all the sentence's mentions: a visit's trigger takes no summit as its actor. */
    boolean summitNamedAfter(TriggerSite site, Clauses.Clause clause, int after) {
        return summitAt(site, clause, after, i -> site.sentence().entities().startingAt(site.token(i).start())
                .filter(m -> m.entity().type() == EntityType.ORGANIZATION)).isPresent();
    }

    /** A summit word, then the organization {@code at} finds at a token, within a few tokens after {@code after}. */
    private <T> Optional<T> summitAt(TriggerSite site, Clauses.Clause clause, int after, IntFunction<Optional<T>> at) {
        boolean summitWord = false;
        for (int i = after; i < Math.min(clause.to(), after + SUMMIT_REACH); i++) {
            summitWord |= lexicon.is(site.token(i), MeetingWord.SUMMIT);
            Optional<T> org = summitWord ? at.apply(i) : Optional.empty();
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }
}
