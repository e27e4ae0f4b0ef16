package org.warta.extract.entity;

import java.util.List;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * Places named after someone: a person's name or title right after a place head ({@code place-head} in
 * {@code entity-words.tsv}: "bandara Sultan Nama", "Jalan Teuku Nama", "Stadion Gelora Bung Nama") names the place,
 * not a person of the story. A state, body or place the gazetteer knows there ("Gedung Kementerian Luar Negeri",
 * "Bandara San Francisco") is read as usual, and so is a known person after the head of an office ("kantor Menteri
 * Nama Dikenal": {@code office-head}). Stateless.
 */
final class PlaceHeads {
    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final WordClasses<EntityWord> words;
    private final NameRuns names;

    PlaceHeads(Gazetteer gazetteer, EntityLexicon lexicon, WordClasses<EntityWord> words, NameRuns names) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.words = words;
        this.names = names;
    }

    /** Whether a person's name or title at token {@code i} follows a place head, and names the place. */
    boolean before(List<Token> tokens, int i) {
        if (i == 0 || !words.is(tokens.get(i - 1), EntityWord.PLACE_HEAD) || !tokens.get(i).isCapitalized()
                || !names.startsName(tokens, i) && lexicon.titleAt(tokens, i).isEmpty()) {
            return false;
        }
        return gazetteer.longestAt(tokens, i).filter(g -> g.entries().stream()
                .anyMatch(e -> e.type() != EntityType.PERSON)).isEmpty() && !holderNamed(tokens, i);
    }

    /**
     * "ke kantor Menteri Pertahanan Jepang Nama Dikenal": after a head naming someone's office, a person the
     * gazetteer knows in the name that follows holds the office, and is no place.
     */
    private boolean holderNamed(List<Token> tokens, int i) {
        if (!words.is(tokens.get(i - 1), EntityWord.OFFICE_HEAD)) {
            return false;
        }
        int end = nameEnd(tokens, i);
        for (int j = i; j < end; j++) {
            if (gazetteer.longestAt(tokens, j).filter(Gazetteer.Match::onlyPersons).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The end of the place's name: its capitalized words from {@code i} on, up to a function word ("Dan", "Di"). */
    int nameEnd(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && (tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                && !words.is(tokens.get(end), EntityWord.FUNCTION_WORD) || tokens.get(end).text().equals("-"))) {
            end++;
        }
        return Math.max(end, i + 1);
    }
}
