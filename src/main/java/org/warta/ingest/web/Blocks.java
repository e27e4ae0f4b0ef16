package org.warta.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text blocks of a page in document order: paragraphs, headings, list items, and runs of text that stand
 * directly in a {@code div} between line breaks (some sites set their body that way). Each block knows the element
 * it stands in, how much of its text is link text, and whether it opens with bold text (the dateline's markup).
 */
final class Blocks {
    /**
     * One block: its text (spaces normalized), the element holding it (a paragraph's parent; the element a run of
     * text stands in), its link characters, and its kind.
     */
    record Block(String text, Element holder, int linkChars, boolean heading, boolean boldStart) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt",
            "blockquote", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tr",
            "td", "th", "figure", "header", "center");
    private static final Set<String> LEAVES = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private Blocks() {
    }

    static List<Block> of(Element root) {
        List<Block> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<Block> out) {
        boolean leaf = LEAVES.contains(e.normalName()) && e.children().stream()
                .noneMatch(c -> BLOCKS.contains(c.normalName()) && !c.normalName().equals("center"));
        // a paragraph's holder is the element it stands in, so that the paragraphs of one body score one element
        Run run = new Run(leaf && e.parent() != null ? e.parent() : e, leaf && HEADINGS.contains(e.normalName()));
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                run.text(t.getWholeText(), false);
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    run.flush(out);
                } else if (BLOCKS.contains(c.normalName()) && !leaf) {
                    run.flush(out);
                    collect(c, out);
                } else {
                    inline(c, run, out);
                }
            }
        }
        run.flush(out);
    }

    /** Inline content: its text joins the run; a line break inside it ends the run. */
    private static void inline(Element e, Run run, List<Block> out) {
        boolean link = e.normalName().equals("a");
        boolean bold = e.normalName().equals("strong") || e.normalName().equals("b");
        if (bold && run.isEmpty()) {
            run.boldStart = true;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                run.text(t.getWholeText(), link || run.inLink > 0);
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    run.flush(out);
                } else {
                    if (link) {
                        run.inLink++;
                    }
                    inline(c, run, out);
                    if (link) {
                        run.inLink--;
                    }
                }
            }
        }
    }

    /** Text gathered up to the next line break or block. */
    private static final class Run {
        private final Element holder;
        private final boolean heading;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int inLink;
        private boolean boldStart;

        Run(Element holder, boolean heading) {
            this.holder = holder;
            this.heading = heading;
        }

        boolean isEmpty() {
            return text.toString().isBlank();
        }

        void text(String s, boolean link) {
            String normal = normalize(s);
            if (normal.isEmpty()) {
                return;
            }
            if (link) {
                linkChars += normal.strip().length();
            }
            text.append(normal);
        }

        void flush(List<Block> out) {
            String t = text.toString().strip();
            if (!t.isEmpty()) {
                out.add(new Block(t, holder, Math.min(linkChars, t.length()), heading, boldStart));
            }
            text.setLength(0);
            linkChars = 0;
            boldStart = false;
        }
    }

    /** Runs of white space (no-break spaces too) as one space; an all-space string as one space. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }
}
