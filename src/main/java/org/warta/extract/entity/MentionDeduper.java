package org.warta.extract.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warta.model.EntityMention;

/** One mention per span: of overlapping mentions of one type the longest is kept, then the first found. */
final class MentionDeduper {
    List<EntityMention> dedupe(List<EntityMention> all) {
        List<EntityMention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((EntityMention m) -> m.span().start()).thenComparing(m -> -m.span().length()));
        List<EntityMention> out = new ArrayList<>();
        // sorted by start: only kept mentions that end after this one starts can clash; keep them in a window
        ArrayDeque<EntityMention> open = new ArrayDeque<>();
        for (EntityMention m : sorted) {
            open.removeIf(o -> o.span().end() <= m.span().start());
            boolean clash = open.stream().anyMatch(o -> o.span().equals(m.span())
                    || o.span().overlaps(m.span()) && o.entity().type() == m.entity().type());
            if (!clash) {
                out.add(m);
                open.add(m);
            }
        }
        return out;
    }
}
