package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.warta.model.EntityMention;
import org.warta.model.EntityType;

/**
 * A seat of government written alone is read as its state ("Riyad menolak" as Saudi Arabia); but where the article
 * has already introduced a person of that name ("Menteri Luar Negeri Palestina Riyad al-Maliki … Riyad
 * mengatakan"), the name is that person. Stateless.
 */
final class MetonymPersons {
    static final String RULE = "person-before-metonym";

    List<EntityMention> resolve(List<EntityMention> mentions) {
        List<EntityMention> persons = mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON).toList();
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(m.rule().equals(GazetteerMentions.METONYM) ? namedBefore(m, persons)
                    .map(p -> new EntityMention(m.span(), m.text(), p.entity(), RULE, m.sentenceIndex())).orElse(m) : m);
        }
        return out;
    }

    /** The latest person before the mention whose name has the mention's text as one of its parts. */
    private static Optional<EntityMention> namedBefore(EntityMention m, List<EntityMention> persons) {
        EntityMention found = null;
        for (EntityMention p : persons) {
            if (p.span().end() <= m.span().start() && hasPart(p, m.text())) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean hasPart(EntityMention person, String part) {
        return Arrays.stream(person.text().split("[\\s-]+")).anyMatch(w -> w.equalsIgnoreCase(part))
                || Arrays.stream(person.entity().name().split("[\\s-]+")).anyMatch(w -> w.equalsIgnoreCase(part));
    }
}
