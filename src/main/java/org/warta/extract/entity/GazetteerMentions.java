package org.warta.extract.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityMention;
import org.warta.model.EntityRef;
import org.warta.model.EntityType;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * A gazetteer match of a state, organization or place as a mention: a seat of government used as an actor
 * ("Beijing menolak") stands for its state; after a locative ("di Beijing") or as a dateline it is a place; an
 * ambiguous name counts only after a locative. Stateless.
 */
final class GazetteerMentions {
    /** The rule of a seat of government read as its state. */
    static final String METONYM = "metonym";

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;

    GazetteerMentions(Gazetteer gazetteer, EntityLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Adds the mention of the match to the sink; returns the entity it stands for. */
    EntityRef add(ArticleText text, int s, List<Token> tokens, Gazetteer.Match g, FindingsSink sink) {
        GazetteerEntry e = choose(g.entries());
        sink.claim(g.from(), g.to());
        boolean locative = lexicon.locativeBefore(tokens, g.from());
        if (e.has("ambiguous") && !locative) {
            return e.ref();
        }
        if (e.type() == EntityType.PLACE && e.has("seat") && e.country().isPresent()) {
            boolean dateline = g.from() == 0 && text.startsParagraph(s) && tokens.get(0).isAllCaps();
            Optional<GazetteerEntry> state = e.country().flatMap(gazetteer::get);
            if (!locative && !dateline && state.isPresent()) {
                sink.affiliation(e.ref(), state.get().ref());
                sink.mention(mention(text, s, tokens, g.from(), g.to(), state.get().ref(), METONYM));
                return state.get().ref();
            }
        }
        e.country().flatMap(gazetteer::get).filter(c -> c.type() == EntityType.STATE)
                .ifPresent(c -> sink.affiliation(e.ref(), c.ref()));
        sink.mention(mention(text, s, tokens, g.from(), g.to(), e.ref(), "gazetteer"));
        return e.ref();
    }

    /** States before organizations before places before persons. */
    private static GazetteerEntry choose(List<GazetteerEntry> entries) {
        return entries.stream().min(Comparator.comparingInt(e -> switch (e.type()) {
            case STATE -> 0;
            case ORGANIZATION -> 1;
            case PLACE -> 2;
            case PERSON -> 3;
        })).orElseThrow();
    }

    static EntityMention mention(ArticleText text, int s, List<Token> tokens, int from, int to, EntityRef e,
                                 String rule) {
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        return new EntityMention(span, text.of(span), e, rule, s);
    }
}
