package org.warta.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.PhraseTable;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityType;
import org.warta.text.ArticleText;
import org.warta.text.Token;

/**
 * A byline at the start of a short paragraph: "Editor: Nama Orang", "Laporan Nama Orang", a name alone or before the
 * site's address, a name before "(", or a contributor line ("Nama Orang dari Moskow berkontribusi …"); a credit
 * closing a paragraph ("(Nama Orang/outlet)"). Stateless.
 */
final class Bylines {
    /** A byline paragraph has at most this many tokens. */
    private static final int MAX_TOKENS = 12;

    private final WordClasses<EntityWord> words;
    private final NameRuns names;
    private final PersonNames persons;
    private final EntityLexicon lexicon;
    private final Gazetteer gazetteer;

    Bylines(WordClasses<EntityWord> words, NameRuns names, PersonNames persons, EntityLexicon lexicon,
            Gazetteer gazetteer) {
        this.words = words;
        this.names = names;
        this.persons = persons;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
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
        if (end - i < 2 || sink.claimed(i) || words.is(tokens.get(i), EntityWord.COMPANY_FORM)) {
            return Optional.empty();
        }
        boolean contributor = end + 1 < tokens.size() && words.is(tokens.get(end), EntityWord.ORIGIN)
                && tokens.subList(end, tokens.size()).stream().anyMatch(this::contributes);
        boolean bracket = end < tokens.size() && tokens.get(end).text().equals("(");
        boolean alone = end == tokens.size() || names.siteEnd(tokens, end) == tokens.size();
        if (i > 0 || contributor || bracket || alone) {
            return Optional.of(persons.name(s, tokens, i, end, NameCue.BYLINE, Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * A credit closing a paragraph or a caption, a sentence of its own: "(Nama Penulis/kabarwarta)", "WARTA/Nama
     * Penulis" — the reporter's or photographer's name of two words or more and the outlet, written as one word,
     * joined by a slash. Unless the name's first token is already claimed.
     */
    Optional<PersonRef> credit(int s, List<Token> tokens, FindingsSink sink) {
        boolean bracket = !tokens.isEmpty() && tokens.get(0).text().equals("(");
        int from = bracket ? 1 : 0;
        int to = tokens.size();
        to -= to > from && tokens.get(to - 1).text().equals(".") ? 1 : 0;
        if (bracket != (to > from && tokens.get(to - 1).text().equals(")"))) {
            return Optional.empty();
        }
        to -= bracket ? 1 : 0;
        int slash = from;
        while (slash < to && !tokens.get(slash).text().equals("/")) {
            slash++;
        }
        if (slash == to) {
            return Optional.empty();
        }
        int nameFrom = names.end(tokens, from) == slash && oneWord(tokens, slash + 1, to) ? from
                : oneWord(tokens, from, slash) && names.end(tokens, slash + 1) == to ? slash + 1 : -1;
        int nameTo = nameFrom == from ? slash : to;
        if (nameFrom < 0 || nameTo - nameFrom < 2 || sink.claimed(nameFrom)) {
            return Optional.empty();
        }
        return Optional.of(persons.name(s, tokens, nameFrom, nameTo, NameCue.BYLINE, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    /** Tokens [from, to) written as one word with no space inside: "kabarwarta", "warta-kota.com". */
    private static boolean oneWord(List<Token> tokens, int from, int to) {
        if (to <= from || !tokens.get(from).isWord()) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every author a byline line names: "Rep: Nama Satu/ Red: Nama Dua", "Pewarta: Nama Satu", "NAMA PENULIS",
     * "(Nama Penulis)", "Nama Penulis, Nama Media". A name has two words or more; labels, titles, outlets,
     * places the gazetteer knows and the words no name holds ({@code name-stopwords.txt}) are not names. What
     * follows a source label ("Sumber: …") names an outlet or agency: no author.
     */
    List<PersonRef> names(int s, List<Token> tokens) {
        List<PersonRef> out = new ArrayList<>();
        int i = 0;
        int last = tokens.size();
        for (int k = 0; k < last; k++) {
            if (words.is(tokens.get(k), EntityWord.SOURCE_LABEL)) {
                last = k;
            }
        }
        List<Token> credited = tokens.subList(0, last);
        while (i < credited.size()) {
            int from = nameStart(credited, i);
            int to = from;
            while (to < credited.size() && isNameWord(credited, to, from)) {
                to++;
            }
            boolean company = to > from && words.is(credited.get(from), EntityWord.COMPANY_FORM);
            if (to - from >= 2 && !company) { // "© 2024 PT Nama Media": a company, not an author
                out.add(persons.name(s, credited, from, to, NameCue.BYLINE, Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
            i = Math.max(to, from + 1);
        }
        return out;
    }

    /** The first token at or after {@code i} that may start a name: past labels, titles and punctuation. */
    private int nameStart(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            Optional<PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, k);
            if (title.isPresent() && t.isCapitalized()) {
                k = title.get().to();
            } else if (!t.isWord() || words.is(t, EntityWord.BYLINE_LABEL) || !t.isCapitalized()) {
                k++;
            } else {
                return k;
            }
        }
        return k;
    }

    /** A capitalized word (all capitals too) continuing a name, not a place, state or outlet the gazetteer knows. */
    private boolean isNameWord(List<Token> tokens, int k, int from) {
        Token t = tokens.get(k);
        if (t.text().equals(".") && k > from && tokens.get(k - 1).text().length() == 1 && k + 1 < tokens.size()
                && tokens.get(k + 1).isCapitalized()) {
            return true; // an initial: "M. Nama", "Nama S. Nama"
        }
        if (t.isWord() && lexicon.isParticle(t) && k > from) {
            return k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized();
        }
        return t.isWord() && t.isCapitalized() && !words.is(t, EntityWord.BYLINE_LABEL)
                && !lexicon.isStopword(t) // "Laporan Wartawan Pos Kota, Nama Orang": a newspaper, then its reporter
                && !words.is(t, EntityWord.PORTFOLIO) // "(Biro Humas Setjen …)": an office credited, no author
                && names.siteEnd(tokens, k) == k
                && gazetteer.longestAt(tokens, k).filter(g -> g.entries().stream()
                        .noneMatch(e -> e.type() == EntityType.PERSON) && !lastNameAsPlace(tokens, k, from, g))
                .isEmpty();
    }

    /**
     * "Nama Sofia", "Nama Gian Asmara": a city's name closing a name of words before it, no separator between,
     * is the author's last name — names take them so; the place of a byline stands after a comma or alone.
     */
    private static boolean lastNameAsPlace(List<Token> tokens, int k, int from, Gazetteer.Match g) {
        boolean closes = g.to() == k + 1 && (k + 1 == tokens.size() || !tokens.get(k + 1).isCapitalized());
        return k > from && closes && g.entries().stream().allMatch(e -> e.type() == EntityType.PLACE);
    }

    private boolean contributes(Token t) {
        return words.is(t, EntityWord.CONTRIBUTOR_VERB)
                || words.words(EntityWord.CONTRIBUTOR_PREFIX).stream().anyMatch(p -> t.norm().startsWith(p));
    }
}
