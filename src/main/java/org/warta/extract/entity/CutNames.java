package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.text.ArticleText;

/**
 * An excerpt cut off mid-word (a stored page cut at its byte limit) can end in a name whose last word is cut:
 * "… bertemu Menhan AS James Matti". That name is the article's person whose name it begins; with none, it names no
 * one. A text is cut when it ends in a letter, with no line break after it, inside a line of prose. Stateless.
 */
final class CutNames {
    /** Words of the last line from which it is prose, not a byline or a credit ("Editor: Budi Santoso"). */
    private static final int PROSE_WORDS = 8;

    List<PersonRef> mend(ArticleText text, List<PersonRef> refs) {
        if (!cutMidWord(text.text())) {
            return refs;
        }
        int end = text.text().length();
        List<PersonRef> out = new ArrayList<>();
        for (PersonRef ref : refs) {
            if (ref.span().end() != end) {
                out.add(ref);
                continue;
            }
            fullerName(ref, refs).ifPresent(name -> out.add(new PersonRef(ref.sentence(), ref.from(), ref.to(),
                    ref.span(), name, ref.cue(), ref.gazetteerEntry(), ref.title(), ref.titleOf(), ref.roleSpan())));
        }
        return out;
    }

    /**
     * The name of another reference of the article that the cut one stands for: its last word begins the other's
     * last word, and its other words are the other's ("James Matti" for "James Norman Mattis").
     */
    private static Optional<String> fullerName(PersonRef cut, List<PersonRef> refs) {
        List<String> words = List.of(cut.name().split(" "));
        String last = words.get(words.size() - 1);
        return refs.stream().filter(r -> r != cut).map(PersonRef::name).filter(name -> {
            List<String> other = List.of(name.split(" "));
            String otherLast = other.get(other.size() - 1);
            return otherLast.length() > last.length() && otherLast.startsWith(last)
                    && other.containsAll(words.subList(0, words.size() - 1));
        }).findFirst();
    }

    static boolean cutMidWord(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(text.length() - 1))) {
            return false;
        }
        String lastLine = text.substring(text.lastIndexOf('\n') + 1).strip();
        return lastLine.split("\\s+").length >= PROSE_WORDS;
    }
}
