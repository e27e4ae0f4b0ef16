package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.SentenceContext;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityType;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * How the actors of a group are written together: joined by connectors and titles ("A, B dan C"), set off by an
 * apposition ("dengan pemimpin …, X"), led by object words, and where a list may end past its clause. The
 * grammar {@link ActorGroups} reads groups with. Stateless.
 */
final class ActorLists {
    /** A bracketed short form after a name has at most this many words: "(Jokowi)", "(PM Li)". */
    private static final int SHORT_FORM_WORDS = 3;

    /** A description set before a name with a comma has at most this many words. */
    private static final int APPOSITION_REACH = 8;

    /** A description after "sebagai" names the person it ends with within this many words. */
    private static final int DESCRIPTION_REACH = 8;

    /** Companions told of after a companion word ("beserta istri", "beserta rombongan"): at most this many words. */
    private static final int COMPANION_WORDS = 2;

    private final MeetingLexicon lexicon;

    ActorLists(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "… dengan ketua partai oposisi negeri itu, Ani, pada …": a short description of the person
     * and a comma before the name.
     */
    boolean apposition(TriggerSite site, int from, Actor a) {
        int comma = a.from() - 1;
        while (comma > from && honorific(site, comma)) {
            comma--; // "…, Yang Mulia Nama"
        }
        if (comma <= from || !site.token(comma).text().equals(",") || comma - from > APPOSITION_REACH) {
            return false;
        }
        for (int i = from; i < comma; i++) {
            Token t = site.token(i);
            if (!t.isWord() || lexicon.is(t, MeetingWord.RELATIVE)
                    || lexicon.triggers().longestAt(site.tokens(), i).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A group of more than one is a list only when a word joins two of its members ("A, B dan C"); actors set
     * off by commas alone are an apposition or a fronted phrase ("Mengutip pernyataan White House, Presiden …").
     */
    boolean listed(TriggerSite site, List<Actor> group) {
        for (int g = 1; g < group.size(); g++) {
            for (int i = group.get(g - 1).to(); i < group.get(g).from(); i++) {
                boolean persons = group.get(g - 1).person() && group.get(g).person();
                if (lexicon.is(site.token(i), MeetingWord.CONNECTOR)
                        && (site.token(i).isWord() || persons && hyphenPair(site, i))) {
                    return true;
                }
            }
        }
        return group.size() == 1;
    }

    /**
     * "pertemuan Prabowo-Anwar": a hyphen between two persons' names with no space around it pairs them, as "dan"
     * does ("dialog Rusia-ASEAN" names a forum).
     */
    private static boolean hyphenPair(TriggerSite site, int i) {
        return site.token(i).text().equals("-") && !site.token(i).spaceBefore() && i + 1 < site.tokens().size()
                && !site.token(i + 1).spaceBefore();
    }

    /**
     * Where a list after the trigger may end: its clause's end, or past it when the clause ends at a comma and the
     * next one opens with "dan" or "serta" — the last member of "A, B, dan C", which the clauses cut off.
     */
    int listEnd(TriggerSite site) {
        int idx = site.clauses().indexOf(site.clause());
        int end = site.clause().to();
        for (int k = idx + 1; k < site.clauses().size() && end == site.clauses().get(k).from()
                && site.token(end - 1).text().equals(",") && lexicon.is(site.token(end), MeetingWord.CONNECTOR)
                && site.token(end).isWord(); k++) {
            end = site.clauses().get(k).to();
        }
        return end;
    }

    /** "A, B, dan C": a word connector right after the group's last member (the list goes on past it). */
    boolean listGoesOn(TriggerSite site, Actor last) {
        for (int i = last.to(); i < Math.min(listEnd(site), last.to() + 2); i++) {
            if (lexicon.is(site.token(i), MeetingWord.CONNECTOR) && site.token(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    boolean leadWordsOnly(TriggerSite site, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lexicon.is(site.token(i), MeetingWord.OBJECT_LEAD)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Between {@code from} and the actor only object-leading words, the actor's own title, counterparts in the
     * actor's state ("dengan mitra-mitranya di Jepang") or how long the meeting lasted ("selama 20 menit dengan").
     */
    boolean onlyLeadWords(TriggerSite site, int from, Actor a) {
        Span role = roleOf(site.sentence().entities(), a);
        if (role != null && anotherOfficeFirst(site, from, role)) {
            return true;
        }
        for (int i = from; i < a.from(); i++) {
            Token t = site.token(i);
            if ((role == null || !role.contains(t.span())) && !lexicon.is(t, MeetingWord.OBJECT_LEAD)
                    && !counterparts(site, i) && !duration(site, i) && !honorific(site, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "disambut Menteri Perdagangan yang juga Menteri Pariwisata Jepang Nama": one office in capitals, then "yang" and
     * an object-leading word ("juga", "pula"), right before the role the name is read with: the person holds both.
     */
    private boolean anotherOfficeFirst(TriggerSite site, int from, Span role) {
        int at = Tokens.indexAt(site.tokens(), role.start());
        int first = from;
        while (first < at && lexicon.is(site.token(first), MeetingWord.OBJECT_LEAD)) {
            first++; // "disambut oleh Menteri …"
        }
        if (at - first < 3 || !lexicon.is(site.token(at - 1), MeetingWord.OBJECT_LEAD)
                || !lexicon.is(site.token(at - 2), MeetingWord.RELATIVE)) {
            return false;
        }
        return site.capitalizedOnly(first, at - 2);
    }

    /**
     * "Yang Mulia Nama" ("yang" before an honorific word, or the word after it); after a verb also a plain honorific
     * ("bertemu Bapak Nama", "menerima Datuk Seri Nama"). After a noun ("pertemuan dengan Bapak Presiden") a plain
     * one is more often a speaker's address, told of by someone who took no part.
     */
    private boolean honorific(TriggerSite site, int i) {
        boolean word = lexicon.is(site.token(i), MeetingWord.HONORIFIC);
        boolean before = i > 0 && lexicon.is(site.token(i - 1), MeetingWord.RELATIVE);
        boolean after = i + 1 < site.tokens().size() && lexicon.is(site.token(i + 1), MeetingWord.HONORIFIC);
        return word && (before || !site.noun()) || lexicon.is(site.token(i), MeetingWord.RELATIVE) && after;
    }

    /** A word of how long a meeting lasted, or a number after one: "selama sekitar 20 menit", "selama lima jam". */
    private boolean duration(TriggerSite site, int i) {
        Token t = site.token(i);
        boolean number = t.kind() == Token.Kind.NUMBER || lexicon.is(t, MeetingWord.NUMBER_WORD);
        return lexicon.is(t, MeetingWord.DURATION)
                || number && i > 0 && lexicon.is(site.token(i - 1), MeetingWord.DURATION);
    }

    /** A counterpart word ("mitra-mitra" too), or "di"/"dari" right after one. */
    private boolean counterparts(TriggerSite site, int i) {
        Token t = site.token(i);
        boolean after = i > 0 && lexicon.is(site.token(i - 1), MeetingWord.COUNTERPART);
        boolean reduplicated = t.text().equals("-") && after && i + 1 < site.tokens().size()
                && lexicon.is(site.token(i + 1), MeetingWord.COUNTERPART);
        return lexicon.is(t, MeetingWord.COUNTERPART) || reduplicated || after && lexicon.is(t, MeetingWord.LOCATIVE);
    }

    /**
     * Two actors are in one group when only connectors, the second one's title or an honorific right before it
     * ("Presiden Budi dan Ibu Ani") lie between them.
     */
    boolean joined(TriggerSite site, Actor a, Actor b) {
        Span role = roleOf(site.sentence().entities(), b);
        boolean connector = false;
        for (int i = afterCompanion(site, afterDescription(site, afterOrigin(site, afterShortForm(site, a.to()))));
                i < b.from(); i++) {
            Token t = site.token(i);
            boolean honorific = connector && i == b.from() - 1 && t.isWord() && t.isCapitalized();
            // "…, pimpinan MPR, dan pimpinan DPD": a word that leads to an object may open the next member
            boolean lead = connector && i == b.from() - 1 && lexicon.is(t, MeetingWord.OBJECT_LEAD)
                    && !lexicon.is(t, MeetingWord.CONNECTOR) && t.isWord() && !t.isCapitalized();
            if (lexicon.is(t, MeetingWord.CONNECTOR)) {
                connector = true;
            } else if ((role == null || !role.contains(t.span())) && !honorific && !lead) {
                return false;
            }
        }
        return connector;
    }

    /**
     * Past the state a listed person comes from ("PM Ani dari Jepang, PM Budi dari Korea, dan …"): the token after
     * the state; {@code at} when no origin word and state start there.
     */
    private int afterOrigin(TriggerSite site, int at) {
        if (at >= site.tokens().size() || !lexicon.is(site.token(at), MeetingWord.ORIGIN)) {
            return at;
        }
        SentenceContext s = site.sentence();
        return s.mentions().stream()
                .filter(m -> m.entity().type() == EntityType.STATE && s.tokenAt(m.span().start()) == at + 1)
                .findFirst().map(m -> s.tokenAt(m.span().end() - 1) + 1).orElse(at);
    }

    /**
     * Past the companions of the actor just named, told of by a word and not by name ("PM Ani beserta istri, PM Budi
     * beserta istri, dan …"): the token after them; {@code at} when no companion word starts there.
     */
    private int afterCompanion(TriggerSite site, int at) {
        if (at >= site.tokens().size() || !lexicon.is(site.token(at), MeetingWord.COMPANION_LINK)) {
            return at;
        }
        int i = at + 1;
        while (i < site.tokens().size() && i <= at + COMPANION_WORDS && site.token(i).isWord()
                && !site.token(i).isCapitalized() && !lexicon.is(site.token(i), MeetingWord.CONNECTOR)) {
            i++;
        }
        // "beserta ratu Maxima": a companion named is told of by the word before the name, and joins no list here
        boolean unnamed = i < site.tokens().size() && lexicon.is(site.token(i), MeetingWord.CONNECTOR);
        return i > at + 1 && unnamed ? i : at;
    }

    /**
     * Past a description of the actor just named ("X sebagai utusan khusus Presiden Y bersama …"): the token after
     * the first person it names, who is no side; {@code at} when no such description starts there.
     */
    private int afterDescription(TriggerSite site, int at) {
        if (at >= site.tokens().size() || !lexicon.is(site.token(at), MeetingWord.AS_ROLE)) {
            return at;
        }
        return site.actors().stream().filter(x -> x.person() && x.from() > at && x.from() <= at + DESCRIPTION_REACH)
                .findFirst().map(Actor::to).orElse(at);
    }

    /** The actors without the persons named inside another's description ("sebagai utusan Presiden Y"). */
    List<Actor> withoutDescribed(TriggerSite site, List<Actor> in) {
        List<Actor> out = new ArrayList<>();
        int describedEnd = -1;
        for (Actor a : in) {
            if (a.to() == describedEnd) {
                continue;
            }
            out.add(a);
            describedEnd = afterDescription(site, a.to());
        }
        return out;
    }

    /** "Menlu Retno Marsudi (Retno)": a bracketed short form of the actor just named is no actor of its own. */
    static List<Actor> withoutShortForms(TriggerSite site, List<Actor> in) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : in) {
            boolean shortForm = !out.isEmpty() && a.from() > 0 && site.token(a.from() - 1).text().equals("(")
                    && Actor.last(out).to() == a.from() - 1 && Actor.last(out).entity().equals(a.entity());
            if (!shortForm) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Past a bracketed short form right after an actor ("Menlu Retno Marsudi (Retno) dan …"): the token after the
     * closing bracket; {@code at} when none is there.
     */
    private static int afterShortForm(TriggerSite site, int at) {
        if (at >= site.tokens().size() || !site.token(at).text().equals("(")) {
            return at;
        }
        for (int i = at + 1; i < site.tokens().size() && i <= at + SHORT_FORM_WORDS + 1; i++) {
            if (site.token(i).text().equals(")")) {
                return i + 1;
            }
        }
        return at;
    }

    /** Where the actor starts with the title written right before its name: "Presiden Rusia Vladimir Putin". */
    int titledFrom(TriggerSite site, Actor a) {
        Span role = roleOf(site.sentence().entities(), a);
        int from = a.from();
        while (role != null && from > 0 && role.contains(site.token(from - 1).span())) {
            from--;
        }
        return from;
    }

    /** The span of the role written right before the actor's name ("Menteri Luar Negeri Rusia Sergei Lavrov"). */
    private static Span roleOf(ArticleEntities entities, Actor a) {
        return entities.roles().stream().filter(r -> r.holder().equals(a.entity())
                && r.span().end() == a.mention().span().end()).map(RoleAssertion::span).findFirst().orElse(null);
    }
}
