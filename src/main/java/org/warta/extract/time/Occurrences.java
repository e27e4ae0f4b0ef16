package org.warta.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Chooses among the occurrences of a day, date or month the one that lies in a {@link Direction} from a reference. */
final class Occurrences {
    private Occurrences() {
    }

    /** The candidate whose index fits the direction from {@code ref} best; ties of NEAREST go to the past. */
    static <T> T choose(List<T> candidates, ToLongFunction<T> index, long ref, Direction dir) {
        T best = best(candidates, index, ref, dir);
        if (best == null) {
            throw new Unresolved("no occurrence " + dir.name().toLowerCase(Locale.ROOT) + " the reference date");
        }
        return best;
    }

    /** As {@link #choose}, or null when no candidate lies in the direction. */
    static <T> T best(List<T> candidates, ToLongFunction<T> index, long ref, Direction dir) {
        T best = null;
        long bestKey = 0;
        for (T t : candidates) {
            long i = index.applyAsLong(t);
            boolean allowed = switch (dir) {
                case ON_OR_BEFORE -> i <= ref;
                case BEFORE -> i < ref;
                case ON_OR_AFTER -> i >= ref;
                case AFTER -> i > ref;
                case NEAREST -> true;
            };
            if (!allowed) {
                continue;
            }
            // smaller key is better: distance, with the past winning ties for NEAREST
            long key = switch (dir) {
                case ON_OR_BEFORE, BEFORE -> ref - i;
                case ON_OR_AFTER, AFTER -> i - ref;
                case NEAREST -> Math.abs(i - ref) * 2 + (i > ref ? 1 : 0);
            };
            if (best == null || key < bestKey) {
                best = t;
                bestKey = key;
            }
        }
        return best;
    }

    /** The occurrence of a weekday within a week either side of {@code ref} that lies in the direction. */
    static LocalDate dayNear(DayOfWeek day, LocalDate ref, Direction dir) {
        List<LocalDate> candidates = new ArrayList<>(3);
        LocalDate d = ref.minusDays(7).with(TemporalAdjusters.nextOrSame(day));
        for (; !d.isAfter(ref.plusDays(7)); d = d.plusWeeks(1)) {
            candidates.add(d);
        }
        return choose(candidates, LocalDate::toEpochDay, ref.toEpochDay(), dir);
    }
}
