package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.UnresolvedMention;
import org.warta.text.ArticleText;

/**
 * A role without a name ("presiden Rusia", "pemimpin Kremlin") is a mention of the article's one person holding
 * that role; with several holders it stays unresolved. Stateless.
 */
final class RoleDescriptions {
    /** Mentions of the descriptions resolved, and those that fit several persons. */
    record Resolved(List<EntityMention> mentions, List<UnresolvedMention> unresolved) {
    }

    private final RoleHolders holders;

    RoleDescriptions(RoleHolders holders) {
        this.holders = holders;
    }

    Resolved resolve(ArticleText text, List<RoleDescription> descriptions, List<EntityMention> mentions,
                     KnownPersons known) {
        Set<EntityRef> persons = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON).forEach(m -> persons.add(m.entity()));
        Resolved out = new Resolved(new ArrayList<>(), new ArrayList<>());
        for (RoleDescription d : descriptions) {
            List<EntityRef> fit = persons.stream().filter(p -> holders.holds(p, d.title(), d.of(), known,
                    text.article().metadata().published())).toList();
            if (d.of().isEmpty() && fit.size() > 1) {
                // a bare title goes to the holder the story spoke of last
                fit = latestBefore(mentions, fit, d.span().start()).map(List::of).orElse(fit);
            }
            if (fit.size() == 1) {
                out.mentions().add(new EntityMention(d.span(), d.text(), fit.get(0), "role-description", d.sentence()));
            } else if (fit.isEmpty() && d.of().filter(o -> o.type() == EntityType.STATE).isPresent()) {
                // "berunding dengan Menteri Keuangan Jepang": an office no one in the article holds
                // stands for its state
                out.mentions().add(new EntityMention(d.span(), d.text(), d.of().get(), "office-of-state",
                        d.sentence()));
            } else if (fit.size() > 1) {
                out.unresolved().add(new UnresolvedMention(d.span(), d.text(), fit,
                        "several persons of this article hold this role", d.sentence()));
            }
        }
        return out;
    }

    private static Optional<EntityRef> latestBefore(List<EntityMention> mentions, List<EntityRef> among, int offset) {
        return mentions.stream().filter(m -> m.span().end() <= offset && among.contains(m.entity()))
                .max(Comparator.comparingInt(m -> m.span().start())).map(EntityMention::entity);
    }
}
