package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a page: its span (without surrounding white space) and text, and facts about its words. The word
 * count and the lower-cased text are computed once: the layout asks for them many times a line.
 */
final class PageLine {
    /** Lines of at most this many words can be page furniture; longer ones are prose. */
    static final int SHORT = 12;

    private final int start;
    private final int end;
    private final String text;
    private final int wordCount;
    private final String lower;

    PageLine(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.wordCount = countWords(text);
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return text;
    }

    private static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    static List<PageLine> split(String text) {
        List<PageLine> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new PageLine(s, e, text.substring(s, e)));
                }
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The line's white-space separated words. */
    String[] words() {
        return text.split("\\s+");
    }

    int wordCount() {
        return wordCount;
    }

    boolean isShort() {
        return wordCount() <= SHORT;
    }

    /** Whether the line ends as a sentence does: . ! ? … possibly followed by closing quotes or a bracket. */
    boolean endsSentence() {
        int i = text.length() - 1;
        while (i > 0 && "\"”’')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether at least half of the words that start with a letter start with a capital. */
    boolean mostlyCapitalized() {
        int letters = 0;
        int capitals = 0;
        for (String w : words()) {
            int k = 0;
            while (k < w.length() && !Character.isLetterOrDigit(w.charAt(k))) {
                k++;
            }
            if (k < w.length() && Character.isLetter(w.charAt(k))) {
                letters++;
                capitals += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
            }
        }
        return letters > 0 && capitals * 2 >= letters;
    }

    /** The line's words as lower-case letter runs, camel case split: "zoom-in-whitePerbesar" is zoom in white perbesar. */
    List<String> letterWords() {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean camel = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
            if (!Character.isLetter(c) && c != '©' || camel) {
                if (b.length() > 0) {
                    out.add(b.toString().toLowerCase(Locale.ROOT));
                    b.setLength(0);
                }
            }
            if (Character.isLetter(c) || c == '©') {
                b.append(c);
            }
        }
        return out;
    }

    String lower() {
        return lower;
    }
}
