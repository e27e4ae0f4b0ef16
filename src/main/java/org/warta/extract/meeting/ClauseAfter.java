package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;
import org.warta.extract.SentenceContext;
import org.warta.extract.time.TimeExpression;
import org.warta.model.EntityMention;
import org.warta.model.EntityType;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * What the clause after the trigger's adds to its meeting when a word opens it: the persons named after
 * "termasuk" are the object a general phrase stood for ("menerima sejumlah menteri, termasuk Menlu Ani"); the person
 * named alone after "lalu"/"kemudian" was met next, apart ("bertemu Ani, lalu Citra"). Stateless.
 */
final class ClauseAfter {
    /** Words from the start of the next sentence within which its "adalah"/"yaitu" opens the list. */
    private static final int REVEAL_REACH = 8;
    private final MeetingLexicon lexicon;
    private final ActorGroups groups;
    private final ActorLists lists;

    ClauseAfter(MeetingLexicon lexicon, ActorGroups groups) {
        this.lexicon = lexicon;
        this.groups = groups;
        this.lists = new ActorLists(lexicon);
    }

    /**
     * The group right after the "termasuk" that opens the next clause, else right after a "seperti" in the trigger's
     * own clause; empty when there is none.
     */
    List<Actor> included(TriggerSite site) {
        if (inRelativeClause(site)) {
            return List.of(); // "para pejabat yang turut menyambut, di antaranya A dan B": who welcomed, no guests
        }
        List<Actor> inNext = next(site, MeetingWord.INCLUDING)
                .map(next -> groups.after(site.inClause(next), opener(site, next, MeetingWord.INCLUDING) + 1))
                .orElse(List.of());
        if (!inNext.isEmpty()) {
            return inNext;
        }
        // "bertemu dengan sejumlah menteri seperti Menlu Ani": in the trigger's own clause
        for (int i = site.hit().to(); i < site.clause().to(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.INCLUDING)) {
                return groups.after(site, i + 1);
            }
        }
        return namedNext(site);
    }

    /** "yang menyambut", "yang turut menyambut": the trigger tells of the relative's head, a word or two before. */
    private boolean inRelativeClause(TriggerSite site) {
        return lexicon.relativeBefore(site.tokens(), site.hit().from(), 2) >= 0;
    }

    /**
     * "… menerima sejumlah tamu negara. Para tamu itu adalah A, B beserta istri, dan C.": the object told only in
     * general at the end of the sentence is the persons and states the next sentence lists after an opening
     * "adalah"/"yaitu" (their companions aside); empty unless it lists two or more.
     */
    private List<Actor> namedNext(TriggerSite site) {
        return toldInGeneral(site) ? listedNext(site) : List.of();
    }

    /**
     * The persons and states, two or more, the next sentence lists after a word opening a list near its start
     * ("yakni", "yaitu", "adalah"): the object told in general, or a subject told only as a group ("Ada empat utusan
     * asing yang bertemu X. Mereka adalah A, B, … dan C.").
     */
    List<Actor> listedNext(TriggerSite site) {
        SentenceContext s = site.sentence();
        int n = s.index() + 1;
        if (n >= s.text().sentences().size() || !s.text().isBody(n)) {
            return List.of();
        }
        SentenceContext next = SentenceContext.of(s.text(), s.entities(), n);
        int reveal = -1;
        for (int i = 0; i < Math.min(next.size(), REVEAL_REACH) && reveal < 0; i++) {
            reveal = lexicon.is(next.token(i), MeetingWord.LIST_REVEAL) ? i : -1;
        }
        if (reveal < 0) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        int last = reveal + 1;
        for (EntityMention m : next.actors()) {
            int from = next.tokenAt(m.span().start());
            if (from < reveal || m.entity().type() == EntityType.ORGANIZATION) {
                continue;
            }
            boolean companion = lexicon.hasWord(next.tokens(), last, from, MeetingWord.COMPANION_LINK);
            last = next.tokenAt(m.span().end() - 1) + 1;
            if (!companion) {
                out.add(Actor.outside(m));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * "Para pemimpin yang sudah ke X di antaranya A beserta wakilnya, B, dan C. Selain itu, ada pula D dan E.": the
     * persons listed after an including word past token {@code from}, and those the next sentence adds to them
     * ("ada pula"); a companion joined by "beserta" goes with the one before it. Empty unless two or more are
     * listed.
     */
    List<List<Actor>> membersListed(TriggerSite site, int from) {
        int opens = lexicon.firstWord(site.tokens(), from, site.tokens().size(), MeetingWord.INCLUDING);
        if (opens < 0) {
            return List.of();
        }
        List<List<Actor>> out = new ArrayList<>();
        members(site.tokens(), site.actors().stream().filter(a -> a.from() > opens).toList(), opens + 1, out);
        SentenceContext s = site.sentence();
        int n = s.index() + 1;
        if (!out.isEmpty() && n < s.text().sentences().size() && s.text().isBody(n)) {
            SentenceContext next = SentenceContext.of(s.text(), s.entities(), n);
            int goesOn = listGoesOn(next.tokens());
            if (goesOn > 0) {
                List<Actor> more = next.actors().stream().map(m -> new Actor(m, next.tokenAt(m.span().start()),
                        next.tokenAt(m.span().end() - 1) + 1)).filter(a -> a.from() > goesOn).toList();
                List<List<Actor>> added = new ArrayList<>();
                members(next.tokens(), more, goesOn + 1, added);
                added.forEach(g -> out.add(g.stream().map(a -> Actor.outside(a.mention())).toList()));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Where "ada pula" near the start of a sentence says its list goes on the one before; -1 when it does not. */
    private int listGoesOn(List<Token> tokens) {
        for (int i = 1; i < Math.min(tokens.size(), REVEAL_REACH); i++) {
            if (lexicon.is(tokens.get(i - 1), MeetingWord.THERE_IS)
                    && lexicon.is(tokens.get(i), MeetingWord.LIST_GOES_ON)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The persons among {@code actors}, each with the companion joined to it by "beserta" ("A beserta wakilnya, B":
     * the link, a description, a comma at most, and the name).
     */
    private void members(List<Token> tokens, List<Actor> actors, int start, List<List<Actor>> out) {
        int last = start;
        for (Actor a : actors) {
            if (!a.person()) {
                continue;
            }
            boolean companion = !out.isEmpty() && joinedAsCompanion(tokens, last, a.from());
            last = a.to();
            if (companion) {
                List<Actor> with = new ArrayList<>(out.remove(out.size() - 1));
                with.add(a);
                out.add(with);
            } else {
                out.add(List.of(a));
            }
        }
    }

    /** Whether a companion link stands in tokens [from, to), followed by a description and a comma at most. */
    private boolean joinedAsCompanion(List<Token> tokens, int from, int to) {
        int link = -1;
        for (int i = from; i < to; i++) {
            link = lexicon.is(tokens.get(i), MeetingWord.COMPANION_LINK) ? i : link;
        }
        int commas = 0;
        for (int i = link + 1; link >= 0 && i < to; i++) {
            Token t = tokens.get(i);
            commas += t.text().equals(",") ? 1 : 0;
            if (commas > 1 || t.isWord() && lexicon.is(t, MeetingWord.CONNECTOR)) {
                return false;
            }
        }
        return link >= 0;
    }

    /**
     * The trigger's object told only in general ("sejumlah kepala negara", "para tamu") at the end of the sentence,
     * not among those accompanying a side ("didampingi para menteri").
     */
    private boolean toldInGeneral(TriggerSite site) {
        boolean general = false;
        for (int i = site.hit().to(); i < site.clause().to(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.ACCOMPANIED)) {
                return false;
            }
            general |= lexicon.is(site.token(i), MeetingWord.PLURAL_SUBJECT);
        }
        return general && site.clause().to() >= site.sentence().size() - 1;
    }

    /**
     * "Dalam pertemuan tersebut(,) Presiden A dan Menhan B membahas …": the persons, two or more, that open the words
     * right after a noun trigger pointing back (its demonstrative, and a comma) take part in that meeting; empty
     * when no such group stands there.
     */
    List<Actor> namedAfterPointer(TriggerSite site) {
        int at = site.hit().to() + 1;
        if (at < site.tokens().size() && site.token(at).text().equals(",")) {
            at++;
        }
        // the pointer phrase opens the clause ("Dalam pertemuan itu, …"); deeper in it ("Turut mendampingi Presiden
        // dalam pertemuan tersebut, A, B …") those named after it are what the clause is about, not the sides
        if (at >= site.tokens().size() || site.hit().from() - site.clause().from() > 1) {
            return List.of();
        }
        List<Actor> group = groups.after(site.inClause(Clauses.of(site.clauses(), at)), at);
        return group.size() >= 2 && group.stream().allMatch(Actor::person) ? group : List.of();
    }

    /** The next person met, and the time told right after that person. */
    record MetOnItsDay(Actor next, TimeExpression time) {
    }

    /**
     * "bertemu Ani, Senin (1/4), dan Citra, Selasa (2/4)": after the object and a time of its own, "dan", a person
     * and another time: that person was met apart, on that day.
     */
    Optional<MetOnItsDay> nextOnItsDay(TriggerSite site, Actor object) {
        if (object.outside()) {
            return Optional.empty();
        }
        Optional<TimeExpression> first = timeAt(site, object.to());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int k = tokenAfter(site, first.get());
        k = k < site.tokens().size() && site.token(k).text().equals(",") ? k + 1 : k;
        if (k >= site.tokens().size() || !lexicon.is(site.token(k), MeetingWord.CONNECTOR)) {
            return Optional.empty();
        }
        int lead = k + 1;
        Optional<Actor> next = site.actors().stream().filter(a -> a.from() >= lead).findFirst()
                .filter(a -> a.person() && lists.onlyLeadWords(site, lead, a));
        return next.flatMap(n -> timeAt(site, n.to()).map(t -> new MetOnItsDay(n, t)));
    }

    /** The time expression starting at token {@code i}, past a comma and a word leading to a time ("pada"). */
    static Optional<TimeExpression> timeAt(TriggerSite site, int i) {
        int at = i < site.tokens().size() && site.token(i).text().equals(",") ? i + 1 : i;
        for (int j = at; j <= at + 1 && j < site.tokens().size(); j++) {
            int start = site.token(j).start();
            Optional<TimeExpression> e = site.times().found().stream().filter(x -> x.span().start() == start)
                    .findFirst();
            if (e.isPresent() || !site.token(j).is("pada")) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static int tokenAfter(TriggerSite site, TimeExpression e) {
        return Tokens.indexAt(site.tokens(), e.span().end() - 1) + 1;
    }

    /** The one person the next clause holds after its "lalu"/"kemudian", with only lead words between. */
    Optional<Actor> nextInTurn(TriggerSite site) {
        return next(site, MeetingWord.NEXT_IN_TURN).filter(next -> lexicon.is(site.token(next.from()),
                MeetingWord.NEXT_IN_TURN)).flatMap(next -> site.actors().stream()
                .filter(a -> a.from() > next.from() && a.to() <= next.to()).findFirst()
                .filter(a -> a.person() && lists.onlyLeadWords(site, next.from() + 1, a) && a.to() >= next.to() - 1));
    }

    /** The clause after the trigger's, when a word of the class opens it. */
    private Optional<Clauses.Clause> next(TriggerSite site, MeetingWord opener) {
        List<Clauses.Clause> clauses = site.clauses();
        int idx = clauses.indexOf(site.clause());
        if (idx + 1 >= clauses.size() || opener(site, clauses.get(idx + 1), opener) < 0) {
            return Optional.empty();
        }
        return Optional.of(clauses.get(idx + 1));
    }

    /**
     * The token of the opening word of a clause: its first, or its second after one word ("…, di antaranya A dan
     * B"); -1 when neither is of the class.
     */
    private int opener(TriggerSite site, Clauses.Clause clause, MeetingWord opener) {
        int first = clause.from();
        if (lexicon.is(site.token(first), opener)) {
            return first;
        }
        boolean second = first + 1 < clause.to() && site.token(first).isWord()
                && lexicon.is(site.token(first + 1), opener);
        return second ? first + 1 : -1;
    }
}
