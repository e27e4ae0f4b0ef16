package org.warta.extract.meeting;

import java.util.List;
import java.util.Optional;
import org.warta.extract.Clauses;
import org.warta.extract.PhraseTable;
import org.warta.extract.time.TimeExpression;
import org.warta.text.Token;

/**
 * Rules a trigger out when its clause says there was no meeting: negated before the trigger, cancelled (also in a
 * relative clause's predicate after it), a plan held back by a reason ("…, tapi karena …"), hypothetical, an
 * invitation, a count of meetings ("bertemu 39 kali"), or
 * a process or series named right before it ("proses negosiasi", "rangkaian kunjungan"), or a moment come
 * ("waktunya telah tiba").
 * A count followed by "terakhir pada September" still gives that last meeting. Stateless.
 */
final class RuleOut {
    /** At most this many words between a negation and the trigger it negates. */
    private static final int NEGATION_REACH = 4;
    /** At most this many lower-case words before the trigger for an invitation word. */
    private static final int INVITATION_REACH = 3;
    /** At most this many lower-case words between a document word and the "yang" of its reception. */
    private static final int DOCUMENT_REACH = 3;
    /** At most this many tokens between a series' trigger and the word that lists its members. */
    private static final int MEMBERS_REACH = 12;
    /** At most this many words between a moment word ("saatnya") and the trigger after it. */
    private static final int MOMENT_REACH = 3;
    /** At most this many characters between "terakhir" and the time of the last meeting. */
    private static final int LAST_INSTANCE_REACH = 12;

    /** Whether the trigger reports a meeting; for a count, the index of its last instance's time expression. */
    /**
     * @param cancelled the clause calls the meeting off
     * @param invited   the meeting is only asked for, proposed or wished ("mengundang X berkunjung", "keinginannya
     *                  untuk mengunjungi"): no meeting yet, and what else the article says of it is no plan either
     */
    record Admission(boolean admitted, Optional<Integer> lastInstance, boolean cancelled, boolean invited) {
        static final Admission KEEP = new Admission(true, Optional.empty(), false, false);
        static final Admission REJECT = new Admission(false, Optional.empty(), false, false);
        static final Admission CANCELLED = new Admission(false, Optional.empty(), true, false);
        static final Admission INVITED = new Admission(false, Optional.empty(), false, true);
    }

    private final MeetingLexicon lexicon;

    RuleOut(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Admission admit(TriggerSite site) {
        if (!ruledOut(site)) {
            return Admission.KEEP;
        }
        if (cancelled(site)) {
            return Admission.CANCELLED;
        }
        if (invited(site)) {
            return Admission.INVITED;
        }
        return lastInstanceAfterCount(site).map(k -> new Admission(true, Optional.of(k), false, false))
                .orElse(Admission.REJECT);
    }

    /** Whether the clause (or the predicate after its relative clause) calls the meeting off. */
    private boolean cancelled(TriggerSite site) {
        return offAround(site) || lexicon.cues().findAll(site.tokens(), site.clause().from(), site.clause().to())
                .stream().anyMatch(c -> callsOff(site, c)
                        || c.value() == MeetingLexicon.Cue.CANCELS_NEXT && namesNext(site, c));
    }

    /** Called off from around the clause: a relative clause's predicate, a denial before it, a reason after it. */
    private boolean offAround(TriggerSite site) {
        return cancelledAfterRelativeClause(site) || deniedClaim(site) || heldBack(site) || visitCalledOffBefore(site);
    }

    /**
     * "Pembatalan kunjungan itu disampaikan …, yang bakal mendampingi X saat berkunjung ke Y nantinya": a visit word
     * after the sentence's calling off of a visit pointed back to ("kunjungan itu") tells that visit, called off.
     */
    private boolean visitCalledOffBefore(TriggerSite site) {
        if (!visit(site)) {
            return false;
        }
        List<Token> tokens = site.tokens();
        for (PhraseTable.Hit<MeetingLexicon.Cue> c : lexicon.cues().findAll(tokens, 0, site.hit().from())) {
            if (c.value() != MeetingLexicon.Cue.CANCELS_NEXT || c.to() + 1 >= site.hit().from()) {
                continue;
            }
            Optional<PhraseTable.Hit<MeetingLexicon.Trigger>> named = lexicon.triggers().longestAt(tokens, c.to());
            if (named.isPresent() && named.get().to() < tokens.size()
                    && lexicon.is(tokens.get(named.get().to()), MeetingWord.DEMONSTRATIVE)) {
                return true;
            }
        }
        return false;
    }

    /** A cancel word of the clause that calls this meeting off, not what it decided nor another meeting after it. */
    private boolean callsOff(TriggerSite site, PhraseTable.Hit<MeetingLexicon.Cue> c) {
        return c.value() == MeetingLexicon.Cue.CANCELLED && !decidedAt(site, c) && !cancelsAnother(site, c);
    }

    private boolean ruledOut(TriggerSite site) {
        List<Token> tokens = site.tokens();
        Clauses.Clause clause = site.clause();
        int trigger = site.hit().from();
        if (offAround(site)) {
            return true;
        }
        for (PhraseTable.Hit<MeetingLexicon.Cue> c : lexicon.cues().findAll(tokens, clause.from(), clause.to())) {
            boolean negates = c.value() == MeetingLexicon.Cue.NEGATION && c.to() <= trigger
                    && trigger - c.to() <= NEGATION_REACH
                    || c.value() == MeetingLexicon.Cue.CANCELS_NEXT && namesNext(site, c)
                    || c.value() == MeetingLexicon.Cue.SERIES_NEXT && c.to() == trigger && !visit(site)
                    && !membersListed(site)
                    || (c.value() == MeetingLexicon.Cue.VENUE_NEXT || c.value() == MeetingLexicon.Cue.DISCUSSED_NEXT)
                    && c.to() == trigger;
            if (negates || callsOff(site, c) || c.value() == MeetingLexicon.Cue.HYPOTHETICAL
                    || c.value() == MeetingLexicon.Cue.AGGREGATE) {
                return true;
            }
        }
        return invited(site) || documentReceived(site) || momentHasCome(site) || joinsInTheWelcome(site)
                || lexicon.countsMeetings(tokens, clause.from(), clause.to());
    }

    /**
     * "…, dan Menteri Citra turut menyambut tamu itu di istana": those who join in a welcome stand beside its host,
     * no meeting of their own.
     */
    private boolean joinsInTheWelcome(TriggerSite site) {
        int at = site.hit().from();
        // the trigger's phrase, not the token: a misspelled welcome is read as the trigger it stands for
        return at > 0 && lexicon.inPhrase(site.trigger().phrase(), MeetingWord.WELCOME)
                && lexicon.is(site.token(at - 1), MeetingWord.JOINS_IN);
    }

    /**
     * "menerima surat dari X", "keterangan tertulis yang diterima Antara": a weak reception word whose object is a
     * statement, a message or a file received, right after it or a few lower-case words before its "yang".
     */
    private boolean documentReceived(TriggerSite site) {
        if (!site.trigger().weak()) {
            return false;
        }
        int from = site.hit().from();
        int to = site.hit().to();
        if (to < site.tokens().size() && lexicon.is(site.token(to), MeetingWord.DOCUMENT)) {
            return true;
        }
        if (from == 0 || !lexicon.is(site.token(from - 1), MeetingWord.RELATIVE)) {
            return false;
        }
        for (int i = from - 2; i >= Math.max(site.clause().from(), from - 2 - DOCUMENT_REACH); i--) {
            if (lexicon.is(site.token(i), MeetingWord.DOCUMENT)) {
                return true;
            }
            if (site.token(i).isCapitalized() || !site.token(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * An invitation, proposal or wish to meet named just before the trigger, or before the purpose word of it
     * ("mengundang X … untuk menghadiri KTT"): what the invitee is asked to do, not a meeting. One made by phone
     * ("mengirim undangan lewat telepon kepada X") is a call.
     */
    private boolean invited(TriggerSite site) {
        List<Token> tokens = site.tokens();
        Clauses.Clause clause = site.clause();
        int trigger = site.hit().from();
        return !site.hit().value().virtual() && invitationJustBefore(site)
                || trigger > 0 && lexicon.is(tokens.get(trigger - 1), MeetingWord.PURPOSE)
                && lexicon.hasWord(tokens, clause.from(), trigger, MeetingWord.INVITATION);
    }

    /**
     * An invitation word among the few lower-case words before the trigger; the capitalized words of a title and name
     * between count for nothing ("usulan Presiden Xi Jinping berkunjung").
     */
    private boolean invitationJustBefore(TriggerSite site) {
        int words = 0;
        for (int i = site.hit().from() - 1; i >= site.clause().from() && words < INVITATION_REACH; i--) {
            Token t = site.tokens().get(i);
            if (lexicon.is(t, MeetingWord.INVITATION)) {
                // "memenuhi undangan makan malam …": an invitation accepted is a meeting held
                return i == 0 || !lexicon.is(site.tokens().get(i - 1), MeetingWord.ACCEPTS);
            }
            words += t.isCapitalized() ? 0 : 1;
        }
        return false;
    }

    /**
     * "rangkaian pertemuan dengan sejumlah pejabat, di antaranya A, B …": a series whose members are listed a little
     * after the trigger is one meeting with each of them, read as a general object and its list.
     */
    private boolean membersListed(TriggerSite site) {
        int from = site.hit().to();
        return lexicon.hasWord(site.tokens(), from, Math.min(site.tokens().size(), from + MEMBERS_REACH),
                MeetingWord.INCLUDING);
    }

    /**
     * A series of visits is one visit per state it names ("rangkaian kunjungan ke tiga negara, yakni A, B dan C"),
     * each read by the visit's pattern; a series of talks is no one meeting.
     */
    private static boolean visit(TriggerSite site) {
        return site.trigger().pattern() == MeetingLexicon.Pattern.VISIT;
    }

    /**
     * "waktunya telah tiba", "tiba saatnya", "sudah saatnya bertemu": a moment word right after the trigger, or
     * before it with only lower-case words between, says a time has come (or should), not that anyone met or came.
     */
    private boolean momentHasCome(TriggerSite site) {
        List<Token> tokens = site.tokens();
        int from = site.hit().from();
        if (site.hit().to() < tokens.size() && lexicon.is(tokens.get(site.hit().to()), MeetingWord.MOMENT)) {
            return true;
        }
        for (int i = from - 1; i >= Math.max(site.clause().from(), from - MOMENT_REACH); i--) {
            if (lexicon.is(tokens.get(i), MeetingWord.MOMENT)) {
                return true;
            }
            if (!tokens.get(i).isWord() || tokens.get(i).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a cue standing before the meeting it speaks of names this trigger: right before it, or before the
     * plan of it ("batalnya rencana pertemuan", "penundaan rencana kunjungan").
     */
    private boolean namesNext(TriggerSite site, PhraseTable.Hit<MeetingLexicon.Cue> cue) {
        int trigger = site.hit().from();
        if (cue.to() == trigger) {
            return true;
        }
        return lexicon.cues().longestAt(site.tokens(), cue.to())
                .filter(p -> p.value() == MeetingLexicon.Cue.PLANS_NEXT && p.to() == trigger).isPresent();
    }

    /**
     * "bertemu Ani membawa pesan Budi yang mengundurkan lawatannya ke Jepang": a cancel word after the trigger
     * that names another meeting right after it ("lawatannya", "rencana kunjungan") calls that one off, not this one.
     */
    private boolean cancelsAnother(TriggerSite site, PhraseTable.Hit<MeetingLexicon.Cue> cue) {
        if (cue.from() < site.hit().to()) {
            return false;
        }
        int next = cue.to();
        int after = lexicon.cues().longestAt(site.tokens(), next)
                .filter(p -> p.value() == MeetingLexicon.Cue.PLANS_NEXT).map(PhraseTable.Hit::to).orElse(next);
        return after < site.tokens().size() && lexicon.namesMeeting(site.token(after));
    }

    /**
     * A cancel word after an outcome word that follows the trigger is what the meeting decided, not its end:
     * "bertemu … dan keduanya sepakat menunda tarif baru".
     */
    private boolean decidedAt(TriggerSite site, PhraseTable.Hit<MeetingLexicon.Cue> cue) {
        return lexicon.hasWord(site.tokens(), site.hit().to(), cue.from(), MeetingWord.OUTCOME);
    }

    /**
     * "Kunjungan X ke Beijing untuk bertemu Y, yang semula dijadwalkan awal Juli, juga ditunda": the predicate
     * after a relative clause still belongs to the trigger's clause.
     */
    private boolean cancelledAfterRelativeClause(TriggerSite site) {
        List<Clauses.Clause> clauses = site.clauses();
        int idx = clauses.indexOf(site.clause());
        if (idx + 1 >= clauses.size() || !lexicon.is(site.token(clauses.get(idx + 1).from()), MeetingWord.RELATIVE)) {
            return false;
        }
        for (int k = idx + 1; k < clauses.size() && k <= idx + 2; k++) {
            Clauses.Clause next = clauses.get(k);
            if (lexicon.hasCue(site.tokens(), next.from(), next.to(), MeetingLexicon.Cue.CANCELLED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Istana membantah kabar bahwa X menemui Y": the trigger's clause is what a denial (a cancel word in the clause
     * before) says did not happen.
     */
    private boolean deniedClaim(TriggerSite site) {
        List<Clauses.Clause> clauses = site.clauses();
        int idx = clauses.indexOf(site.clause());
        int from = site.clause().from();
        boolean complement = lexicon.is(site.token(from), MeetingWord.COMPLEMENT)
                || from > 0 && lexicon.is(site.token(from - 1), MeetingWord.COMPLEMENT);
        if (idx < 1 || !complement) {
            return false;
        }
        Clauses.Clause before = clauses.get(idx - 1);
        return lexicon.hasCue(site.tokens(), before.from(), before.to(), MeetingLexicon.Cue.CANCELLED);
    }

    /**
     * "Budi berencana berkunjung ke Jepang, tapi karena …": a plan whose next clause opens with a contrast and a
     * reason is held back by that reason, put off.
     */
    private boolean heldBack(TriggerSite site) {
        List<Clauses.Clause> clauses = site.clauses();
        int idx = clauses.indexOf(site.clause());
        if (idx + 1 >= clauses.size()) {
            return false;
        }
        int from = clauses.get(idx + 1).from();
        return from + 1 < site.tokens().size() && lexicon.is(site.token(from), MeetingWord.CONTRAST)
                && lexicon.is(site.token(from + 1), MeetingWord.REASON)
                && lexicon.hasCue(site.tokens(), site.clause().from(), site.clause().to(), MeetingLexicon.Cue.PLANNED);
    }

    /**
     * "… bertemu 39 kali …, terakhir pada September …", "terakhir kali di Bali pada Mei": the index of the last
     * instance's time expression, which may follow the count word and the place of that instance; none when another
     * trigger stands between, whose instances they are.
     */
    private Optional<Integer> lastInstanceAfterCount(TriggerSite site) {
        List<TimeExpression> found = site.times().found();
        for (int i = site.hit().to(); i < site.tokens().size(); i++) {
            if (!lexicon.is(site.token(i), MeetingWord.LAST_INSTANCE)) {
                continue;
            }
            if (!lexicon.triggers().findAll(site.tokens(), site.hit().to(), i).isEmpty()) {
                return Optional.empty(); // "… pertemuan …, kami bertemu 3 kali, terakhir …": the later trigger's
            }
            int after = site.token(pastPlaceOfInstance(site, i + 1) - 1).end();
            for (int k = 0; k < found.size(); k++) {
                int start = found.get(k).span().start();
                if (start >= after && start - after <= LAST_INSTANCE_REACH) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** The token past "kali" and a place ("di Bali") right after the last-instance word at {@code from - 1}. */
    private int pastPlaceOfInstance(TriggerSite site, int from) {
        int i = from;
        if (i < site.tokens().size() && lexicon.is(site.token(i), MeetingWord.COUNT_NOUN)) {
            i++;
        }
        if (i + 1 < site.tokens().size() && lexicon.is(site.token(i), MeetingWord.PLACE_MARKER)
                && site.token(i + 1).isCapitalized()) {
            i++;
            while (i < site.tokens().size() && site.token(i).isCapitalized()) {
                i++;
            }
        }
        return i;
    }
}
