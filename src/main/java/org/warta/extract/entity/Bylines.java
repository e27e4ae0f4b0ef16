package org.warta.extract.entity;

import java.util.List;
import java.util.Optional;
import org.warta.extract.WordClasses;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * A byline at the start of a short paragraph: "Editor: Nama Orang", "Laporan Nama Orang", a name alone, a name
 * before "(", or a contributor line ("Nama Orang dari Moskow berkontribusi …"). Stateless.
 */
final class Bylines {
    /** A byline paragraph has at most this many tokens. */
    private static final int MAX_TOKENS = 12;

    private final WordClasses<EntityWord> words;
    private final NameRuns names;
    private final PersonNames persons;

    Bylines(WordClasses<EntityWord> words, NameRuns names, PersonNames persons) {
        this.words = words;
        this.names = names;
        this.persons = persons;
    }

    /** The person a byline names, unless the name's first token is already claimed. */
    Optional<PersonRef> read(ArticleText text, int s, List<Token> tokens, FindingsSink sink) {
        if (!text.startsParagraph(s) || tokens.size() > MAX_TOKENS) {
            return Optional.empty();
        }
        int i = 0;
        if (tokens.size() > 2 && words.is(tokens.get(0), EntityWord.BYLINE_LABEL)) {
            i = tokens.get(1).text().equals(":") ? 2 : 1;
        }
        int end = names.end(tokens, i);
        if (end - i < 2 || sink.claimed(i)) {
            return Optional.empty();
        }
        boolean contributor = end + 1 < tokens.size() && words.is(tokens.get(end), EntityWord.ORIGIN)
                && tokens.subList(end, tokens.size()).stream().anyMatch(this::contributes);
        boolean bracket = end < tokens.size() && tokens.get(end).text().equals("(");
        boolean alone = end == tokens.size();
        if (i > 0 || contributor || bracket || alone) {
            return Optional.of(persons.name(s, tokens, i, end, NameCue.BYLINE, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    private boolean contributes(Token t) {
        return words.is(t, EntityWord.CONTRIBUTOR_VERB)
                || words.words(EntityWord.CONTRIBUTOR_PREFIX).stream().anyMatch(p -> t.norm().startsWith(p));
    }
}
