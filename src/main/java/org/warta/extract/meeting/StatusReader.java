package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.model.MeetingStatus;

/**
 * A meeting's status from the cues of its clause (akan → planned, kabarnya → uncertain, dilaporkan → uncertain
 * unless planned) and of the predicate after a relative clause ("X, yang …, akan …"); occurred otherwise.
 * Stateless.
 */
final class StatusReader {
    private final MeetingLexicon lexicon;

    StatusReader(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    MeetingStatus status(TriggerSite site) {
        boolean planned = false;
        boolean uncertain = false;
        boolean reported = false;
        int about = aboutAfter(site);
        int added = Math.min(addedToEnd(site), laterMeetingFrom(site));
        int ownPlan = planOfRelativeClause(site);
        for (PhraseTable.Hit<MeetingLexicon.Cue> c : cues(site)) {
            if (c.to() <= ownPlan && (c.value() == MeetingLexicon.Cue.UNCERTAIN
                    || c.value() == MeetingLexicon.Cue.REPORTED)) {
                continue; // "Diduga, keduanya membahas lawatan X yang akan …": the hedge is of the main clause
            }
            if (c.from() > about && (c.value() == MeetingLexicon.Cue.PLANNED
                    || c.value() == MeetingLexicon.Cue.UNCERTAIN)) {
                continue; // "berbicara tentang kemungkinan kerja sama": the topic's, not the meeting's
            }
            if (c.from() >= added) {
                continue; // "Selain menemui Ani, Budi juga dijadwalkan …": the main clause's plan, not this one's
            }
            switch (c.value()) {
                case PLANNED -> planned = true;
                case REQUEST -> planned |= !asMeans(site); // "meminta … dengan menelepon X": the call was made
                case PLANS_NEXT -> planned |= c.to() == site.hit().from(); // "persiapan kunjungan Presiden …"
                case DEPARTS -> planned |= c.to() < site.hit().from() && purposeBetween(site, c.to());
                case UNCERTAIN -> uncertain = true;
                case REPORTED -> reported = true;
                default -> {
                }
            }
        }
        if (uncertain) {
            return MeetingStatus.UNCERTAIN;
        }
        if (planned) {
            return MeetingStatus.PLANNED;
        }
        return reported ? MeetingStatus.UNCERTAIN : MeetingStatus.OCCURRED;
    }

    /**
     * After "selain" right before the trigger ("Selain menemui Ani, …"), the comma that ends what is added to; past
     * the end of the sentence otherwise.
     */
    int addedToEnd(TriggerSite site) {
        int at = site.hit().from();
        if (at == 0 || !lexicon.is(site.token(at - 1), MeetingWord.BESIDES)) {
            return site.tokens().size();
        }
        return site.commaAfterHit();
    }

    /**
     * "Keduanya berunding berdua menjelang pertemuan tahunan yang dijadwalkan pada Mei": past the trigger,
     * a word of what lies ahead right before a meeting noun opens a later meeting; what follows it, a plan or a time,
     * is that meeting's. Its token, past the end of the sentence if none.
     */
    int laterMeetingFrom(TriggerSite site) {
        for (int i = site.hit().to(); i + 1 < site.tokens().size(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.AHEAD_OF) && lexicon.namesMeeting(site.token(i + 1))) {
                return i;
            }
        }
        return site.tokens().size();
    }

    /**
     * "… lawatan Presiden X yang akan menyambangi Jepang": a trigger in a relative clause that tells its own plan. The
     * token of that clause's "yang", whose main clause's hedges are not the meeting's; -1 when there is none.
     */
    private int planOfRelativeClause(TriggerSite site) {
        int trigger = site.hit().from();
        for (int i = trigger - 1; i >= site.clause().from(); i--) {
            if (lexicon.is(site.token(i), MeetingWord.RELATIVE)) {
                return lexicon.hasCue(site.tokens(), i + 1, trigger, MeetingLexicon.Cue.PLANNED) ? i : -1;
            }
        }
        return -1;
    }

    /** The word after the trigger in its clause that opens what was talked about ("tentang"); past the end if none. */
    private int aboutAfter(TriggerSite site) {
        for (int i = site.hit().to(); i < site.clause().to(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.ABOUT)) {
                return i;
            }
        }
        return site.tokens().size();
    }

    /**
     * "pertemuan sebelumnya dengan …", "pernah bertemu …": a meeting before the one the story is about; so is the
     * visit a meeting returns ("sebagai balasan atas kunjungan X ke …"), a word or two before its noun.
     */
    boolean previous(TriggerSite site) {
        boolean noun = site.trigger().pattern() == MeetingLexicon.Pattern.NOUN || site.noun();
        int at = noun ? site.hit().to() : site.hit().from() - 1;
        int from = site.hit().from();
        boolean returned = noun && (from >= 1 && lexicon.is(site.token(from - 1), MeetingWord.RETURNS)
                || from >= 2 && lexicon.is(site.token(from - 2), MeetingWord.RETURNS));
        return returned || at >= 0 && at < site.tokens().size() && lexicon.is(site.token(at), MeetingWord.PREVIOUS);
    }

    /** A verb trigger right after a word of means ("dengan menelepon"): how something else was done. */
    private boolean asMeans(TriggerSite site) {
        int at = site.hit().from();
        return site.trigger().pattern() != MeetingLexicon.Pattern.NOUN && at > 0
                && lexicon.is(site.token(at - 1), MeetingWord.MEANS);
    }

    /**
     * Whether only a journey's start makes the meeting a plan ("terbang ke Moskow untuk makan siang dengan …"): it
     * lay ahead when the trip began, so a day the story has already passed makes it one that took place.
     */
    boolean plannedByDeparture(TriggerSite site) {
        boolean departs = false;
        for (PhraseTable.Hit<MeetingLexicon.Cue> c : cues(site)) {
            if (c.value() == MeetingLexicon.Cue.PLANNED || c.value() == MeetingLexicon.Cue.PLANS_NEXT) {
                return false;
            }
            departs |= c.value() == MeetingLexicon.Cue.DEPARTS && c.to() < site.hit().from()
                    && purposeBetween(site, c.to());
        }
        return departs;
    }

    /** "berangkat dari Bali untuk lawatan ke …": the trip starts; what it is for lies ahead. */
    private boolean purposeBetween(TriggerSite site, int from) {
        return lexicon.hasWord(site.tokens(), from, site.hit().from(), MeetingWord.PURPOSE);
    }

    private List<PhraseTable.Hit<MeetingLexicon.Cue>> cues(TriggerSite site) {
        Clauses.Clause clause = site.clause();
        List<PhraseTable.Hit<MeetingLexicon.Cue>> cues = new ArrayList<>(
                lexicon.cues().findAll(site.tokens(), clause.from(), clause.to()));
        List<Clauses.Clause> clauses = site.clauses();
        int idx = clauses.indexOf(clause);
        if (idx > 0 && byMeansOf(site)) {
            Clauses.Clause before = clauses.get(idx - 1);
            cues.addAll(lexicon.cues().findAll(site.tokens(), before.from(), before.to()));
        }
        if (idx >= 0 && idx + 1 < clauses.size()) {
            Clauses.Clause next = clauses.get(idx + 1);
            if (lexicon.is(site.token(next.from()), MeetingWord.RELATIVE)) {
                for (int i = next.from(); i < next.to(); i++) {
                    if (site.token(i).text().equals(",")) {
                        cues.addAll(lexicon.cues().findAll(site.tokens(), i + 1, next.to()));
                        break;
                    }
                }
            }
        }
        return cues;
    }

    /**
     * A clause that opens with a word of means right before the trigger (", dengan melakukan pertemuan …") tells
     * how the clause before it is done: that clause's "akan" is the meeting's too.
     */
    private boolean byMeansOf(TriggerSite site) {
        int from = site.clause().from();
        return from + 1 == site.hit().from() && lexicon.is(site.token(from), MeetingWord.MEANS);
    }

    /** Whether the trigger's clause holds a cue of the class. */
    boolean inClause(TriggerSite site, MeetingLexicon.Cue cue) {
        return lexicon.hasCue(site.tokens(), site.clause().from(), site.clause().to(), cue);
    }

    /**
     * Whether the meeting is a call: a call word from the trigger on ("bertemu secara virtual", "pertemuan
     * virtual", "melalui konferensi video") or right before it ("melalui sambungan telepon berbicara dengan …"); one
     * farther before it speaks of something else ("Dalam jumpa pers daring, Budi bercerita tentang kunjungan Ani …").
     */
    boolean virtual(TriggerSite site) {
        int trigger = site.hit().from();
        return lexicon.cues().findAll(site.tokens(), site.clause().from(), site.clause().to()).stream()
                .anyMatch(c -> c.value() == MeetingLexicon.Cue.VIRTUAL && (c.from() >= trigger || c.to() == trigger)
                        && !cited(site, c.to()));
    }

    /** "rekaman video yang diunggah …": a citing word right after the call word makes it the source's medium. */
    private boolean cited(TriggerSite site, int after) {
        for (int i = after; i < Math.min(site.tokens().size(), after + 2); i++) {
            if (lexicon.is(site.token(i), MeetingWord.CITING)) {
                return true;
            }
        }
        return false;
    }
}
