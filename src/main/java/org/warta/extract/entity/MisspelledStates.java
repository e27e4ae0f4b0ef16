package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.EntityMention;
import org.warta.model.Span;
import org.warta.text.ArticleText;
import org.warta.text.Spelling;
import org.warta.text.Token;

/**
 * "Kaakhstan", "Brail": a lone capitalized word of five letters or more, not at the start of a paragraph, within
 * one edit of exactly one state's name, is a mention of that state. Stateless.
 */
final class MisspelledStates {
    private static final int MIN_LENGTH = 5;

    private final Gazetteer gazetteer;

    MisspelledStates(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions with each misspelled state's mention added (replacing any mention of the same span). */
    List<EntityMention> resolve(ArticleText text, List<Recognition.LooseName> loose, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        Set<Span> taken = new HashSet<>();
        mentions.forEach(m -> taken.add(m.span()));
        for (Recognition.LooseName c : loose) {
            List<Token> tokens = text.tokens(c.sentence());
            Token t = tokens.get(c.from());
            if (c.to() - c.from() != 1 || t.text().length() < MIN_LENGTH || taken.contains(t.span())
                    || c.from() == 0 && text.startsParagraph(c.sentence())) {
                continue;
            }
            Set<GazetteerEntry> near = nearStates(t.norm());
            if (near.size() == 1) {
                out.removeIf(m -> m.span().equals(t.span()));
                out.add(GazetteerMentions.mention(text, c.sentence(), tokens, c.from(), c.to(),
                        near.iterator().next().ref(), "edit-distance"));
            }
        }
        return out;
    }

    /** The states whose name (a word of it) is one edit from {@code word}. */
    Set<GazetteerEntry> nearStates(String word) {
        Set<GazetteerEntry> near = new LinkedHashSet<>();
        for (int len = word.length() - 1; len <= word.length() + 1; len++) {
            for (Map.Entry<String, GazetteerEntry> e : gazetteer.stateWordsOfLength(len)) {
                if (Spelling.withinOneEdit(word, e.getKey())) {
                    near.add(e.getValue());
                }
            }
        }
        return near;
    }
}
