package org.warta.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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
    public record Layout(List<RemovedText> removed, List<LinePart> parts) {
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
    /** A byline's name and the words before its date: "Nama Penulis • 2 Apr …", "Oleh Nama Orang Lain, 2 Apr …". */
    private static final int BYLINE_NAME_WORDS = 4;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    /** What may stand before a byline's label: an opening bracket, or a list's dash or bullet. */
    private static final Pattern LIST_MARK = Pattern.compile("^(\\(|[-\u2013\u2022*]\\s+)");
    private static final Pattern BAR = Pattern.compile("\\s\\|\\s");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b(19|20)\\d{2}\\b");

    private final LayoutLexicon lexicon;
    private final Datelines datelines = new Datelines();
    private final Tokenizer tokenizer = new Tokenizer();

    PageLayout(LayoutLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static PageLayout fromResources() {
        return new PageLayout(LayoutLexicon.fromResources());
    }

    /** @param boilerplate spans already left out (they are not read again) */
    public Layout read(String text, List<RemovedText> boilerplate) {
        List<PageLine> lines = PageLine.split(text).stream().filter(l -> !inside(l, boilerplate)).toList();
        int dateline = datelineLine(text, lines);
        int story = dateline >= 0 ? dateline : firstProse(text, lines);
        List<RemovedText> removed = new ArrayList<>();
        List<LinePart> parts = new ArrayList<>();
        String headline = null;
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            String furniture = furniture(l);
            if (furniture != null) {
                removed.add(new RemovedText(span(l), furniture));
                continue;
            }
            TextPart part;
            if (isByline(l)) {
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
                part = isSubheading(l, i == lines.size() - 1) ? TextPart.SUBHEADING : TextPart.BODY;
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
        return new Layout(removed, parts);
    }

    /**
     * A line above the story, after the headline: prose there is a standfirst or a photo caption; a few
     * capitalized words are the authors; the rest (menus, tags) is left out (null).
     */
    private static TextPart top(PageLine l) {
        if (l.wordCount() >= PROSE_WORDS && l.endsSentence() || l.wordCount() >= LONG_WORDS) {
            return TextPart.CAPTION;
        }
        return l.wordCount() <= 4 && l.mostlyCapitalized() ? TextPart.BYLINE : null;
    }

    /** The line that opens the story with a dateline, among the first lines of the page; -1 when none does. */
    private int datelineLine(String text, List<PageLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), DATELINE_LINES); i++) {
            PageLine l = lines.get(i);
            if (furniture(l) == null && !isByline(l) && datelines.storyStart(text, l) > l.start()) {
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

    /** The index of the story's first line of prose (or of a dateline); the top ends there. 0 when there is none. */
    private int firstProse(String text, List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            int words = l.wordCount();
            if (furniture(l) == null && !isByline(l) && (words >= LONG_WORDS || words >= PROSE_WORDS && l.endsSentence())) {
                return i;
            }
        }
        return 0;
    }

    /** Why a line is page furniture to leave out, or null: widgets, date lines, editor notes. */
    private String furniture(PageLine l) {
        // a list item linking another story: its headline may run past a short line's length
        if ((l.text().startsWith("- ") || l.text().startsWith("• ") || l.text().startsWith("» ")) && !l.endsSentence()
                && l.wordCount() <= LINK_WORDS && !labelledByline(l)) {
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
        if ((TIME.matcher(l.text()).find() || DATE.matcher(l.text()).find()) && !l.endsSentence()
                && words.stream().filter(w -> w.length() > 3).count() <= 4 && !namesSomeone(l) && !labelledByline(l)) {
            return "date line";
        }
        return null;
    }

    /** How many words the line has before its first digit: a byline's name before its date. */
    private static int wordsBeforeFirstDigit(PageLine l) {
        String t = l.text();
        int d = 0;
        while (d < t.length() && !Character.isDigit(t.charAt(d))) {
            d++;
        }
        return (int) Arrays.stream(t.substring(0, d).split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetter))
                .count();
    }

    /** Two capitalized words in a row that are not a date: "oleh Nama Penulis diperbarui 13 Jun 2017". */
    private static boolean namesSomeone(PageLine l) {
        String[] w = l.words();
        for (int i = 0; i + 1 < w.length; i++) {
            if (name(w[i]) && name(w[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean name(String w) {
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && w.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * "Reporter: …", "Rep: A/ Red: B", "Penulis …", "- Oleh …" in a list, "(Foto: …)", "(Nama Penulis)" closing the
     * story; and a labelled byline that runs on into its date ("Oleh Nama Penulis, Senin, 1 April 2024 | 10:15
     * WIB - Redaktur: …"), however long.
     */
    private boolean isByline(PageLine l) {
        if (!l.isShort()) {
            // only a labelled one runs on past a short line: cheap tests of its first word and its bars first
            return (startsWithLabel(l) || l.text().contains(" | ")) && !l.endsSentence() && dated(l)
                    && wordsBeforeFirstDigit(l) <= BYLINE_NAME_WORDS + 1 && labelledByline(l);
        }
        if (labelledByline(l)) {
            return true;
        }
        if (!l.endsSentence() && dated(l) && namesSomeone(l) && l.wordCount() <= 8
                && wordsBeforeFirstDigit(l) <= BYLINE_NAME_WORDS) {
            return true; // "Nama Penulis • 2 Apr 2024 09:15"; not a headline that ends in a date ("… Mei 2017")
        }
        boolean bracketed = l.text().startsWith("(") && l.text().endsWith(")");
        return (bracketed || allCapitals(l)) && l.wordCount() >= 2 && l.wordCount() <= 4 && l.mostlyCapitalized();
    }

    /** Whether the line holds a time or a date. */
    private static boolean dated(PageLine l) {
        return TIME.matcher(l.text()).find() || DATE.matcher(l.text()).find();
    }

    /** Whether the line's first word, past a bracket or a list's dash, begins as a byline's label does. */
    private boolean startsWithLabel(PageLine l) {
        String lower = l.lower();
        int i = 0;
        while (i < lower.length() && !Character.isLetter(lower.charAt(i)) && i < 3) {
            i++;
        }
        String from = lower.substring(i);
        return lexicon.bylineLabels.stream().anyMatch(from::startsWith);
    }

    /**
     * A byline's label opens the line, after a bracket or a list's dash at most ("- Oleh Nama Penulis"), or opens
     * a part of it set off by bars ("RABU, 1 MEI 2024 | 10:15 WIB | LAPORAN: NAMA PENULIS").
     */
    private boolean labelledByline(PageLine l) {
        for (String part : BAR.split(l.text())) {
            String text = LIST_MARK.matcher(part.strip()).replaceFirst("");
            String lower = text.toLowerCase(Locale.ROOT);
            if (lexicon.bylineLabels.stream().anyMatch(label -> lower.startsWith(label)
                    && labelled(text, label.length()))) {
                return true;
            }
        }
        return false;
    }

    /** After a byline label: nothing, a colon, or a name ("Reporter", "Rep: …", "Oleh Nama"), never prose ("Oleh karena"). */
    private static boolean labelled(String text, int after) {
        String rest = text.substring(after).stripLeading();
        if (after < text.length() && Character.isLetter(text.charAt(after))) {
            return false;
        }
        return rest.isEmpty() || rest.startsWith(":") || rest.startsWith("/") || Character.isUpperCase(rest.charAt(0));
    }

    /** "NAMA PENULIS": every letter a capital. */
    private static boolean allCapitals(PageLine l) {
        return l.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && l.text().chars().noneMatch(Character::isDigit);
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
