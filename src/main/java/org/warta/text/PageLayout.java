package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.model.RemovedText;
import org.warta.model.Span;
import org.warta.model.TextPart;

/**
 * Tells a news page's article text from its furniture, line by line. Before the story's first paragraph of prose
 * (the "top"): the headline, bylines and the date line; the menus and widgets there are left out. After it: date
 * lines, widgets and editor notes are left out; bylines, photo captions and subheadings are kept as what they are;
 * the rest is body. A dateline ("JAKARTA, KOMPAS.com - ") is cut from the story's first line. Nothing in the
 * text changes: the result is spans left out, each with its reason, and the part of each kept line. Stateless.
 */
public final class PageLayout {
    /** A kept line and its part of the page. */
    public record LinePart(Span span, TextPart part) {
    }

    /** What the layout leaves out, and the part of every line it keeps. */
    public record Layout(List<RemovedText> removed, List<LinePart> parts, boolean wrapped) {
        public Layout {
            removed = List.copyOf(removed);
            parts = List.copyOf(parts);
        }
    }

    /** Prose: a line of at least this many words that ends as a sentence. */
    private static final int PROSE_WORDS = 4;
    /** A line this long is prose however it ends. */
    private static final int LONG_WORDS = 20;
    /** A dateline is looked for in the first lines of the page. */
    private static final int DATELINE_LINES = 12;
    /** A linked story's headline in a list item has at most this many words. */
    private static final int LINK_WORDS = 20;
    /** A label under a story's teaser (the site's name, a date) has at most this many words. */
    private static final int LABEL_WORDS = 4;

    private final LayoutLexicon lexicon;
    private final BylineLines bylines;
    private final Datelines datelines = new Datelines();
    private final Tokenizer tokenizer = new Tokenizer();

    PageLayout(LayoutLexicon lexicon) {
        this.lexicon = lexicon;
        this.bylines = new BylineLines(lexicon.bylineLabels);
    }

    public static PageLayout fromResources() {
        return new PageLayout(LayoutLexicon.fromResources());
    }

    /** @param boilerplate spans already left out (they are not read again) */
    public Layout read(String text, List<RemovedText> boilerplate) {
        List<PageLine> lines = PageLine.split(text).stream().filter(l -> !inside(l, boilerplate)).toList();
        int dateline = datelineLine(text, lines);
        boolean wrapped = WrappedLines.wrapped(text, lines);
        int story = dateline >= 0 ? dateline : firstProse(text, lines, wrapped);
        List<RemovedText> removed = new ArrayList<>();
        List<LinePart> parts = new ArrayList<>();
        String headline = null;
        boolean listed = false; // in a list a line ending with a colon introduced: the story's own list
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            listed = listItem(l) ? listed : l.text().endsWith(":");
            String furniture = listed && listItem(l) ? null : furniture(l);
            if (furniture != null) {
                removed.add(new RemovedText(span(l), furniture));
                continue;
            }
            int once = BylineLines.nameTwice(l);
            if (once > 0) { // the author's name once is the byline; its repetition and the date are left out
                parts.add(new LinePart(new Span(l.start(), l.start() + once), TextPart.BYLINE));
                removed.add(new RemovedText(new Span(l.start() + once, l.end()), "repeated byline"));
                continue;
            }
            if (i > story && questionTeaser(lines, i)) {
                removed.add(new RemovedText(span(l), "question teaser"));
                continue;
            }
            if (i > story && !wrapped && endTeaser(lines, i)) {
                // another story's title and lead at the page's end, the lead cut by the page, only labels after it
                removed.add(new RemovedText(span(l), "teaser title"));
                removed.add(new RemovedText(span(lines.get(i + 1)), "teaser lead"));
                i++;
                continue;
            }
            if (i > story && cutTitle(l)) {
                // another story's title cut short by a widget, and the lead under it when that is cut too
                removed.add(new RemovedText(span(l), "cut teaser title"));
                if (i + 1 < lines.size() && cutShort(lines.get(i + 1))) {
                    removed.add(new RemovedText(span(lines.get(i + 1)), "cut teaser lead"));
                    i++;
                }
                continue;
            }
            TextPart part;
            if (bylines.is(l) && !(wrapped && Character.isLowerCase(l.text().charAt(0)))) { // "oleh" going on
                part = TextPart.BYLINE;
            } else if (i < story) {
                part = headline == null && l.wordCount() >= 3 && !l.endsSentence() ? TextPart.HEADLINE : top(l);
                headline = part == TextPart.HEADLINE ? l.text() : headline;
            } else if (l.text().equals(headline)) {
                removed.add(new RemovedText(span(l), "repeated headline"));
                continue;
            } else if (isCaption(l) || i + 1 < lines.size() && isPhotoCredit(lines.get(i + 1))) {
                part = TextPart.CAPTION;
            } else {
                boolean prose = wrapped || listed && listItem(l); // no subheadings in a wrapped page or a list
                part = !prose && isSubheading(l, i == lines.size() - 1) ? TextPart.SUBHEADING : TextPart.BODY;
            }
            if (part == null) {
                removed.add(new RemovedText(span(l), "page top"));
                continue;
            }
            if (part == TextPart.BODY) {
                related(text, l).ifPresent(removed::add);
            }
            if (i == dateline) {
                int start = datelines.storyStart(text, l);
                removed.add(new RemovedText(new Span(l.start(), start), "dateline"));
                l = new PageLine(start, l.end(), text.substring(start, l.end()));
            }
            parts.add(new LinePart(span(l), part));
        }
        return new Layout(removed, parts, wrapped);
    }

    /**
     * A line above the story, after the headline: prose there is a standfirst or a photo caption; a few
     * capitalized words are the authors, as is a name before its outlet; the rest (menus, tags) is left out (null).
     */
    private static TextPart top(PageLine l) {
        if (l.wordCount() >= PROSE_WORDS && l.endsSentence() || l.wordCount() >= LONG_WORDS) {
            return TextPart.CAPTION;
        }
        return l.wordCount() <= 4 && l.mostlyCapitalized() || BylineLines.nameAndOutlet(l) ? TextPart.BYLINE : null;
    }

    /** The line that opens the story with a dateline, among the first lines of the page; -1 when none does. */
    private int datelineLine(String text, List<PageLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), DATELINE_LINES); i++) {
            PageLine l = lines.get(i);
            if (furniture(l) == null && !bylines.is(l) && datelines.storyStart(text, l) > l.start()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "… Baca Juga: Judul Artikel Lain Momen ini menandai …": another article's title set inside a line of the
     * story, from its marker to where the story goes on (a capitalized word before the first lower-case word that
     * a title would not write in lower case), or to the end of the line.
     */
    private Optional<RemovedText> related(String text, PageLine l) {
        String lower = l.lower();
        for (String marker : lexicon.relatedMarkers) {
            int at = lower.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int from = l.start() + at;
            List<Token> tokens = tokenizer.tokenize(text, from + marker.length(), l.end());
            int end = l.end();
            for (int k = 1; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.isWord() && !t.isCapitalized() && !lexicon.titleWords.contains(t.norm())) {
                    int start = k - 1;
                    while (start > 0 && !tokens.get(start).isCapitalized()) {
                        start--;
                    }
                    end = start > 0 ? tokens.get(start).start() : end;
                    break;
                }
            }
            return Optional.of(new RemovedText(new Span(from, end), "related article"));
        }
        return Optional.empty();
    }

    private static boolean inside(PageLine l, List<RemovedText> removed) {
        return removed.stream().anyMatch(r -> r.span().start() <= l.start() && l.end() <= r.span().end());
    }

    private static Span span(PageLine l) {
        return new Span(l.start(), l.end());
    }

    /**
     * The index of the story's first line of prose (or of a dateline); the top ends there. 0 when there is none. On
     * a wrapped page a paragraph's lines end open, its first sentence may end many lines down: its first line is the
     * story's, when it comes before.
     */
    private int firstProse(String text, List<PageLine> lines, boolean wrapped) {
        int open = wrapped ? WrappedLines.firstOpenParagraph(text, lines, PROSE_WORDS) : -1;
        int limit = open >= 0 ? open : lines.size();
        for (int i = 0; i < limit; i++) {
            PageLine l = lines.get(i);
            int words = l.wordCount();
            if (furniture(l) == null && !bylines.is(l) && (words >= LONG_WORDS || words >= PROSE_WORDS && l.endsSentence())) {
                return i;
            }
        }
        return Math.max(open, 0);
    }

    /** A line of a list: a dash, bullet or chevron first. */
    private static boolean listItem(PageLine l) {
        return l.text().startsWith("- ") || l.text().startsWith("• ") || l.text().startsWith("» ");
    }

    /** Why a line is page furniture to leave out, or null: widgets, date lines, editor notes. */
    private String furniture(PageLine l) {
        // a list item linking another story: its headline may run past a short line's length
        if (listItem(l) && !l.endsSentence()
                && l.wordCount() <= LINK_WORDS && !bylines.labelled(l)) {
            return "link list";
        }
        if (!l.isShort()) {
            return null;
        }
        if (lexicon.editorNotes.stream().anyMatch(p -> p.matcher(l.text()).matches())) {
            return "editor note";
        }
        List<String> words = l.letterWords();
        long widget = words.stream().filter(lexicon.widgetWords::contains).count();
        boolean junk = words.stream().filter(w -> w.length() >= 3).count() == 0;
        if (junk || !l.endsSentence() && widget * 2 >= words.size()) {
            return "widget";
        }
        if (BylineLines.dated(l) && !l.endsSentence() && words.stream().filter(w -> w.length() > 3).count() <= 4
                && !BylineLines.namesSomeone(l) && !bylines.labelled(l)) {
            return "date line";
        }
        return null;
    }

    /**
     * "-" then "Siapa yang … ? Jawaban …": another story's teaser, its question and the answer on one line, set off
     * from the line before by a lone dash as a widget lists them. The story asks no question so.
     */
    private boolean questionTeaser(List<PageLine> lines, int i) {
        PageLine l = lines.get(i);
        if (i == 0 || !loneMark(lines.get(i - 1))) {
            return false;
        }
        int mark = l.text().indexOf('?');
        String lower = l.lower();
        return mark > 0 && mark < l.text().length() - 1
                && lexicon.questionWords.stream().anyMatch(w -> lower.startsWith(w + " "));
    }

    /**
     * "Judul Berita Lain yang Dipoton...": a Title-Case line cut with an ellipsis right after a letter, as widgets
     * listing other stories cut their titles; the story's own lines end as sentences.
     */
    private static boolean cutTitle(PageLine l) {
        return cutShort(l) && l.wordCount() >= PROSE_WORDS && l.mostlyCapitalized();
    }

    /**
     * "Judul Berita Lain, Siapa Penggantinya?" then its lead cut mid-sentence, then only labels of a few words to the
     * page's end (an image label, the site's name, a date): another story's teaser set under this one. The story's
     * own text cut short by the excerpt ends the page; it is not followed by labels.
     */
    private static boolean endTeaser(List<PageLine> lines, int i) {
        PageLine title = lines.get(i);
        if (i + 2 >= lines.size() || !title.isShort() || title.wordCount() < PROSE_WORDS || !title.mostlyCapitalized()
                || title.text().endsWith(".")) {
            return false;
        }
        PageLine lead = lines.get(i + 1);
        if (lead.endsSentence() || lead.wordCount() < PROSE_WORDS || lead.isShort()) {
            return false;
        }
        return lines.subList(i + 2, lines.size()).stream()
                .allMatch(l -> l.wordCount() <= LABEL_WORDS && !l.endsSentence());
    }

    /** A line that ends with an ellipsis right after a letter or a digit: cut, not ended. */
    private static boolean cutShort(PageLine l) {
        String t = l.text().strip();
        int dots = t.endsWith("...") ? 3 : t.endsWith("…") ? 1 : 0;
        return dots > 0 && t.length() > dots && Character.isLetterOrDigit(t.charAt(t.length() - dots - 1));
    }

    /** A line of a mark alone, no letter or digit: "-", "•", "***". */
    private static boolean loneMark(PageLine l) {
        return l.text().length() <= 3 && l.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    /** "Foto: …": a photo credit, under its caption. */
    private boolean isPhotoCredit(PageLine l) {
        String lower = l.lower();
        return l.isShort() && (lower.startsWith("foto") || lower.startsWith("photo"));
    }

    private boolean isCaption(PageLine l) {
        String lower = l.lower();
        return lexicon.captionMarkers.stream().anyMatch(lower::contains)
                || l.isShort() && !l.endsSentence() && l.text().chars().filter(c -> c == '/').count() >= 2;
    }

    /** A short title inside the story, not its cut-off last line. */
    private static boolean isSubheading(PageLine l, boolean last) {
        return l.isShort() && !l.endsSentence() && !last && !l.text().endsWith(",") && !l.text().endsWith(":");
    }
}
