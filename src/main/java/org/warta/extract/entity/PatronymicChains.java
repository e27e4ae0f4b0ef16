package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.text.Token;

/**
 * "Hamad bin Khalid bin Saad bin Nasser Al-Nuaimi": a name with a chain of fathers is labelled with the first
 * father and the family name after the chain ("Hamad bin Khalid Al-Nuaimi"), the form Wikidata and the press
 * use for the person. Stateless.
 */
final class PatronymicChains {
    private final EntityLexicon lexicon;

    PatronymicChains(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The name without the fathers past the first; the name itself when it names one father or none. */
    String shortened(String name) {
        List<String> words = Arrays.asList(name.trim().split("\\s+"));
        List<Integer> joins = new ArrayList<>();
        for (int i = 1; i + 1 < words.size(); i++) {
            if (lexicon.isPatronymic(Token.normalize(words.get(i)))) {
                joins.add(i);
            }
        }
        if (joins.size() < 2) {
            return name;
        }
        int last = joins.get(joins.size() - 1);
        List<String> out = new ArrayList<>(words.subList(0, joins.get(1)));
        out.addAll(words.subList(last + 2, words.size())); // the last father is one word; the family name follows
        return String.join(" ", out);
    }
}
