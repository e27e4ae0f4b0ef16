package org.warta.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.warta.ingest.BoilerplateCleaner;
import org.warta.model.Article;
import org.warta.model.RemovedText;
import org.warta.model.Sentence;
import org.warta.model.Span;
import org.warta.model.TextPart;

/**
 * Splits an article into paragraphs (lines) and sentences. A sentence ends at . ! ? or … followed by a capital,
 * a digit or an opening quotation mark, unless the period closes an abbreviation (abbreviations.txt) or an
 * initial ("Joseph R. Biden"), or the boundary lies inside a quotation that closes later in the paragraph, so a
 * quotation of several sentences stays one unit with its attribution. Decimal commas and dates are single
 * number tokens and never end a sentence.
 */
public final class SentenceSplitter {
    /**
     * Longer "sentences" are not prose (lists, tables, a feed on one line): they are cut, at a comma or semicolon
     * where one is near, so that every later stage works on bounded units and stays linear in the text.
     */
    static final int MAX_SENTENCE_TOKENS = 200;

    private final SentenceEnds ends;
    private final Tokenizer tokenizer = new Tokenizer();
    private final BoilerplateCleaner cleaner;
    private final PageLayout layout;

    public SentenceSplitter(SentenceEnds ends, BoilerplateCleaner cleaner, PageLayout layout) {
        this.ends = ends;
        this.cleaner = cleaner;
        this.layout = layout;
    }

    public static SentenceSplitter fromResources() {
        return fromResources(SentenceEnds.fromResources());
    }

    /** With sentence ends loaded once and shared with the clause splitter. */
    public static SentenceSplitter fromResources(SentenceEnds ends) {
        return new SentenceSplitter(ends, BoilerplateCleaner.fromResource(), PageLayout.fromResources());
    }

    public ArticleText analyze(Article article) {
        String text = article.text();
        List<RemovedText> boilerplate = cleaner.find(text);
        PageLayout.Layout page = layout.read(text, boilerplate);
        List<RemovedText> removed = new ArrayList<>(boilerplate);
        removed.addAll(page.removed());
        removed.sort(Comparator.comparing(RemovedText::span));
        List<PageLayout.LinePart> parts = page.parts();
        List<List<Token>> lines = page.wrapped()
                ? WrappedLines.join(text, segments(text, removed), seg -> isBody(seg, parts), ends)
                : segments(text, removed);
        List<List<Token>> paragraphTokens = joinBrokenQuotations(lines, parts);
        List<Sentence> sentences = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        int part = 0;
        for (int paragraph = 0; paragraph < paragraphTokens.size(); paragraph++) {
            for (List<Token> s : bounded(split(paragraphTokens.get(paragraph)))) {
                Span span = new Span(s.get(0).start(), s.get(s.size() - 1).end());
                while (part < parts.size() && parts.get(part).span().end() <= span.start()) {
                    part++;
                }
                TextPart kind = part < parts.size() && parts.get(part).span().start() <= span.start()
                        ? parts.get(part).part() : TextPart.BODY;
                sentences.add(new Sentence(sentences.size(), span, kind));
                tokens.add(s);
                paragraphs.add(paragraph);
            }
        }
        return new ArticleText(article, removed, sentences, tokens, paragraphs);
    }

    /** The tokens of every stretch of a line between removed spans, in text order: the paragraphs. */
    private List<List<Token>> segments(String text, List<RemovedText> removed) {
        List<List<Token>> out = new ArrayList<>();
        int pos = 0;
        int r = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = pos;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int segStart = pos;
            while (segStart < lineEnd) {
                while (r < removed.size() && removed.get(r).span().end() <= segStart) {
                    r++;
                }
                int segEnd = lineEnd;
                if (r < removed.size()) {
                    Span rs = removed.get(r).span();
                    if (rs.start() <= segStart) {
                        segStart = Math.min(lineEnd, rs.end());
                        continue;
                    }
                    segEnd = Math.min(lineEnd, rs.start());
                }
                List<Token> lineTokens = tokenizer.tokenize(text, segStart, segEnd);
                if (!lineTokens.isEmpty()) {
                    out.add(lineTokens);
                }
                segStart = segEnd;
            }
            pos = lineEnd;
            if (pos < n && text.charAt(pos) == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') {
                pos++;
            }
            pos++;
        }
        return out;
    }

    /**
     * A quotation broken over two lines by the page ("… sudah memiliki" / "strategic partnership …,” katanya."):
     * a body line left with a quotation open, followed by a body line that closes it, is one paragraph.
     */
    private static List<List<Token>> joinBrokenQuotations(List<List<Token>> segments, List<PageLayout.LinePart> parts) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> seg : segments) {
            if (!out.isEmpty() && isBody(seg, parts) && isBody(out.get(out.size() - 1), parts)
                    && leftOpen(out.get(out.size() - 1)) && closesFirst(seg)) {
                List<Token> joined = new ArrayList<>(out.get(out.size() - 1));
                joined.addAll(seg);
                out.set(out.size() - 1, joined);
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    private static boolean isBody(List<Token> seg, List<PageLayout.LinePart> parts) {
        int at = seg.get(0).start();
        return parts.stream().filter(p -> p.span().start() <= at && at < p.span().end())
                .allMatch(p -> p.part() == TextPart.BODY);
    }

    /** Whether a double quotation mark is left open at the end. */
    private static boolean leftOpen(List<Token> seg) {
        boolean open = false;
        for (Token t : seg) {
            if (t.kind() == Token.Kind.QUOTE) {
                char c = t.quoteMark();
                if (c == '“' || c == '„') {
                    open = true;
                } else if (c == '”') {
                    open = false;
                } else if (c == '"') {
                    open = !open;
                }
            }
        }
        return open;
    }

    /** Whether the first double quotation mark closes (a straight one followed by punctuation or a verb). */
    private static boolean closesFirst(List<Token> seg) {
        for (int i = 0; i < seg.size(); i++) {
            Token t = seg.get(i);
            if (t.kind() == Token.Kind.QUOTE && t.quoteMark() != '\'' && t.quoteMark() != '’') {
                char c = t.quoteMark();
                return c == '”' || c == '"' && i > 0 && (i + 1 == seg.size() || !seg.get(i + 1).isCapitalized());
            }
        }
        return false;
    }

    private static List<List<Token>> bounded(List<List<Token>> sentences) {
        List<List<Token>> out = new ArrayList<>();
        for (List<Token> s : sentences) {
            int start = 0;
            while (s.size() - start > MAX_SENTENCE_TOKENS) {
                int cut = start + MAX_SENTENCE_TOKENS;
                for (int i = cut - 1; i > start + MAX_SENTENCE_TOKENS / 2; i--) {
                    String t = s.get(i).text();
                    if (t.equals(",") || t.equals(";")) {
                        cut = i + 1;
                        break;
                    }
                }
                out.add(s.subList(start, cut));
                start = cut;
            }
            out.add(s.subList(start, s.size()));
        }
        return out;
    }

    private List<List<Token>> split(List<Token> line) {
        int[] closeAt = quoteClosings(line);
        List<List<Token>> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.size(); i++) {
            Token t = line.get(i);
            if (!isTerminal(t)) {
                continue;
            }
            int end = i;
            // a straight quotation mark after the period closes a quotation only if one is open; else it opens the
            // next sentence's ("… kedua negara. "Vietnam …")
            while (end + 1 < line.size() && isCloser(line.get(end + 1)) && !opens(line, closeAt, end + 1)) {
                end++;
            }
            if (end + 1 >= line.size()) {
                break;
            }
            Token next = line.get(end + 1);
            if (!startsSentence(next) || !next.spaceBefore() && !glued(line, i, end)) {
                continue;
            }
            if (t.text().equals(".") && i > 0 && ends.abbreviation(line, i)) {
                continue;
            }
            if (closeAt[end] > end + 1) {
                continue;
            }
            out.add(line.subList(start, end + 1));
            start = end + 1;
            i = end;
        }
        if (start < line.size()) {
            out.add(line.subList(start, line.size()));
        }
        return out;
    }

    /**
     * Two sentences the page glued together, "… tersebut.AS harus …", "… itu.“Kami …", "… Jawa Barat.Presiden …": a
     * period right after a word of three letters or more that is not all capitals (a site's name, "TEMPO.CO", and
     * initials, "H.E", are), right before a capital or an opening quotation mark. Not before the line's last word:
     * a sentence is more than one word, and "Nama Penulis Warta.Com" ends in a site's address.
     */
    private static boolean glued(List<Token> line, int period, int end) {
        if (!line.get(period).text().equals(".") || period == 0 || end != period) {
            return false;
        }
        Token before = line.get(period - 1);
        Token next = line.get(end + 1);
        boolean word = before.isWord() && before.text().length() >= 3 && !before.isAllCaps()
                && before.text().chars().allMatch(Character::isLetter);
        boolean opens = next.kind() == Token.Kind.QUOTE
                || next.isCapitalized() && next.text().length() >= 2 && end + 2 < line.size();
        return word && opens;
    }

    /**
     * For each token, the index of the token that closes the double quotation open at it, or -1. Quotation
     * that never closes in the paragraph does not hold sentences together.
     */
    private static int[] quoteClosings(List<Token> line) {
        int[] closeAt = new int[line.size()];
        Arrays.fill(closeAt, -1);
        int open = -1;
        for (int i = 0; i < line.size(); i++) {
            Token t = line.get(i);
            if (t.kind() == Token.Kind.QUOTE) {
                char c = t.quoteMark();
                boolean opens = c == '“' || c == '„' || c == '«' || (c == '"' && open < 0);
                boolean closes = c == '”' || c == '»' || (c == '"' && open >= 0) || c == '‟';
                if (opens && !closes) {
                    open = i;
                } else if (closes && open >= 0) {
                    for (int k = open; k < i; k++) {
                        closeAt[k] = i;
                    }
                    open = -1;
                }
            }
        }
        return closeAt;
    }

    private static boolean isTerminal(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…");
    }

    /** Whether the quotation mark at {@code i} opens a quotation that closes later in the paragraph. */
    private static boolean opens(List<Token> line, int[] closeAt, int i) {
        return line.get(i).kind() == Token.Kind.QUOTE && closeAt[i] > i;
    }

    private static boolean isCloser(Token t) {
        if (t.kind() == Token.Kind.QUOTE) {
            char c = t.quoteMark();
            return c == '”' || c == '"' || c == '’' || c == '»' || c == '\'';
        }
        return t.text().equals(")") || t.text().equals("]") || isTerminal(t);
    }

    private static boolean startsSentence(Token t) {
        if (t.kind() == Token.Kind.WORD) {
            return t.isCapitalized();
        }
        if (t.kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (t.kind() == Token.Kind.QUOTE) {
            char c = t.quoteMark();
            return c == '“' || c == '"' || c == '‘' || c == '«' || c == '„';
        }
        return t.text().equals("(") || t.text().equals("[") || t.text().equals("-") || t.text().equals("–");
    }
}
