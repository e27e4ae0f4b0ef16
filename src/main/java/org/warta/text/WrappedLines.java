package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A page that breaks its lines by width, not by paragraph ("… Budi tiba di bandara pada" / "pagi hari dan
 * langsung …"): a copied story keeps its print layout. When enough of the page's line breaks fall inside a sentence
 * (a line ending without a sentence's last mark, the next line going on in lower case), the page is wrapped: its
 * short open lines are no subheadings ({@link PageLayout}), and every break after a line left open joins the two
 * lines into one paragraph ({@link SentenceSplitter}), so no name, title or sentence is cut at the margin. A story of
 * one paragraph a line is left as it is. Stateless.
 */
final class WrappedLines {
    /** At least this many breaks inside a sentence, lower case on both sides of the margin, … */
    private static final int MIN_INSIDE = 3;
    /** … and at least this share of the breaks between two lines with no blank line between. */
    private static final double MIN_SHARE = 0.25;

    private WrappedLines() {
    }

    /** Whether the page's lines are wrapped by width. */
    static boolean wrapped(String text, List<PageLine> lines) {
        int breaks = 0;
        int inside = 0;
        for (int i = 1; i < lines.size(); i++) {
            PageLine before = lines.get(i - 1);
            PageLine after = lines.get(i);
            if (oneBreak(text, before.end(), after.start())) {
                breaks++;
                inside += goesOn(text, before, after) && Character.isLowerCase(after.text().charAt(0)) ? 1 : 0;
            }
        }
        return inside >= MIN_INSIDE && inside >= MIN_SHARE * breaks;
    }

    /**
     * The paragraphs of a wrapped page's line segments: a body line left open goes on in the next line; so does one
     * ending with the period of an abbreviation, which ends no sentence ("Konsul Jepang, Mr." / "Nama Orang …").
     */
    static List<List<Token>> join(String text, List<List<Token>> segments, Predicate<List<Token>> body,
                                  SentenceEnds ends) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> seg : segments) {
            List<Token> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && oneBreak(text, last.get(last.size() - 1).end(), seg.get(0).start())
                    && body.test(last) && body.test(seg) && (open(last.get(last.size() - 1).text())
                    || abbreviationAtEnd(last, ends))) {
                List<Token> joined = new ArrayList<>(last);
                joined.addAll(seg);
                out.set(out.size() - 1, joined);
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    /**
     * Where the first paragraph of a wrapped page's prose starts: the first line whose sentence goes on in lower
     * case on the next line, and the open lines of its paragraph before it (not a Title-Case line, a headline's
     * shape); -1 when no line goes on so.
     */
    static int firstOpenParagraph(String text, List<PageLine> lines, int minWords) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (goesOn(text, lines.get(i), lines.get(i + 1))
                    && Character.isLowerCase(lines.get(i + 1).text().charAt(0))) {
                int start = i;
                while (start > 0 && goesOn(text, lines.get(start - 1), lines.get(start))
                        && lines.get(start - 1).wordCount() >= minWords && !lines.get(start - 1).mostlyCapitalized()) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    /** Whether the line is left open and the next follows it after one line break. */
    private static boolean goesOn(String text, PageLine line, PageLine next) {
        return oneBreak(text, line.end(), next.start()) && !line.endsSentence() && open(line.text());
    }

    private static boolean abbreviationAtEnd(List<Token> line, SentenceEnds ends) {
        int dot = line.size() - 1;
        return dot >= 1 && line.get(dot).text().equals(".") && ends.abbreviation(line, dot);
    }

    /** Whether only white space with one line break stands between the two offsets: no blank line. */
    private static boolean oneBreak(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return breaks == 1;
    }

    /** Whether a line ending so is left inside a sentence: no sentence's last mark, no closing quotation. */
    private static boolean open(String line) {
        char c = line.charAt(line.length() - 1);
        return ".!?…:;\"”’".indexOf(c) < 0;
    }
}
