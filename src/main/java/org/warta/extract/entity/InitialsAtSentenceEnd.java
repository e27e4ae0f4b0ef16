package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * Initials of two or three capitals with a period inside a name ("Retno LP. Marsudi") look to the sentence splitter
 * like an acronym closing a sentence ("… Menlu RI. Guterres …"), which it cannot tell apart without knowing names.
 * A person's name never ends in such initials: a name cut so goes on in the first word of the next sentence of the
 * same paragraph, when that word is a name word before a lower-case word ("Marsudi ditugaskan …"). The reference
 * keeps its span; its name is the whole name as written. Stateless.
 */
final class InitialsAtSentenceEnd {
    /** Initials of at most this many capitals. */
    private static final int MAX_INITIALS = 3;

    private final EntityLexicon lexicon;

    InitialsAtSentenceEnd(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<PersonRef> mend(ArticleText text, List<PersonRef> refs) {
        List<PersonRef> out = new ArrayList<>(refs.size());
        for (PersonRef ref : refs) {
            String rest = ref.to() - ref.from() >= 2 ? nameGoesOn(text, ref) : "";
            out.add(rest.isEmpty() ? ref : new PersonRef(ref.sentence(), ref.from(), ref.to(), ref.span(),
                    ref.name() + ". " + rest, ref.cue(), ref.gazetteerEntry(), ref.title(), ref.titleOf(),
                    ref.roleSpan()));
        }
        return out;
    }

    /** The name word the next sentence opens with, where the reference ends in initials and a period; else "". */
    private String nameGoesOn(ArticleText text, PersonRef ref) {
        int s = ref.sentence();
        List<Token> tokens = text.tokens(s);
        Token initials = tokens.get(ref.to() - 1);
        boolean cut = ref.to() + 1 == tokens.size() && tokens.get(ref.to()).text().equals(".")
                && !tokens.get(ref.to()).spaceBefore() && initials.isAllCaps() && initials.text().length() >= 2
                && initials.text().length() <= MAX_INITIALS && initials.text().chars().allMatch(Character::isLetter);
        if (!cut || s + 1 >= text.sentences().size() || text.startsParagraph(s + 1)) {
            return "";
        }
        List<Token> next = text.tokens(s + 1);
        boolean nameWord = next.size() >= 2 && next.get(0).isWord() && next.get(0).isCapitalized()
                && !next.get(0).isAllCaps() && !lexicon.isStopword(next.get(0))
                && next.get(1).isWord() && !next.get(1).isCapitalized();
        return nameWord ? next.get(0).text() : "";
    }
}
