package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;
import org.warta.model.Statement;
import org.warta.text.ArticleText;
import org.warta.text.Token;
import org.warta.text.Tokens;

/**
 * A visit to a state becomes a meeting with a person of that state when, in the same or one of the next two
 * sentences, that person and the visitor act in one clause ("Dalam kunjungan tersebut, Perdana Menteri Li Qiang
 * menyampaikan kepada Bapak Mishustin …"), unless the person is the state's envoy, posted abroad. Stateless.
 */
final class HostUpgrade {
    private static final int REACH = 3;

    private final MeetingLexicon lexicon;
    private final Clauses clauses;

    HostUpgrade(MeetingLexicon lexicon, Clauses clauses) {
        this.lexicon = lexicon;
        this.clauses = clauses;
    }

    /** @param statements the article's statements: who tells of the visit does not host it */
    List<MeetingCandidate> upgrade(List<MeetingCandidate> candidates, ArticleText text, ArticleEntities entities,
                                   List<Statement> statements) {
        List<MeetingCandidate> out = new ArrayList<>(candidates.size());
        for (MeetingCandidate c : candidates) {
            // a visit told as an earlier one ("balasan atas kunjungan …") is hosted by no one of the present story
            out.add(c.visitToState() && !c.previous() ? withHost(c, text, entities, statements,
                    sidesElsewhere(c, candidates)) : c);
        }
        return out;
    }

    /**
     * The sides of the other meetings told in the visit's sentence without its visitors: "Ani membahas rencana
     * kunjungan Budi ke Jepang dalam pertemuan dengan Menlu Jepang Citra" — Citra met Ani, she is not Budi's host.
     */
    private static Set<EntityRef> sidesElsewhere(MeetingCandidate visit, List<MeetingCandidate> candidates) {
        List<EntityRef> visitors = visit.participants().subList(0, visit.participants().size() - 1);
        Set<EntityRef> out = new HashSet<>();
        candidates.stream().filter(o -> o != visit && o.sentence() == visit.sentence()
                && !o.participants().containsAll(visitors)).forEach(o -> out.addAll(o.participants()));
        return out;
    }

    private MeetingCandidate withHost(MeetingCandidate c, ArticleText text, ArticleEntities entities,
                                      List<Statement> statements, Set<EntityRef> sidesElsewhere) {
        List<EntityRef> p = c.participants();
        EntityRef state = p.get(p.size() - 1);
        List<EntityRef> visitors = p.subList(0, p.size() - 1);
        for (int s = c.sentence(); s < Math.min(text.sentences().size(), c.sentence() + REACH); s++) {
            int at = s;
            Optional<EntityRef> host = hostIn(text, entities, s, s != c.sentence(), visitors, state)
                    .filter(h -> !tellsOf(statements, h, c.evidence()) && !sidesElsewhere.contains(h)
                            && !speaksOfTheVisit(text, entities, statements, h, at, visitors));
            if (host.isPresent()) {
                List<EntityRef> upgraded = new ArrayList<>(visitors);
                upgraded.add(host.get());
                return c.withParticipants(upgraded);
            }
        }
        return c;
    }

    /**
     * "Menurut Ani, rapat itu menyiapkan lawatan Budi ke Jepang pekan depan": the speaker of a
     * statement that holds the visit tells of it.
     */
    private static boolean tellsOf(List<Statement> statements, EntityRef person, Span visit) {
        return statements.stream().anyMatch(st -> st.speaker().equals(person)
                && (st.quoteSpan().contains(visit.start()) || st.quoteSpan().contains(visit.end() - 1)));
    }

    /**
     * "Budi menjelaskan, kedatangan Ani perlu …": a statement of the person in sentence {@code s} whose words name
     * a visit noun with a visitor right after it speaks of that visit; its speaker does not host it.
     */
    private boolean speaksOfTheVisit(ArticleText text, ArticleEntities entities, List<Statement> statements,
                                     EntityRef person, int s, List<EntityRef> visitors) {
        List<Token> tokens = text.tokens(s);
        for (Statement st : statements) {
            if (st.sentenceIndex() != s || !st.speaker().equals(person)) {
                continue;
            }
            for (PhraseTable.Hit<MeetingLexicon.Trigger> h : lexicon.triggers().findAll(tokens, 0, tokens.size())) {
                boolean inWords = st.quoteSpan().contains(tokens.get(h.from()).start());
                if (!inWords || h.value().pattern() != MeetingLexicon.Pattern.VISIT || !h.value().noun()
                        || h.to() >= tokens.size()) {
                    continue;
                }
                int next = tokens.get(h.to()).start();
                if (entities.inSentence(s).stream().anyMatch(m -> m.span().start() == next
                        && visitors.contains(m.entity()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one person of the state acting with all the visitors in a clause of sentence {@code s}. */
    private Optional<EntityRef> hostIn(ArticleText text, ArticleEntities entities, int s, boolean later,
                                       List<EntityRef> visitors, EntityRef state) {
        List<Token> tokens = text.tokens(s);
        for (Clauses.Clause cl : clauses.split(tokens, true)) {
            Set<EntityRef> here = new LinkedHashSet<>();
            for (EntityMention m : entities.inSentence(s)) {
                int at = Tokens.indexAt(tokens, m.span().start());
                if (cl.contains(at) && !lexicon.ceremonyBefore(tokens, at)) { // not whose ceremony is attended
                    here.add(m.entity());
                }
            }
            for (int i = cl.from(); i < cl.to(); i++) {
                if (lexicon.is(tokens.get(i), MeetingWord.SINGULAR_PRONOUN)) {
                    entities.pronounAntecedent(tokens.get(i).start()).ifPresent(here::add); // "Ia dijadwalkan bertemu …"
                }
            }
            boolean speaksOfOne = !lexicon.triggers().findAll(tokens, cl.from(), cl.to()).isEmpty()
                    && !lexicon.countsMeetings(tokens, cl.from(), cl.to());
            if (!here.containsAll(visitors) || later && !speaksOfOne) {
                continue; // a later sentence must speak of the visit or a meeting, not of many ("berulang kali bertemu")
            }
            List<EntityRef> hosts = here.stream().filter(e -> e.type() == EntityType.PERSON && !visitors.contains(e)
                    && entities.stateOf(e).map(state::equals).orElse(false)).toList();
            // an envoy of the state is posted abroad: at home he hosts no visit ("Dubes X untuk Indonesia")
            if (hosts.size() == 1 && !lexicon.titled(entities, hosts.get(0), MeetingWord.ENVOY)) {
                return Optional.of(hosts.get(0));
            }
        }
        return Optional.empty();
    }
}
