package org.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.entity.ArticleEntities;
import org.warta.model.Affiliation;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.RoleAssertion;
import org.warta.model.Span;
import org.warta.text.ArticleText;

/**
 * Builds the entities of a test article by hand — the input the meeting and statement stages read — so that
 * their tests do not depend on entity recognition. Mentions are placed at the first occurrence of the words that
 * no earlier mention took.
 */
public final class Entities {
    private final ArticleText text;
    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<RoleAssertion> roles = new ArrayList<>();
    private final List<Affiliation> affiliations = new ArrayList<>();

    private Entities(ArticleText text) {
        this.text = text;
    }

    public static Entities of(ArticleText text) {
        return new Entities(text);
    }

    /** A mention of {@code entity} at the first occurrence of {@code written} not yet mentioned. */
    public Entities mention(String written, EntityRef entity) {
        int from = 0;
        while (true) {
            Span span = Texts.span(text, written, from);
            if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                mentions.add(new EntityMention(span, written, entity, "test", text.sentenceAt(span.start())));
                return this;
            }
            from = span.start() + 1;
        }
    }

    /** A role written before the holder's name: {@code written} covers title and name, {@code position} the title. */
    public Entities role(String written, String position, EntityRef holder, Optional<EntityRef> of) {
        Span span = Texts.span(text, written);
        roles.add(new RoleAssertion(holder, position, of, span, text.sentenceAt(span.start())));
        return this;
    }

    public Entities affiliation(EntityRef entity, EntityRef state) {
        affiliations.add(new Affiliation(entity, state, "test"));
        return this;
    }

    public ArticleEntities build() {
        return new ArticleEntities(mentions, List.of(), roles, affiliations);
    }
}
