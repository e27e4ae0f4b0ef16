package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.extract.time.Tense;
import org.warta.extract.time.TimeExpression;
import org.warta.extract.time.TimeExtractor;
import org.warta.extract.time.TimeForm;
import org.warta.extract.time.YearRef;
import org.warta.model.MeetingStatus;
import org.warta.model.StatementKind;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.Tokens;

/**
 * A meeting's time: the expression nearest the trigger in its clause, else in its sentence, resolved against the
 * publication date in the direction the status implies; and the sharper time a later "kunjungan itu …" gives the
 * meeting told before. Stateless.
 */
final class MeetingTimes {
    private static final long OUTSIDE_CLAUSE = 1_000_000L;
    /** Characters a time before the trigger counts as farther away than one after it. */
    private static final long BEFORE_TRIGGER = 40;
    /** Characters a written date ("26/7", "15 Agustus 2025") counts as nearer than a weekday or "pekan lalu". */
    private static final long EXPLICIT = 30;
    /** Characters a time past a word naming another meeting counts as farther away: it is more likely that one's. */
    private static final long ANOTHER_MEETING = 200;
    /** Tokens between a citing word and the day it was cited on ("dikutip dari kantor berita Antara, Kamis"). */
    private static final int CITED_REACH = 6;

    private final TimeExtractor times;
    private final StatusReader status;
    private final MeetingLexicon lexicon;

    MeetingTimes(TimeExtractor times, StatusReader status, MeetingLexicon lexicon) {
        this.times = times;
        this.status = status;
        this.lexicon = lexicon;
    }

    Optional<TimeMention> of(TriggerSite site, MeetingStatus meetingStatus, Optional<LocalDate> anchor) {
        TimeExpression best = null;
        long bestScore = Long.MAX_VALUE;
        int trigger = site.token(site.hit().from()).start();
        Set<TimeExpression> another = site.times().found().stream().filter(e -> pastAnotherMeeting(site, e))
                .collect(Collectors.toSet());
        boolean ownAfter = site.times().found().stream().anyMatch(o -> o.span().start() > trigger
                && !another.contains(o));
        for (TimeExpression e : site.times().found()) {
            if (ofAnEarlierEvent(site, e) || ownAfter && ofTheMainClause(site, e) || citedOn(site, e)
                    || citedBefore(site, e)
                    || times.isSinceStart(e, site.tokens()) || ofTheVisitReturned(site, e)
                    || ofALaterMeeting(site, e)
                    || meetingStatus == MeetingStatus.PLANNED
                    && (pastBeforePlan(site, e) || ofTheTelling(site, e))) {
                continue;
            }
            boolean inClause = e.span().start() >= site.clauseStart() && e.span().end() <= site.clauseEnd();
            // news writes a meeting's time after its verb and participants ("bertemu X pada Selasa (26/7)"); one
            // before the trigger more often belongs to something else ("yang tiba … pada Senin malam dijadwalkan
            // bertemu …"); and a written date says more than a weekday
            long score = (inClause ? 0 : OUTSIDE_CLAUSE) + Math.abs(e.span().start() - trigger)
                    + (e.span().start() < trigger ? BEFORE_TRIGGER : 0) - (explicit(e.form()) ? EXPLICIT : 0)
                    + (another.contains(e) ? ANOTHER_MEETING : 0);
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best == null ? Optional.empty() : Optional.of(resolved(site, best, meetingStatus, anchor));
    }

    /** The time the expression gives a meeting of that status told at the site. */
    TimeMention resolved(TriggerSite site, TimeExpression e, MeetingStatus meetingStatus, Optional<LocalDate> anchor) {
        // a plan points forward even when hedged ("kabarnya … akan bertemu pada November")
        boolean future = (meetingStatus == MeetingStatus.PLANNED || status.inClause(site, MeetingLexicon.Cue.PLANNED))
                && !times.pastInRelativeClause(e, site.tokens(), lexicon::speaksOfPlan);
        Tense tense = future ? Tense.FUTURE : meetingStatus == MeetingStatus.OCCURRED ? Tense.PAST : Tense.UNKNOWN;
        Optional<LocalDate> from = site.times().anchorOf(e, anchor); // a quotation's day of speaking
        return times.resolve(e, from, tense, site.times().dayBefore(tense, anchor), site.times().weekdaysTold());
    }

    /**
     * "Budi yang tiba di Tokyo pada Kamis malam dijadwalkan bertemu …": a time before a planned trigger, in a relative
     * clause that tells something already past, is of what is past (the arrival), not the day of the plan.
     */
    private boolean pastBeforePlan(TriggerSite site, TimeExpression e) {
        return e.span().end() <= site.token(site.hit().from()).start()
                && times.pastInRelativeClause(e, site.tokens(), lexicon::speaksOfPlan);
    }

    /**
     * "Menlu Ani, Selasa (2/4), mengatakan Presiden Budi akan berkunjung ke Jepang": a time before the reported
     * words that hold a plan dates the telling, not the plan.
     */
    private static boolean ofTheTelling(TriggerSite site, TimeExpression e) {
        return site.saidIn().filter(st -> st.kind() == StatementKind.INDIRECT
                && st.sentenceIndex() == site.sentence().index() && e.span().end() <= st.quoteSpan().start())
                .isPresent();
    }

    /**
     * "… tadi malam Ani diutus untuk bertemu Budi untuk menyampaikan surat yang menunda lawatannya … pada akhir bulan
     * ini": a time after a word naming another meeting, past the trigger, is that meeting's.
     */
    private boolean pastAnotherMeeting(TriggerSite site, TimeExpression e) {
        int at = Tokens.indexAt(site.tokens(), e.span().start());
        if (at <= site.hit().to()) {
            return false;
        }
        for (int i = site.hit().to(); i < at; i++) {
            if (site.token(i).endsWithNya() && lexicon.namesMeeting(site.token(i))) {
                return true; // "lawatannya": a meeting of its own, the possessor's
            }
        }
        return lexicon.triggers().findAll(site.tokens(), site.hit().to(), at).stream()
                .anyMatch(h -> h.value().pattern() != MeetingLexicon.Pattern.SYMMETRIC);
    }

    /**
     * A meeting told without a time of its own, after the story has given a day ("… di New York, Selasa
     * (24/9/2019). … Kemudian, Retno bertemu …"): the story's day, when the meeting has occurred and that day is not
     * after the publication date. The mention is the day's own expression, so the graph points to where it is said.
     */
    Optional<TimeMention> fromContext(TriggerSite site, MeetingStatus meetingStatus, Optional<LocalDate> anchor) {
        if (thenInClause(site)) {
            return site.times().previousTime(); // "Ketika itu Budi bertemu pula dengan Ani": the time just told
        }
        if (meetingStatus == MeetingStatus.PLANNED) {
            // "… akan berkeliling Eropa mulai Senin (8/4). … akan mengunjungi …"; else a plan for the day of the
            // news itself ("Jakarta, Selasa (22/8). … dijadwalkan menerima …")
            return site.times().planTime().or(() -> planOfTheDay(site, anchor));
        }
        if (meetingStatus != MeetingStatus.OCCURRED || background(site)) {
            return Optional.empty();
        }
        return site.times().dayBefore().filter(d -> anchor.isEmpty() || !d.coverStart().isAfter(anchor.get()))
                .flatMap(d -> site.times().dayMention()).or(() -> site.times().leadDayAfter());
    }

    /**
     * A plan told without a time after the story has given the publication date as its day: a plan of that day
     * ("Jakarta, Selasa (22/8). … dijadwalkan menerima …"), unless it lies ahead at no set day ("akan segera …").
     * Told in the lead before any time, the lead's day after it counts so too ("Budi akan menerima Ani. Hal itu
     * disampaikan …, Selasa (22/8)."); after a time told before it, the plan may be of that time's stretch.
     */
    private Optional<TimeMention> planOfTheDay(TriggerSite site, Optional<LocalDate> anchor) {
        if (anchor.isEmpty() || lexicon.hasWord(site.tokens(), 0, site.tokens().size(), MeetingWord.SOON)) {
            return Optional.empty();
        }
        Optional<TimeMention> lead = site.times().previousTime().isEmpty() ? site.times().leadDayAfter()
                : Optional.empty();
        return site.times().dayMention().or(() -> lead).filter(d -> d.value().isPresent() && d.value().get().isOneDay()
                && d.value().get().coverStart().equals(anchor.get()));
    }

    /** "… berunding berdua menjelang pertemuan tahunan pada Mei": a time past a later meeting's noun is its. */
    private boolean ofALaterMeeting(TriggerSite site, TimeExpression e) {
        int later = status.laterMeetingFrom(site);
        return later < site.tokens().size() && e.span().start() >= site.token(later).end();
    }

    /**
     * "Budi bertemu Ani di Osaka, setelah menemui Citra, Senin (29/7)": a time after the trigger's clause, past a
     * word that opens an earlier event, is that event's time.
     */
    private boolean ofAnEarlierEvent(TriggerSite site, TimeExpression e) {
        return e.span().start() >= site.clauseEnd() && lexicon.hasWord(site.tokens(), site.clause().to(),
                Tokens.indexAt(site.tokens(), e.span().start()), MeetingWord.EARLIER)
                && !times.isSinceRange(e, site.tokens());
    }

    /**
     * "Budi tiba di Jakarta, Selasa (15/4), setelah melawat ke … pada 9-14 April": a time before the word that opens
     * the trigger's earlier event is the main clause's (asked only when the trigger has a time of its own after it).
     */
    private boolean ofTheMainClause(TriggerSite site, TimeExpression e) {
        int end = Tokens.indexAt(site.tokens(), e.span().end() - 1) + 1;
        return e.span().end() <= site.token(site.hit().from()).start()
                && lexicon.hasWord(site.tokens(), end, site.hit().from(), MeetingWord.EARLIER);
    }

    /**
     * "“…,” ujar Budi seperti dikutip dari laman kantornya, Rabu (3/4)": a time after a citing
     * word past the trigger dates the citing, not the meeting.
     */
    private boolean citedOn(TriggerSite site, TimeExpression e) {
        return lexicon.hasWord(site.tokens(), site.hit().to(), Tokens.indexAt(site.tokens(), e.span().start()),
                MeetingWord.CITING);
    }

    /**
     * "Menurut laman kementerian, dikutip Kamis (4/4), pertemuan itu berlangsung …": a time right after a citing word
     * before the trigger dates the citing, not the meeting.
     */
    private boolean citedBefore(TriggerSite site, TimeExpression e) {
        int at = Tokens.indexAt(site.tokens(), e.span().start());
        return at < site.hit().from()
                && lexicon.hasWord(site.tokens(), Math.max(0, at - CITED_REACH), at, MeetingWord.CITING);
    }

    /**
     * "Budi berkunjung ke Jepang sebagai balasan atas kunjungan Hiroshi ke Jakarta pada Mei lalu": a time past a word
     * of return, away from the trigger, dates the visit returned; right after the trigger ("kunjungan balasan …") the
     * word makes the meeting itself the return.
     */
    private boolean ofTheVisitReturned(TriggerSite site, TimeExpression e) {
        return lexicon.hasWord(site.tokens(), site.hit().to() + 1, Tokens.indexAt(site.tokens(), e.span().start()),
                MeetingWord.RECIPROCAL);
    }

    /**
     * Whether the meeting's time is one the text itself puts in the past ("Mei lalu", "Senin lalu", "kemarin",
     * "tahun lalu"), so that an "akan" of its clause is about something else ("Ani akan mengulas kunjungan Budi
     * pada Maret lalu").
     */
    boolean saidPast(TriggerSite site, TimeMention time) {
        return site.times().found().stream().filter(e -> e.span().equals(time.span()))
                .anyMatch(e -> saysPast(e.form()));
    }

    private static boolean saysPast(TimeForm form) {
        if (form instanceof TimeForm.FromAnchor a) {
            return a.offset() < 0;
        }
        if (form instanceof TimeForm.Weekday w) {
            return w.shift() == TimeForm.Shift.BEFORE || w.shift() == TimeForm.Shift.LAST_WEEK;
        }
        if (form instanceof TimeForm.Weekend w) {
            return w.shift() == TimeForm.Shift.BEFORE || w.shift() == TimeForm.Shift.LAST_WEEK;
        }
        if (form instanceof TimeForm.CalendarMonth m) {
            return pastYear(m.year());
        }
        if (form instanceof TimeForm.CalendarDate d) {
            return pastYear(d.year());
        }
        return form instanceof TimeForm.Range r && saysPast(r.to());
    }

    private static boolean pastYear(YearRef year) {
        return year instanceof YearRef.Implied i && i.word().equals(Optional.of(Tense.PAST))
                || year instanceof YearRef.Relative r && r.offset() < 0;
    }

    /** "saat itu", "ketika itu": the clause points back to the time just told. */
    private boolean thenInClause(TriggerSite site) {
        for (int i = site.clause().from(); i + 1 < site.clause().to(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.THEN) && lexicon.is(site.token(i + 1), MeetingWord.DEMONSTRATIVE)
                    && !lexicon.is(site.token(i + 1), MeetingWord.PROXIMAL)) { // "saat ini" is now, not then
                return true;
            }
        }
        return false;
    }

    /** A date written with its day and month, or a range of such dates. */
    private static boolean explicit(TimeForm form) {
        return form instanceof TimeForm.CalendarDate
                || form instanceof TimeForm.Range r && r.to() instanceof TimeForm.CalendarDate;
    }

    /** "… setelah Xi dan Putin bertemu di China", "Sebelumnya, …": an earlier event told in passing. */
    private boolean background(TriggerSite site) {
        if (beforehand(site)) {
            return false;
        }
        for (int i = site.clause().from(); i < site.clause().to(); i++) {
            if (earlier(site, i)) {
                return true;
            }
        }
        return site.clauses().indexOf(site.clause()) > 0 && earlier(site, site.clause().from());
    }

    /**
     * A word of an earlier event at token {@code at}. A subordinating word before the trigger tells by where the
     * trigger stands: "sebelum" opening the trigger's own stretch ("…, ujar Budi sebelum bertemu Ani") puts the
     * meeting after the main clause, so it is none; "setelah" or "sebelum" fronted before a comma leaves the main
     * clause's meeting on the story's occasion ("Setelah bersalaman dengan Ani, keduanya berbincang …", "Sebelum
     * menerima Ani, Budi menerima Citra"), while "setelah" opening the trigger's own stretch tells an earlier event in
     * passing.
     */
    private boolean earlier(TriggerSite site, int at) {
        if (!lexicon.is(site.token(at), MeetingWord.EARLIER)) {
            return false;
        }
        int trigger = site.hit().from();
        if (at > trigger) {
            return true;
        }
        boolean comma = false;
        for (int i = at + 1; i < trigger && !comma; i++) {
            comma = site.token(i).text().equals(",");
        }
        boolean fronted = comma && lexicon.is(site.token(at), MeetingWord.FRONTED);
        if (lexicon.is(site.token(at), MeetingWord.FOLLOWS)) {
            return comma && !fronted;
        }
        return !fronted;
    }

    /** "lebih dulu" in the sentence: one meeting before another on the occasion the story tells. */
    private boolean beforehand(TriggerSite site) {
        for (int i = 0; i + 1 < site.tokens().size(); i++) {
            if (lexicon.is(site.token(i), MeetingWord.BEFOREHAND) && lexicon.is(site.token(i + 1), MeetingWord.EARLIER)) {
                return true;
            }
        }
        return false;
    }

    /** The time of a counted meeting's last instance ("terakhir pada September"). */
    TimeMention lastInstance(TriggerSite site, int expression, Optional<LocalDate> anchor) {
        TimeExpression e = site.times().found().get(expression);
        return times.resolve(e, site.times().anchorOf(e, anchor), Tense.PAST, site.times().dayBefore(),
                site.times().weekdaysTold());
    }

    /**
     * "kunjungan itu akan berlangsung dari Senin hingga Rabu": the latest meeting with the sharper time of this
     * clause, when it fits the time it had; "Pembicaraan itu berlangsung lewat telepon pada 7 Juli": the time of
     * this clause, when the one it had was only the story's, carried over from before the meeting's sentence (one
     * given after it, by an earlier "pertemuan itu …", is the meeting's own).
     */
    Optional<MeetingCandidate> refine(TriggerSite site, MeetingCandidate latest, Optional<LocalDate> anchor) {
        Optional<TimeMention> t = of(site, latest.status(), anchor);
        if (t.isEmpty() || t.get().value().isEmpty() || t.get().span().start() < site.clauseStart()
                || t.get().span().end() > site.clauseEnd()) {
            return Optional.empty();
        }
        TimeValue v = t.get().value().get();
        int told = site.sentence().text().sentence(latest.sentence()).span().start();
        Optional<TimeValue> old = latest.time().filter(m -> m.span().start() >= told).flatMap(TimeMention::value);
        if (old.isEmpty() || v.compatibleWith(old.get()) && v.coveredDays() < old.get().coveredDays()) {
            return Optional.of(latest.withTime(t));
        }
        return Optional.empty();
    }
}
