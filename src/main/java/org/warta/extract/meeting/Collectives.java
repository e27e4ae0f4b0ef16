package org.warta.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * "kedua pemimpin", "ketiga menteri", "keduanya", "ketiganya": a group told of by its number, standing for the
 * persons the story named last — the two or three most recent persons before it, other than those on the
 * meeting's other side. Stateless.
 */
final class Collectives {
    /**
     * A numbered group: where it is written (tokens [from, to)), how many it counts, and the noun it is told by
     * ("menteri" of "kedua menteri"; empty for "keduanya").
     */
    record Group(int from, int to, int size, String noun) {
        Group(int from, int to, int size) {
            this(from, to, size, "");
        }
    }

    private final MeetingLexicon lexicon;

    Collectives(MeetingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The numbered group written in tokens [from, to) of the sentence, the last one there. */
    Optional<Group> in(List<Token> tokens, int from, int to) {
        Optional<Group> found = Optional.empty();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            int size = size(tokens.get(i));
            if (size == 0) {
                continue;
            }
            boolean alone = tokens.get(i).endsWithNya() || tokens.get(i).norm().startsWith("ber");
            boolean withNoun = i + 1 < to && lexicon.is(tokens.get(i + 1), MeetingWord.COLLECTIVE_NOUN);
            if (alone) {
                found = Optional.of(new Group(i, i + 1, size));
            } else if (withNoun) {
                found = Optional.of(new Group(i, i + 2, size, tokens.get(i + 1).norm()));
            }
        }
        return found;
    }

    /** Whether the word tells a group by its number ("kedua", "ketiga", "keempat"). */
    boolean counts(Token t) {
        return size(t) > 0;
    }

    private int size(Token t) {
        if (lexicon.is(t, MeetingWord.PAIR)) {
            return 2;
        }
        if (lexicon.is(t, MeetingWord.TRIO)) {
            return 3;
        }
        return lexicon.is(t, MeetingWord.QUARTET) ? 4 : 0;
    }

    /**
     * The persons the group stands for, as their latest mentions before it; empty when too few were named. A group
     * told by an office ("kedua menteri") is of the latest persons whose position the article writes with that
     * word first, where enough were ("Menteri Luar Negeri A … Menteri Luar Negeri B … Perdana Menteri C … kedua
     * menteri": A and B); else of the latest persons.
     */
    List<Actor> members(ArticleEntities entities, int offset, Group g, Set<EntityRef> otherSide) {
        if (!g.noun().isEmpty()) {
            List<Actor> holders = latest(entities, offset, g, otherSide, p -> holdsAsWritten(entities, p, g.noun()));
            if (!holders.isEmpty()) {
                return holders;
            }
        }
        return latest(entities, offset, g, otherSide, p -> true);
    }

    private static List<Actor> latest(ArticleEntities entities, int offset, Group g, Set<EntityRef> otherSide,
                                      Predicate<EntityRef> fits) {
        Set<EntityRef> seen = new LinkedHashSet<>();
        List<Actor> out = new ArrayList<>();
        List<EntityMention> mentions = entities.mentions();
        for (int i = mentions.size() - 1; i >= 0 && out.size() < g.size(); i--) {
            EntityMention m = mentions.get(i);
            if (m.span().end() <= offset && m.entity().type() == EntityType.PERSON && !otherSide.contains(m.entity())
                    && fits.test(m.entity()) && seen.add(m.entity())) {
                out.add(0, Actor.outside(m));
            }
        }
        return out.size() == g.size() ? out : List.of();
    }

    /** Whether the person holds a position the article writes with the word first ("Menteri Luar Negeri"). */
    private static boolean holdsAsWritten(ArticleEntities entities, EntityRef person, String word) {
        return entities.roles().stream().anyMatch(r -> r.holder().equals(person)
                && Token.normalize(r.position().strip().split("\\s+")[0]).equals(word));
    }
}
