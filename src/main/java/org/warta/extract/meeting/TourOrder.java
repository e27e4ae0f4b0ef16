package org.warta.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityRef;
import org.warta.model.MeetingStatus;
import org.warta.model.TimeValue;

/**
 * "Ani dijadwalkan tiba di Tokyo besok … Persinggahan di Jepang termasuk dalam perjalanan Ani ke Korea, Jepang, Vietnam
 * dan Laos": a tour's states listed in its order around the state the story has the visitor in now — the visit told
 * just before, of the same visitor, held or ahead near the publication date, in one of the listed states. The states
 * listed before it were visited already; those after it lie ahead. Stateless.
 */
final class TourOrder {
    /** The visit told just before is the story's now when dated at most this many days from the publication. */
    private static final int NOW_DAYS = 2;
    /** A tour names at least this many states. */
    private static final int TOUR_STATES = 3;

    /**
     * @param perState the candidates one visit trigger gave, one per state it visits, in the order of {@code visits}
     * @param visits   the states the visit names, in the text's order (a state named twice counts once)
     * @param site     where the trigger stands
     * @param latest   the meeting the story told last
     */
    List<MeetingCandidate> ordered(List<MeetingCandidate> perState, List<EntityRef> visits, TriggerSite site,
                                   Optional<MeetingCandidate> latest, Optional<LocalDate> published) {
        List<EntityRef> visited = List.copyOf(new LinkedHashSet<>(visits));
        if (visited.size() < TOUR_STATES || perState.size() != visited.size() || latest.isEmpty()
                || published.isEmpty() || latest.get().sentence() < site.sentence().index() - 1) {
            return perState;
        }
        MeetingCandidate now = latest.get();
        if (!sameVisitor(now, perState.get(0), visited) || !current(now, published.get())) {
            return perState;
        }
        // the state the visit of now is in: a side of it, the state of its host, or of its place
        ArticleEntities entities = site.sentence().entities();
        List<EntityRef> visitors = visitors(perState.get(0), visited);
        Set<EntityRef> states = new HashSet<>();
        now.participants().stream().filter(e -> !visitors.contains(e))
                .forEach(e -> entities.stateOf(e).ifPresent(states::add));
        now.place().flatMap(entities::stateOf).ifPresent(states::add);
        int here = -1;
        for (int i = 0; i < visited.size(); i++) {
            if (states.contains(visited.get(i))) {
                here = here == -1 ? i : -2; // one state only
            }
        }
        if (here < 0) {
            return perState;
        }
        List<MeetingCandidate> out = new ArrayList<>();
        for (int i = 0; i < perState.size(); i++) {
            MeetingCandidate c = perState.get(i);
            out.add(i == here ? c : c.withStatus(i < here ? MeetingStatus.OCCURRED : MeetingStatus.PLANNED));
        }
        return out;
    }

    /** Whether the visit told before is of the tour's visitor. */
    private static boolean sameVisitor(MeetingCandidate now, MeetingCandidate onTour, List<EntityRef> visited) {
        List<EntityRef> visitors = visitors(onTour, visited);
        return !visitors.isEmpty() && now.participants().containsAll(visitors);
    }

    /** A tour candidate's sides other than the states visited. */
    private static List<EntityRef> visitors(MeetingCandidate onTour, List<EntityRef> visited) {
        return onTour.participants().stream().filter(e -> !visited.contains(e)).toList();
    }

    /** Held or ahead near the publication date: a plan with no time, or a time within {@link #NOW_DAYS} days. */
    private static boolean current(MeetingCandidate now, LocalDate published) {
        Optional<TimeValue> v = now.value();
        if (v.isEmpty()) {
            return now.status() == MeetingStatus.PLANNED;
        }
        return !v.get().coverEnd().isBefore(published.minusDays(NOW_DAYS))
                && !v.get().coverStart().isAfter(published.plusDays(NOW_DAYS));
    }
}
