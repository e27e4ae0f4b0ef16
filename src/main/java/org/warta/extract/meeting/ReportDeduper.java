package org.warta.extract.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Granularity;
import org.warta.model.MeetingReport;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeMention;
import org.warta.model.TimeValue;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * One report per meeting and article: a later candidate of the same meeting (same participants, or the
 * person-level form of a state-level visit; places and times that fit) only sharpens the first — the most
 * precise time, the most specific participants, an explicit status. Stateless.
 */
final class ReportDeduper {
    private static final int DAYS_IN_WEEK = 7;
    /** A state visit's days: its arrival and the meetings during it lie this many days apart at most. */
    private static final int VISIT_DAYS = 2;
    /** Words said after a meeting are told at most this many days after it. */
    private static final int SPEAKING_DAYS = 1;
    private final MeetingLexicon lexicon;

    ReportDeduper(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<MeetingReport> dedupe(List<MeetingCandidate> all, ArticleEntities entities, ArticleText text) {
        List<Told> kept = new ArrayList<>();
        for (MeetingCandidate c : all) {
            Told told = new Told(c, Set.of(c.sentence()), done(c, text),
                    lexicon.inPhrase(c.trigger(), MeetingWord.TALK));
            int same = sameAs(kept, told, entities, text);
            if (same < 0) {
                kept.add(told);
            } else {
                kept.set(same, merge(kept.get(same), told, text, entities));
            }
        }
        List<MeetingReport> out = new ArrayList<>();
        for (Told t : kept) {
            out.add(t.candidate().toReport(out.size() + 1));
        }
        return out;
    }

    /**
     * The report told so far that the candidate tells again, -1 when none: one of the same people before one it
     * only fits as a visit ("… menyambangi Istana, Sabtu" … "menerima Ani, Jumat" … "Pertemuan tersebut …": the
     * meeting with Ani, not the visit).
     */
    private int sameAs(List<Told> kept, Told told, ArticleEntities entities, ArticleText text) {
        Set<EntityRef> who = new HashSet<>(told.candidate().participants());
        Optional<TimeValue> own = told.ownValue(text);
        int fits = -1;
        int fitsOnItsDay = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (sameMeeting(kept.get(i), told, entities, text)) {
                if (who.equals(new HashSet<>(kept.get(i).candidate().participants()))) {
                    return i;
                }
                fits = fits < 0 ? i : fits;
                Optional<TimeValue> day = kept.get(i).ownValue(text);
                boolean onItsDay = own.isPresent() && day.isPresent() && own.get().compatibleWith(day.get());
                fitsOnItsDay = fitsOnItsDay < 0 && onItsDay ? i : fitsOnItsDay;
            }
        }
        // "Budi disambut Ani (Rabu) … bertemu Citra, Kamis … pertemuan kedua negara (Kamis)": of the reports the
        // states' meeting fits, the one told on its own day
        return fitsOnItsDay >= 0 ? fitsOnItsDay : fits;
    }

    /**
     * "Budi telah bertemu Ani": a word of completion inside the report's own words (its evidence), which the
     * status a trigger's clause gives cannot show beside "occurred".
     */
    private boolean done(MeetingCandidate c, ArticleText text) {
        List<Token> tokens = text.tokens(c.sentence());
        int from = tokens.size();
        int to = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (c.evidence().start() <= tokens.get(i).start() && tokens.get(i).end() <= c.evidence().end()) {
                from = Math.min(from, i);
                to = i + 1;
            }
        }
        return from < to && lexicon.hasCue(tokens, from, to, MeetingLexicon.Cue.DONE);
    }

    /**
     * A meeting as told so far, with the sentences of its reports: a time one of them gives is the meeting's own,
     * not the story's day carried over, even when the first report had none. {@code done}: its first report tells
     * it as done. {@code talk}: its first report names talk, in person or by phone alike ({@link MeetingWord#TALK}).
     */
    private record Told(MeetingCandidate candidate, Set<Integer> sentences, boolean done, boolean talk) {
        Optional<TimeValue> ownValue(ArticleText text) {
            return candidate.time().filter(t -> sentences.stream()
                    .anyMatch(s -> text.sentence(s).span().contains(t.span()))).flatMap(TimeMention::value);
        }
    }

    private static Told merge(Told kt, Told ct, ArticleText text, ArticleEntities entities) {
        Set<Integer> sentences = new HashSet<>(kt.sentences());
        sentences.addAll(ct.sentences());
        return new Told(merge(kt, ct.candidate(), text, entities), Set.copyOf(sentences), kt.done(), kt.talk());
    }

    private static MeetingCandidate merge(Told kt, MeetingCandidate c, ArticleText text, ArticleEntities entities) {
        MeetingCandidate k = kt.candidate();
        Optional<TimeMention> time = k.time();
        // a meeting told as such dates it better than the visit it was first read from ("tiba … Senin", "menemui …
        // Selasa"), a time of its own sentence better than the story's day, else the more precise time wins
        boolean toldAsMeeting = k.visitToState() && !c.visitToState();
        boolean kOwn = kt.ownValue(text).isPresent();
        boolean cOwn = c.ownValue(text).isPresent();
        // a day of its own inside a visit's span is the meeting's day; inside the span written for the meeting
        // itself, one day of it
        // (the story's day inside a span of its own told later is one day of it: "Ani menyambut Budi [Rabu (4/9)]"
        // … "kunjungan Budi pada 3-6 September")
        if (c.value().isPresent() && (toldAsMeeting && cOwn || !dayOfWrittenSpan(k.value(), c.value().get()))
                && (k.value().isEmpty() || toldAsMeeting || cOwn && !kOwn && !dayOfWrittenSpan(c.value(),
                k.value().get()) || c.value().get().coveredDays() < k.value().get().coveredDays()
                && !(kOwn && !cOwn))) {
            time = c.time();
        }
        boolean kStates = k.participants().stream().anyMatch(e -> e.type() == EntityType.STATE);
        boolean cStates = c.participants().stream().anyMatch(e -> e.type() == EntityType.STATE);
        boolean wider = c.participants().size() > k.participants().size()
                && c.participants().containsAll(k.participants());
        List<EntityRef> participants = kStates && !cStates || wider ? c.participants() : k.participants();
        // an explicit plan or hedge says more than the default "occurred", unless the report told as held gives its
        // own day and the plan none ("… menerima Ani di istana, Senin (1/4)" … "keduanya akan berunding lagi")
        // (an arrival on its day is no meeting held: "tiba di Kyiv, Rabu" … "akan bersua X" still lies ahead);
        // a meeting its own words tell as done ("Budi telah bertemu Ani") is held whatever plan follows it, and so
        // is one dated the day of publication against a plan with no day of its own ("… menerima Ani" … "keduanya
        // juga dijadwalkan berunding": the next part of the same visit)
        // (a time of its own running past the publication date is no day held: "lawatan ke Korea pada 5-6 April"
        // told on 5 April … "Di sana ia akan menemui Presiden Korea": the meeting lies ahead)
        boolean heldOnItsDay = !k.bareVisit() && (kOwn && !cOwn && !runsPastPublication(k, text) || kt.done()
                || !cOwn && onPublicationDay(k, text));
        MeetingStatus status = k.status() == MeetingStatus.OCCURRED && !heldOnItsDay ? c.status() : k.status();
        // a venue before a state; a place of some state before a sea or a region of none
        boolean kPlaced = k.place().isPresent() && k.place().get().type() == EntityType.PLACE
                && (stateOf(k.place().get(), entities).isPresent() || c.place().isEmpty()
                || stateOf(c.place().get(), entities).isEmpty());
        Optional<EntityRef> place = kPlaced ? k.place() : c.place().or(k::place);
        return new MeetingCandidate(participants, status, k.virtual(), time, place, k.evidence(), k.sentence(),
                k.trigger(), k.cited().or(c::cited), k.visitToState() && c.visitToState(),
                k.bareVisit() && c.bareVisit(), k.previous());
    }

    /** Whether the report's time ends after the day the article was published. */
    private static boolean runsPastPublication(MeetingCandidate c, ArticleText text) {
        Optional<LocalDate> published = text.article().metadata().published();
        return published.isPresent() && c.value().filter(v -> v.coverEnd().isAfter(published.get())).isPresent();
    }

    /** Whether the report is dated the day the article was published (the story's day, today's news). */
    private static boolean onPublicationDay(MeetingCandidate c, ArticleText text) {
        Optional<LocalDate> published = text.article().metadata().published();
        return published.isPresent() && c.value().filter(v -> v.granularity() == Granularity.DAY && !v.isInterval()
                && v.coverStart().equals(published.get())).isPresent();
    }

    /**
     * "berlangsung dari Senin hingga Rabu … Pada hari Senin, kedua pemimpin akan memulai pertemuan": a day inside
     * a span of days written for the meeting is one day of it, not a sharper date. A calendar week ("pekan
     * depan") is no written span: the days told later do sharpen it.
     */
    private static boolean dayOfWrittenSpan(Optional<TimeValue> span, TimeValue day) {
        return span.filter(v -> v.granularity() == Granularity.DAY && v.isInterval() && !calendarWeek(v)
                && day.within(v)).isPresent();
    }

    private static boolean calendarWeek(TimeValue v) {
        return v.coveredDays() == DAYS_IN_WEEK && v.coverStart().getDayOfWeek() == DayOfWeek.MONDAY;
    }

    private boolean sameMeeting(Told at, Told bt, ArticleEntities entities, ArticleText text) {
        MeetingCandidate a = at.candidate();
        MeetingCandidate b = bt.candidate();
        boolean exact = new LinkedHashSet<>(a.participants()).equals(new LinkedHashSet<>(b.participants()));
        if (a.previous() != b.previous() && !oneClaimTwice(at, bt, exact, text)) {
            return false; // "pertemuan sebelumnya dengan Ani": not the meeting the story is about
        }
        if (a.virtual() != b.virtual()) {
            // "Pembicaraan AS dan Rusia …" after the presidents' call: the states standing for the two who spoke
            return callToldAgain(at, bt, exact || covers(a, b, entities) || covers(b, a, entities), text);
        }
        if (!exact && !covers(a, b, entities) && !covers(b, a, entities) && !visitJoined(a, b)) {
            return false;
        }
        // places in one state fit: a venue and its city ("Oval Office", "Washington"), or a visit to a state and a
        // meeting during it: arrival at the airport one day, the talks at the palace the next ("tiba di Bandara
        // Halim, Rabu (14/5)" … "bertemu di Istana Merdeka, Kamis (15/5)")
        boolean visit = !exact || a.visitToState() || b.visitToState();
        if (a.place().isPresent() && b.place().isPresent() && !a.place().equals(b.place())
                && !sameState(a.place().get(), b.place().get(), entities)
                && stateOf(a.place().get(), entities).isPresent() && stateOf(b.place().get(), entities).isPresent()) {
            return false; // places in two states; a sea or a region of no state is no evidence against
        }
        Optional<TimeValue> ta = at.ownValue(text);
        Optional<TimeValue> tb = bt.ownValue(text);
        if (namedAgain(a, ta) || namedAgain(b, tb)) {
            return true;
        }
        if (exact && a.status() == b.status() && (inAttribution(a, text) || inAttribution(b, text))
                && ta.isPresent() && tb.isPresent() && daysApart(ta.get(), tb.get()) <= SPEAKING_DAYS) {
            return true; // "“…,” ujar Budi usai bertemu Ani, Selasa": the meeting told before, the day of speaking
        }
        if (ta.isPresent() && tb.isPresent()) {
            return ta.get().compatibleWith(tb.get()) || visit && arrivalBefore(a, ta.get(), b, tb.get());
        }
        if (ta.isPresent() || tb.isPresent()) {
            // one report dates the meeting the other mentions; a report dated only by the story's day is the same
            // meeting when that day fits, or when both tell it the same way
            Optional<TimeValue> dated = ta.or(() -> tb);
            MeetingCandidate undated = ta.isPresent() ? b : a;
            if (aheadOfThePast(undated, ta.isPresent() ? a : b, dated.get(), text)) {
                return false;
            }
            Optional<TimeValue> story = ta.isPresent() ? b.value() : a.value();
            // … but not a time years apart ("Ketika itu Budi bertemu pula dengan Ani" after "pada 2016")
            if (story.isEmpty() || dated.get().compatibleWith(story.get())) {
                return true;
            }
            return a.status() == b.status() && dated.get().coverStart().getYear() == story.get().coverStart().getYear();
        }
        return a.status() == b.status() || Math.abs(a.sentence() - b.sentence()) <= 1;
    }

    /**
     * "“…,” ujar Budi usai bertemu Ani di Jakarta, Selasa": a report opening with a subordinating word after a
     * quotation of its sentence tells when the words were said, of a meeting told as the story's; the time there
     * may be the day of speaking, {@value #SPEAKING_DAYS} day after the meeting's.
     */
    private boolean inAttribution(MeetingCandidate c, ArticleText text) {
        List<Token> tokens = text.tokens(c.sentence());
        boolean quoted = false;
        for (Token t : tokens) {
            if (t.start() >= c.evidence().start()) {
                return quoted && lexicon.is(t, MeetingWord.SUBORDINATE);
            }
            quoted |= t.kind() == Token.Kind.QUOTE;
        }
        return false;
    }

    /**
     * "Keduanya pernah bertemu dan berdiskusi … pada Maret tahun lalu": two triggers of one sentence, of the same
     * people and the same time of that sentence, tell one meeting, though only the first word is marked as earlier.
     */
    private static boolean oneClaimTwice(Told a, Told b, boolean exact, ArticleText text) {
        Optional<TimeValue> ta = a.ownValue(text);
        return exact && a.candidate().sentence() == b.candidate().sentence() && ta.isPresent()
                && ta.equals(b.ownValue(text));
    }

    /**
     * "Budi dan Ani berbicara melalui telepon pada 2 Maret. … Budi berharap dapat segera bertemu Ani": a plan told
     * without a time lies ahead, so it is not a meeting held on a day before the publication date.
     */
    private static boolean aheadOfThePast(MeetingCandidate plan, MeetingCandidate held, TimeValue day,
                                          ArticleText text) {
        Optional<LocalDate> published = text.article().metadata().published();
        return plan.status() == MeetingStatus.PLANNED && plan.value().isEmpty()
                && held.status() == MeetingStatus.OCCURRED && published.isPresent()
                && day.coverEnd().isBefore(published.get());
    }

    /**
     * "Menurutnya, lawatan Budi ke Jepang sangat penting": a visit named again by a word that tells no time nor
     * aspect of its own, and with no time in its sentence, is the visit of the same people the article tells
     * elsewhere, whatever the story's day or the default status would make of it.
     */
    private static boolean namedAgain(MeetingCandidate c, Optional<TimeValue> own) {
        return c.bareVisit() && own.isEmpty();
    }

    /**
     * "Budi menelepon Ani, Jumat (24/10). … Selanjutnya, pembicaraan antara Budi dan Ani …": the same two (or the
     * states that stand for them: "pembicaraan Indonesia dan Jepang"), told after a call without a time of their own
     * and with its status, speak of the call; so do the same two told before or after it by a word of talk that
     * names no medium, when one of the two has no time of its own ("Budi berbicara lewat telepon dengan Ani. …
     * Pembicaraan Budi dan Ani semalam …"), or when the time of one holds the other's ("… menelepon Ani, Kamis
     * (12/6)" … "Pembicaraan … yang terjadi pada bulan Juni ini").
     */
    private static boolean callToldAgain(Told first, Told later, boolean sameSides, ArticleText text) {
        if (!sameSides || later.candidate().status() != first.candidate().status()) {
            return false;
        }
        if (first.candidate().virtual() && later.ownValue(text).isEmpty()) {
            return true;
        }
        Told talk = first.candidate().virtual() ? later : first;
        Optional<TimeValue> a = first.ownValue(text);
        Optional<TimeValue> b = later.ownValue(text);
        return talk.talk() && (a.isEmpty() || b.isEmpty() || a.get().compatibleWith(b.get()));
    }

    private static boolean sameState(EntityRef a, EntityRef b, ArticleEntities entities) {
        Optional<EntityRef> sa = stateOf(a, entities);
        return sa.isPresent() && sa.equals(stateOf(b, entities));
    }

    private static Optional<EntityRef> stateOf(EntityRef place, ArticleEntities entities) {
        return place.type() == EntityType.STATE ? Optional.of(place) : entities.stateOf(place);
    }

    /**
     * The visit's report (its arrival) dated up to {@link #VISIT_DAYS} days before the other report: the meetings
     * of a visit follow its arrival. A visit told later than a meeting of the same people is a later day of it
     * ("… mendampingi Macron mengunjungi Akademi Militer") and stays apart.
     */
    private static boolean arrivalBefore(MeetingCandidate a, TimeValue ta, MeetingCandidate b, TimeValue tb) {
        boolean aArrives = a.visitToState() && !b.visitToState() || withState(a) && !withState(b);
        TimeValue arrival = aArrives ? ta : tb;
        TimeValue meeting = aArrives ? tb : ta;
        return !arrival.coverStart().isAfter(meeting.coverStart()) && daysApart(arrival, meeting) <= VISIT_DAYS;
    }

    private static boolean withState(MeetingCandidate c) {
        return c.participants().stream().anyMatch(e -> e.type() == EntityType.STATE);
    }

    /** Days between two day-precise times (0 when they meet); a month or year is never days apart. */
    private static long daysApart(TimeValue a, TimeValue b) {
        if (a.granularity() != Granularity.DAY || b.granularity() != Granularity.DAY) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, Math.max(a.coverStart().toEpochDay() - b.coverEnd().toEpochDay(),
                b.coverStart().toEpochDay() - a.coverEnd().toEpochDay()));
    }

    /**
     * "… akan berkunjung ke Jepang dan direncanakan menemui Kaisar X serta Permaisuri Y": a visit and a meeting told
     * in one sentence, both of persons (the visit's host named), the visit's sides all among the meeting's, are one
     * meeting, of the meeting's sides.
     */
    private static boolean visitJoined(MeetingCandidate a, MeetingCandidate b) {
        return a.sentence() == b.sentence() && (a.visitToState() || b.visitToState()) && onlyPersons(a)
                && onlyPersons(b)
                && (b.participants().containsAll(a.participants()) || a.participants().containsAll(b.participants()));
    }

    private static boolean onlyPersons(MeetingCandidate c) {
        return c.participants().stream().allMatch(e -> e.type() == EntityType.PERSON);
    }

    /** A state-level report (visitor, state) is the person-level one when a person of that state met the visitor. */
    private static boolean covers(MeetingCandidate stateLevel, MeetingCandidate personLevel, ArticleEntities entities) {
        List<EntityRef> states = stateLevel.participants().stream().filter(e -> e.type() == EntityType.STATE).toList();
        if (states.isEmpty()) {
            return false;
        }
        Set<EntityRef> others = new LinkedHashSet<>(stateLevel.participants());
        states.forEach(others::remove);
        if (!personLevel.participants().containsAll(others)) {
            return false;
        }
        // several hosts of one state are its side ("disambut oleh Presiden India A dan Perdana Menteri B")
        List<EntityRef> rest = personLevel.participants().stream().filter(e -> !others.contains(e)).toList();
        return rest.size() >= states.size() && states.stream().allMatch(st -> rest.stream()
                .anyMatch(p -> entities.stateOf(p).map(st::equals).orElse(false)))
                && rest.stream().allMatch(p -> entities.stateOf(p).map(states::contains).orElse(false));
    }
}
