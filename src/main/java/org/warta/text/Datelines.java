package org.warta.text;

import java.util.List;

/**
 * The dateline that opens a news story: a place and the outlet before a dash or in brackets — "JAKARTA,
 * KOMPAS.com - ", "Jakarta (ANTARA) - ", "Bisnis.com, JAKARTA – ", "tirto.id - ", "Hongkong (CNN) ". It names
 * where the report was filed, not an actor of the story. Stateless.
 */
final class Datelines {
    /** A dateline has at most this many words before its dash. */
    private static final int MAX_WORDS = 6;

    private final Tokenizer tokenizer = new Tokenizer();

    /** Where the story starts after a dateline at the start of the line; -1 when the line has none. */
    int storyStart(String text, PageLine line) {
        List<Token> tokens = tokenizer.tokenize(text, line.start(), line.end());
        int withPlace = storyAfterPlace(tokens);
        return withPlace >= 0 ? withPlace : storyAfterSite(tokens);
    }

    /**
     * "REPUBLIKA.CO.ID, Presiden …": the site's address alone, then a comma, at the start of the line; -1 when the
     * line does not open so.
     */
    private static int storyAfterSite(List<Token> tokens) {
        int end = tokens.isEmpty() ? 0 : domainEnd(tokens, 0);
        boolean comma = end > 0 && end + 2 < tokens.size() && tokens.get(end + 1).text().equals(",");
        return comma && opensStory(tokens.get(end + 2)) ? tokens.get(end + 2).start() : -1;
    }

    private int storyAfterPlace(List<Token> tokens) {
        int words = 0;
        boolean strong = false;
        for (int i = 0; i < tokens.size() && words <= MAX_WORDS; i++) {
            Token t = tokens.get(i);
            if (isDash(t) && i > 0) {
                int j = i;
                while (j + 1 < tokens.size() && isDash(tokens.get(j + 1)) && !tokens.get(j + 1).spaceBefore()) {
                    j++; // "--"
                }
                boolean story = j + 1 < tokens.size() && tokens.get(j + 1).spaceBefore() && opensStory(tokens.get(j + 1));
                return strong && story ? tokens.get(j + 1).start() : -1;
            }
            if (t.text().equals("(")) {
                int close = closing(tokens, i);
                if (close < 0 || i == 0) {
                    return -1;
                }
                strong = true;
                // "Hongkong (CNN) Pemimpin …": a bracketed outlet right after the place, no dash; a short form of the
                // words before it is a title's ("Perdana Menteri (PM) Jepang …", "Duta Besar (Dubes) …")
                if (close + 1 < tokens.size() && !isDash(tokens.get(close + 1)) && words <= 2
                        && opensStory(tokens.get(close + 1)) && !shortFormOfWordsBefore(tokens, i, close)) {
                    return tokens.get(close + 1).start();
                }
                i = close;
                continue;
            }
            if (t.text().equals(",")) {
                continue;
            }
            int domainEnd = domainEnd(tokens, i);
            if (domainEnd > i) {
                strong = true; // "Kompas.com", "TEMPO.CO", "tirto.id", "REPUBLIKA.CO.ID"
                words++;
                i = domainEnd;
                continue;
            }
            if (!t.isWord() || !t.isCapitalized()) {
                return -1;
            }
            strong |= t.isAllCaps() && t.text().length() >= 3;
            words++;
        }
        return -1;
    }

    /**
     * Whether the one word in brackets at [{@code open}, {@code close}] abbreviates the words before it: its letters
     * come in order from them, starting with the first word's first ("PM", "Dubes", "Menhan"); an outlet's name does
     * not ("Hongkong (CNN)", "Jakarta (ANTARA)").
     */
    private static boolean shortFormOfWordsBefore(List<Token> tokens, int open, int close) {
        if (close != open + 2 || open == 0) {
            return false;
        }
        StringBuilder before = new StringBuilder();
        for (int k = 0; k < open; k++) {
            before.append(tokens.get(k).norm());
        }
        String shortForm = tokens.get(open + 1).norm();
        if (shortForm.isEmpty() || before.length() == 0 || shortForm.charAt(0) != before.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int c = 0; c < shortForm.length(); c++) {
            at = before.indexOf(String.valueOf(shortForm.charAt(c)), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static boolean isDash(Token t) {
        return t.text().equals("-") || t.text().equals("–") || t.text().equals("—") || t.text().equals("--");
    }

    /** The last token of a domain name starting at {@code i} (word, then ".word" unspaced); {@code i} if none. */
    private static int domainEnd(List<Token> tokens, int i) {
        int k = i;
        while (tokens.get(k).isWord() && k + 2 < tokens.size() && tokens.get(k + 1).text().equals(".")
                && !tokens.get(k + 1).spaceBefore() && !tokens.get(k + 2).spaceBefore() && tokens.get(k + 2).isWord()) {
            k += 2;
        }
        return k;
    }

    private static boolean opensStory(Token t) {
        return t.isCapitalized() || t.kind() == Token.Kind.QUOTE;
    }

    /** The closing bracket of a short bracketed outlet: at most three words, one of them capitalized. */
    private static int closing(List<Token> tokens, int open) {
        boolean named = false;
        for (int k = open + 1; k < tokens.size() && k <= open + 4; k++) {
            if (tokens.get(k).text().equals(")")) {
                return named ? k : -1;
            }
            named |= tokens.get(k).isCapitalized();
        }
        return -1;
    }
}
