package org.warta.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.extract.PhraseTable;
import org.warta.extract.WordClasses;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.model.EntityType;
import org.warta.text.Token;

/**
 * Runs of name words: capitalized words that are not stopwords, particles inside ("Osama bin Laden"), hyphen
 * joins, initials ("Charles Q. Brown"); a run stops before a state, organization or place. Stateless.
 */
final class NameRuns {
    static final int MAX_NAME_TOKENS = 5;
    /** An office word cut short is recognized from this many letters. */
    private static final int TRUNCATED = 5;
    /** An office word this long is recognized with one letter left out. */
    private static final int MISTYPED = 8;

    private final Gazetteer gazetteer;
    private final EntityLexicon lexicon;
    private final WordClasses<EntityWord> words;
    /** Every proper prefix of an office word, from {@link #TRUNCATED} letters: looked up once a token. */
    private final Set<String> officePrefixes;
    /** Every office word of {@link #MISTYPED} letters or more with one letter left out. */
    private final Set<String> officeLettersLeftOut;

    NameRuns(Gazetteer gazetteer, EntityLexicon lexicon, WordClasses<EntityWord> words) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.words = words;
        Set<String> prefixes = new HashSet<>();
        Set<String> lettersLeftOut = new HashSet<>();
        for (String w : words.words(EntityWord.PORTFOLIO)) {
            for (int n = TRUNCATED; n < w.length(); n++) {
                prefixes.add(w.substring(0, n));
            }
            for (int k = 0; w.length() >= MISTYPED && k < w.length(); k++) {
                lettersLeftOut.add(w.substring(0, k) + w.substring(k + 1)); // "Sekretris"
            }
        }
        this.officePrefixes = Set.copyOf(prefixes);
        this.officeLettersLeftOut = Set.copyOf(lettersLeftOut);
    }

    /**
     * Where the name starts at or after {@code i}: past titles and honorifics written before it ("Pangeran
     * Mohammed bin Salman", "Raja Salman", "Sri Baginda …") when a name follows them.
     */
    int start(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size()) {
            Optional<org.warta.extract.PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, k);
            Optional<org.warta.extract.PhraseTable.Hit<String>> honorific = lexicon.honorificAt(tokens, k);
            int next = title.map(h -> h.to()).orElse(honorific.map(h -> h.to()).orElse(k));
            // "dr Nama": a short honorific is written in lower case too, a title or a long one is not
            boolean shortHonorific = title.isEmpty() && honorific.isPresent() && tokens.get(k).text().length() <= 3;
            if (next == k || next >= tokens.size() || !tokens.get(next).isCapitalized()
                    || !tokens.get(k).isCapitalized() && !shortHonorific) {
                return k;
            }
            k = next;
        }
        return k;
    }

    /** "Komisi I DPR …": a Roman numeral after an office word numbers the office; not Bali's "I" of "I Ketut …". */
    boolean numbersOffice(List<Token> tokens, int k) {
        if (k == 0 || !words.is(tokens.get(k - 1), EntityWord.PORTFOLIO) || !tokens.get(k).isRomanNumeral()) {
            return false; // the word-class lookup first: most tokens follow no office word
        }
        return k + 1 >= tokens.size() || !tokens.get(k + 1).isCapitalized() || tokens.get(k + 1).isAllCaps();
    }

    /**
     * "Konsul Wang Jun tiba": a month's short form that is also a given name goes on with the name before it, unless
     * a number follows it, as in a date ("… 12 Jun 2023").
     */
    private boolean monthInName(List<Token> tokens, int k) {
        return words.is(tokens.get(k), EntityWord.MONTH_IN_NAME)
                && (k + 1 >= tokens.size() || tokens.get(k + 1).kind() != Token.Kind.NUMBER);
    }

    /** Whether a name may start at token {@code i}: capitalized, not a stopword, not all capitals. */
    boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isCapitalized() && !lexicon.isStopword(t) && !t.isAllCaps();
    }

    /** The end of a run of name words from {@code i} ({@code i} itself when none, or when an office word starts it). */
    int end(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i < n && (words.is(tokens.get(i), EntityWord.PORTFOLIO) || mistypedOffice(tokens.get(i)))) {
            return i; // "Kelautan", "Umum": the office a title names, not a person; "Pertahan": one cut short
        }
        if (i < n && lexicon.degreeAt(tokens, i).isPresent()) {
            return i; // "Bupati Nama Orang, M.Si": a degree after a comma closes the name before it, starts none
        }
        int k = i;
        int words = 0;
        while (k < n && words < MAX_NAME_TOKENS) {
            Token t = tokens.get(k);
            if (k > i && degreeEnds(tokens, k)) {
                break; // "Nama Orang MSi", "Nama Orang S.H.": the degree after the name is no part of it
            }
            if (t.isWord() && t.isCapitalized() && (!lexicon.isStopword(t) || k > i && monthInName(tokens, k))
                    && (k == i || !isEntityStart(tokens, k)) && siteEnd(tokens, k) == k) {
                k++;
                // "Saoud Bin Abdulrahman Bin Hassan …": a particle written in capitals counts no name word
                words += lexicon.isParticle(t) ? 0 : 1;
            } else if (t.isWord() && lexicon.isParticle(t) && k > i && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
                k++;
            } else if (t.isWord() && lexicon.isParticle(t) && k > i && gluedByHyphen(tokens, k)) {
                k += 3; // "Abdel Fattah al-Sisi", "Bashar al-Assad": the particle glued to the family name
                words++;
            } else if (t.text().equals("-") && !t.spaceBefore() && k > i && k + 1 < n
                    && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).isWord()) {
                k += 2;
                words++;
            } else if (lostLetter(tokens, k) && k > i) {
                k += 2; // "Erdo?an": a letter the page's encoding lost, inside the word
            } else if (brokenHyphen(tokens, k) && k > i) {
                k += 2; // "Willem- Alexander": a space typed after the hyphen of one name
                words++;
            } else if (brokenApostrophe(tokens, k) && k > i) {
                k += 2; // "O’ Brien": a space typed after the apostrophe of one name
                words++;
            } else if (t.text().equals(".") && !t.spaceBefore() && k > i && tokens.get(k - 1).text().length() == 1
                    && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
                k++; // an initial: "Charles Q. Brown"
            } else if (nickname(tokens, i, k) > k && k > i) {
                k = nickname(tokens, i, k); // "James Norman 'Jim' Mattis"
            } else {
                break;
            }
        }
        return officeOnly(tokens, i, k) ? i : k;
    }

    /**
     * A hyphen at token {@code k} glued to the word before it and followed, after a space, by a capitalized word
     * that goes on with a name (no title, no state or organization): one hyphenated name broken by a stray space.
     */
    private boolean brokenHyphen(List<Token> tokens, int k) {
        int n = tokens.size();
        return k > 0 && k + 1 < n && tokens.get(k).text().equals("-") && !tokens.get(k).spaceBefore()
                && tokens.get(k - 1).isWord() && tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).isWord()
                && tokens.get(k + 1).isCapitalized() && !tokens.get(k + 1).isAllCaps()
                && !lexicon.isStopword(tokens.get(k + 1)) && lexicon.titleAt(tokens, k + 1).isEmpty()
                && !isEntityStart(tokens, k + 1);
    }

    /** An apostrophe after one capital letter, a capitalized word after it: "O’ Brien", "D’ Souza". */
    private static boolean brokenApostrophe(List<Token> tokens, int k) {
        int n = tokens.size();
        String a = tokens.get(k).text();
        return k > 0 && k + 1 < n && (a.equals("'") || a.equals("’")) && !tokens.get(k).spaceBefore()
                && tokens.get(k - 1).isWord() && tokens.get(k - 1).text().length() == 1
                && tokens.get(k - 1).isCapitalized() && tokens.get(k + 1).isWord() && tokens.get(k + 1).isCapitalized();
    }

    /**
     * A question mark or a replacement character at token {@code k} glued between a word and a lower-case word: a
     * letter the page's encoding could not hold ("Erdo?an" for "Erdoğan"), not punctuation.
     */
    private static boolean lostLetter(List<Token> tokens, int k) {
        int n = tokens.size();
        String t = tokens.get(k).text();
        return k > 0 && k + 1 < n && (t.equals("?") || t.equals("\uFFFD")) && !tokens.get(k).spaceBefore()
                && tokens.get(k - 1).isWord() && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).isWord()
                && Character.isLowerCase(tokens.get(k + 1).text().charAt(0));
    }

    /** A degree at token {@code k}, or several in a row ("AC CVO"), with no name word after them. */
    private boolean degreeEnds(List<Token> tokens, int k) {
        Optional<PhraseTable.Hit<String>> degree = lexicon.degreeAt(tokens, k);
        if (degree.isEmpty()) {
            return false;
        }
        int after = degree.get().to();
        while (after < tokens.size() && lexicon.degreeAt(tokens, after).isPresent()) {
            after = lexicon.degreeAt(tokens, after).get().to();
        }
        return after >= tokens.size() || !(tokens.get(after).isWord() && tokens.get(after).isCapitalized());
    }

    /** A comma or "dan" between the names of a list: "Nama Satu, Nama Dua dan Nama Tiga". */
    static boolean joinsList(Token t) {
        return t.text().equals(",") || t.is("dan");
    }

    /** A hyphen glued to the token {@code k} and, after it, a glued capitalized word: "al-Sisi". */
    static boolean gluedByHyphen(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k + 1).text().equals("-") && !tokens.get(k + 1).spaceBefore()
                && !tokens.get(k + 2).spaceBefore() && tokens.get(k + 2).isCapitalized();
    }

    /**
     * The token after a site's address starting at {@code k} ("Warta.com", "Warta.co.id": a word, then glued
     * periods and words ending in a web domain); {@code k} when none starts there.
     */
    int siteEnd(List<Token> tokens, int k) {
        int j = k + 1;
        while (j + 1 < tokens.size() && tokens.get(j).text().equals(".") && !tokens.get(j).spaceBefore()
                && tokens.get(j + 1).isWord() && !tokens.get(j + 1).spaceBefore()) {
            if (words.is(tokens.get(j + 1), EntityWord.WEB_DOMAIN)) {
                return tokens.get(k).isWord() ? j + 2 : k;
            }
            j += 2;
        }
        return k;
    }

    /**
     * A nickname in quotation marks or brackets inside a name starting at {@code i}, followed by more of the name:
     * the token after its closing mark; {@code k} when there is none.
     */
    private static int nickname(List<Token> tokens, int i, int k) {
        int n = tokens.size();
        if (k + 3 < n && tokens.get(k).kind() == Token.Kind.QUOTE && tokens.get(k + 1).isCapitalized()
                && tokens.get(k + 2).kind() == Token.Kind.QUOTE && tokens.get(k + 3).isCapitalized()) {
            return k + 3;
        }
        // "Michael Richard (Mike) Pompeo": in brackets, a word of a name, not an acronym or a party's initials, nor
        // the short form of the name before it that the news writes after it ("Joko Widodo (Jokowi) …")
        if (k + 3 < n && tokens.get(k).text().equals("(") && tokens.get(k + 1).isWord()
                && tokens.get(k + 1).isCapitalized() && !tokens.get(k + 1).isAllCaps()
                && !tokens.get(k + 1).norm().startsWith(tokens.get(i).norm())
                && tokens.get(k + 2).text().equals(")") && tokens.get(k + 3).isWord()
                && tokens.get(k + 3).isCapitalized() && !tokens.get(k + 3).isAllCaps()) {
            return k + 3;
        }
        return k;
    }

    /** "Kepala Negara", "Perdana Menteri": a run made only of title and office words names no one. */
    private boolean officeOnly(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to) {
            Optional<org.warta.extract.PhraseTable.Hit<EntityLexicon.Title>> title = lexicon.titleAt(tokens, k);
            if (title.isPresent() && title.get().to() <= to) {
                k = title.get().to();
            } else if (words.is(tokens.get(k), EntityWord.PORTFOLIO) || lexicon.isStopword(tokens.get(k))) {
                k++;
            } else {
                return false;
            }
        }
        return to > from;
    }

    /**
     * "Pertahan", "Neger", "Sekretris": an office word cut short or mistyped at its end (five letters or more of
     * one), or a long one with a letter left out.
     */
    private boolean mistypedOffice(Token t) {
        return officePrefixes.contains(t.norm()) || letterLeftOut(t);
    }

    /** "Sekretris": a long office word with a letter left out, a typing slip inside a title's office words. */
    boolean letterLeftOut(Token t) {
        return officeLettersLeftOut.contains(t.norm());
    }

    /** Whether a state, organization or place starts here (a name stops before it). */
    private boolean isEntityStart(List<Token> tokens, int k) {
        Optional<Gazetteer.Match> g = gazetteer.longestAt(tokens, k);
        return g.isPresent() && g.get().entries().stream().noneMatch(e -> e.type() == EntityType.PERSON);
    }

    /** The name as written in tokens [from, to), without zero-width characters. */
    static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && t.spaceBefore() && !tokens.get(i - 1).text().equals("-")) {
                b.append(' '); // not after a hyphen: "Willem- Alexander" is the name "Willem-Alexander"
            }
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (!(c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF')) {
                    b.append(c); // zero-width characters are not part of the name
                }
            }
        }
        // "Nama H.N., …": the period glued to the last of a run of initials is the initials', not the sentence's or
        // the clause's (a regnal number, "Muhammad V.", is no run of initials)
        Token last = tokens.get(to - 1);
        boolean initials = last.text().length() == 1 && Character.isUpperCase(last.text().charAt(0)) && to - from >= 3
                && tokens.get(to - 2).text().equals(".") && !last.spaceBefore();
        if (initials && to < tokens.size() && tokens.get(to).text().equals(".") && !tokens.get(to).spaceBefore()) {
            b.append('.');
        }
        return b.toString();
    }
}
