package org.warta.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * An excerpt cut off mid-word (a stored page cut at its byte limit) can end in a name whose last word is cut:
 * "… bertemu Menhan AS James Matti". That name is the article's person whose name it begins; with none, the one
 * person of the gazetteer plausible at the publication date whose name it begins; else it names no one. A text is cut
 * when it ends in a letter, with no line break after it, inside a line of prose. Stateless.
 */
final class CutNames {
    /** Words of the last line from which it is prose, not a byline or a credit ("Editor: Budi Santoso"). */
    private static final int PROSE_WORDS = 8;

    private final Gazetteer gazetteer;

    CutNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

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
            Optional<String> fuller = fullerName(ref, refs);
            if (fuller.isPresent()) {
                out.add(new PersonRef(ref.sentence(), ref.from(), ref.to(), ref.span(), fuller.get(), ref.cue(),
                        ref.gazetteerEntry(), ref.title(), ref.titleOf(), ref.roleSpan()));
            } else {
                known(ref, text.article().metadata().published()).ifPresent(e -> out.add(new PersonRef(ref.sentence(),
                        ref.from(), ref.to(), ref.span(), e.label(), ref.cue(), Optional.of(e), ref.title(),
                        ref.titleOf(), ref.roleSpan())));
            }
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

    /** The one gazetteer person, plausible at the date, one of whose names the cut name begins. */
    private Optional<GazetteerEntry> known(PersonRef cut, Optional<LocalDate> date) {
        List<String> words = Stream.of(cut.name().split(" ")).map(Token::normalize).toList();
        if (words.size() < 2) {
            return Optional.empty();
        }
        List<GazetteerEntry> found = gazetteer.personsByNamePart(words.get(0)).stream()
                .filter(e -> FuzzyNames.plausibleOn(e, date)
                        && Stream.concat(Stream.of(e.label()), e.names().stream()).anyMatch(n -> begins(words, n)))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether the cut words begin the name: all but the last the same, the last one the start of a longer one. */
    private static boolean begins(List<String> cut, String name) {
        List<String> words = Stream.of(name.split("\\s+")).map(Token::normalize).toList();
        int last = cut.size() - 1;
        return words.size() > last && words.subList(0, last).equals(cut.subList(0, last))
                && words.get(last).length() > cut.get(last).length() && words.get(last).startsWith(cut.get(last));
    }

    static boolean cutMidWord(String text) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(text.length() - 1))) {
            return false;
        }
        String lastLine = text.substring(text.lastIndexOf('\n') + 1).strip();
        return lastLine.split("\\s+").length >= PROSE_WORDS;
    }
}
