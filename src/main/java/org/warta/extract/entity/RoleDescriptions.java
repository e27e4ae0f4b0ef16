package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.WordClasses;
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

    /** Sentences back a description pointing back to a body's person looks for that person. */
    private static final int BACK_SENTENCES = 2;

    private final RoleHolders holders;
    private final WordClasses<EntityWord> words;

    RoleDescriptions(RoleHolders holders, WordClasses<EntityWord> words) {
        this.holders = holders;
        this.words = words;
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
            if (fit.isEmpty() && d.of().filter(o -> o.type() == EntityType.STATE).isPresent()) {
                // "Gubernur Jenderal Australia" … "Gubernur Jenderal Hurley": the one person the article gives that
                // title without a state, and no state of its own
                fit = persons.stream().filter(p -> holders.holdsUnplaced(p, d.title(), known)).toList();
                fit = fit.size() == 1 ? fit : List.of();
            }
            Optional<EntityRef> toldBefore = fit.isEmpty() && d.of().isPresent() && pointsBack(text, d)
                    ? onlyPersonOf(d.of().get(), mentions, d.span().start(), known)
                    .or(() -> latestOfTheBodysState(d, mentions, known)) : Optional.empty();
            if (fit.size() == 1) {
                out.mentions().add(new EntityMention(d.span(), d.text(), fit.get(0), "role-description", d.sentence()));
            } else if (toldBefore.isPresent()) {
                // "pemimpin Arab Saudi itu": the one person of that state the story has told of
                out.mentions().add(new EntityMention(d.span(), d.text(), toldBefore.get(), "described-before",
                        d.sentence()));
            } else if (fit.isEmpty() && d.of().filter(o -> o.type() == EntityType.STATE).isPresent()) {
                // "berunding dengan Menteri Keuangan Jepang": an office no one in the article holds
                // stands for its state
                out.mentions().add(new EntityMention(d.span(), d.text(), d.of().get(), EntityMention.OFFICE_OF_STATE,
                        d.sentence()));
            } else if (fit.isEmpty() && d.of().filter(o -> o.type() == EntityType.ORGANIZATION).isPresent()) {
                // "berkomunikasi dengan Sekjen OKI": and an office in a body, for the body
                out.mentions().add(new EntityMention(d.span(), d.text(), d.of().get(), EntityMention.OFFICE_OF_BODY,
                        d.sentence()));
            } else if (fit.size() > 1) {
                out.unresolved().add(new UnresolvedMention(d.span(), d.text(), fit,
                        "several persons of this article hold this role", d.sentence()));
            }
        }
        return out;
    }

    /** Whether a demonstrative follows the description ("… itu", "… tersebut"): someone told of before. */
    private boolean pointsBack(ArticleText text, RoleDescription d) {
        return text.tokens(d.sentence()).stream().filter(t -> t.start() >= d.span().end()).findFirst()
                .filter(t -> words.is(t, EntityWord.DEMONSTRATIVE)).isPresent();
    }

    /**
     * "Ketua Umum Partai X itu": a description by an office in a body of some state, pointing back, is the person
     * of that state the story told of last, a sentence or two before.
     */
    private static Optional<EntityRef> latestOfTheBodysState(RoleDescription d, List<EntityMention> mentions,
                                                             KnownPersons known) {
        EntityRef body = d.of().get();
        Optional<EntityRef> state = known.stateOf(body);
        if (body.type() != EntityType.ORGANIZATION || state.isEmpty()) {
            return Optional.empty();
        }
        return mentions.stream().filter(m -> m.span().end() <= d.span().start()
                        && m.sentenceIndex() >= d.sentence() - BACK_SENTENCES && m.entity().type() == EntityType.PERSON
                        && known.stateOf(m.entity()).equals(state))
                .max(Comparator.comparingInt(m -> m.span().start())).map(EntityMention::entity);
    }

    /** The one person mentioned before {@code offset} whose state is {@code of}. */
    private static Optional<EntityRef> onlyPersonOf(EntityRef of, List<EntityMention> mentions, int offset,
                                                    KnownPersons known) {
        Set<EntityRef> found = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.span().end() <= offset && m.entity().type() == EntityType.PERSON
                && known.stateOf(m.entity()).filter(of::equals).isPresent()).forEach(m -> found.add(m.entity()));
        return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
    }

    private static Optional<EntityRef> latestBefore(List<EntityMention> mentions, List<EntityRef> among, int offset) {
        return mentions.stream().filter(m -> m.span().end() <= offset && among.contains(m.entity()))
                .max(Comparator.comparingInt(m -> m.span().start())).map(EntityMention::entity);
    }
}
