package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.warta.model.Affiliation;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.model.UnresolvedMention;

/**
 * The entities of one article: every resolved mention in text order, the names left unresolved, roles and
 * affiliations. Offers the lookups later stages need: the mention at an offset, the mentions of a sentence, and
 * the most recent mention before an offset that fits a test (for pronouns: "dia mengatakan", "katanya").
 */
public final class ArticleEntities {
    private final List<EntityMention> mentions;
    private final List<UnresolvedMention> unresolved;
    private final List<RoleAssertion> roles;
    private final List<Affiliation> affiliations;
    private final Map<Integer, List<EntityMention>> actors = new HashMap<>();

    public ArticleEntities(List<EntityMention> mentions, List<UnresolvedMention> unresolved, List<RoleAssertion> roles,
                           List<Affiliation> affiliations) {
        List<EntityMention> sorted = new ArrayList<>(mentions);
        Collections.sort(sorted);
        this.mentions = List.copyOf(sorted);
        this.unresolved = List.copyOf(unresolved);
        this.roles = List.copyOf(roles);
        this.affiliations = List.copyOf(affiliations);
        for (EntityMention m : this.mentions) {
            actors.computeIfAbsent(m.sentenceIndex(), this::findActors);
        }
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public List<UnresolvedMention> unresolved() {
        return unresolved;
    }

    public List<RoleAssertion> roles() {
        return roles;
    }

    public List<Affiliation> affiliations() {
        return affiliations;
    }

    /**
     * Who can act in a sentence — meet, speak: its persons, states and organizations, without those inside a
     * longer name ("China" in "Kementerian Luar Negeri China") or inside a person's title ("Rusia" in "Menteri
     * Luar Negeri Rusia Sergei Lavrov"). Places are never actors.
     */
    public List<EntityMention> actors(int sentence) {
        return actors.getOrDefault(sentence, List.of());
    }

    private List<EntityMention> findActors(int sentence) {
        List<EntityMention> in = inSentence(sentence);
        List<Span> roleSpans = roles.stream().filter(r -> r.sentenceIndex() == sentence)
                .map(RoleAssertion::span).toList();
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : in) {
            if (m.entity().type() == EntityType.PLACE) {
                continue;
            }
            boolean nested = in.stream().anyMatch(o -> o != m && o.span().contains(m.span())
                    && o.span().length() > m.span().length());
            boolean inRole = m.entity().type() != EntityType.PERSON
                    && roleSpans.stream().anyMatch(r -> r.contains(m.span()));
            if (!nested && !inRole) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    public List<EntityMention> inSentence(int sentence) {
        // mentions are sorted by offset, so by sentence: find the run by binary search
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).sentenceIndex() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < mentions.size() && mentions.get(end).sentenceIndex() == sentence) {
            end++;
        }
        return mentions.subList(lo, end);
    }

    /** The mention whose span lies within [start, end), the longest first. */
    public List<EntityMention> within(Span span) {
        return mentions.stream().filter(m -> span.contains(m.span())).toList();
    }

    /** The mention that starts at this offset, if any. */
    public Optional<EntityMention> startingAt(int offset) {
        return mentions.stream().filter(m -> m.span().start() == offset).findFirst();
    }

    /** The latest mention that ends at or before {@code offset} and passes the test. */
    public Optional<EntityMention> latestBefore(int offset, Predicate<EntityMention> test) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            EntityMention m = mentions.get(i);
            if (m.span().end() <= offset && test.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * What "dia", "ia" or "-nya" at this offset most likely refers to: the subject — the first person named — of
     * its own sentence before it, else of the nearest sentence before that names a person. Indonesian news keeps
     * "ia" for the subject carried over, not for the last name mentioned.
     */
    public Optional<EntityRef> pronounAntecedent(int offset) {
        Optional<EntityMention> latest = latestBefore(offset, m -> m.entity().type() == EntityType.PERSON);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        int sentence = latest.get().sentenceIndex();
        return mentions.stream().filter(m -> m.sentenceIndex() == sentence && m.span().end() <= offset
                        && m.entity().type() == EntityType.PERSON)
                .findFirst().map(EntityMention::entity);
    }

    /** The state an entity belongs to, if known. */
    public Optional<EntityRef> stateOf(EntityRef entity) {
        if (entity.type() == EntityType.STATE) {
            return Optional.of(entity);
        }
        return affiliations.stream().filter(a -> a.entity().equals(entity)).map(Affiliation::state).findFirst();
    }
}
