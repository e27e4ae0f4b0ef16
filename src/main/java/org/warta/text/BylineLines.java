package org.warta.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a page are bylines: a label and a name ("Reporter: …", "- Oleh …", "LAPORAN: …" between bars), a
 * name before its date, a short line of capitals or in brackets. The part of {@link PageLayout} that reads bylines;
 * stateless.
 */
final class BylineLines {
    /** A byline's name and the words before its date: "Nama Penulis • 2 Apr …", "Oleh Nama Orang Lain, 2 Apr …". */
    private static final int BYLINE_NAME_WORDS = 4;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b(19|20)\\d{2}\\b");
    /** What may stand before a byline's label: an opening bracket, or a list's dash or bullet. */
    private static final Pattern LIST_MARK = Pattern.compile("^(\\(|[-\u2013\u2022*]\\s+)");
    private static final Pattern BAR = Pattern.compile("\\s\\|\\s");
    /** Between an author's name and the outlet: a comma, or a dash with spaces around. */
    private static final Pattern OUTLET_AFTER = Pattern.compile(",\\s+|\\s[-\u2013]\\s+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private final List<String> labels;

    BylineLines(List<String> labels) {
        this.labels = List.copyOf(labels);
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
    static boolean namesSomeone(PageLine l) {
        String[] w = l.words();
        for (int i = 0; i + 1 < w.length; i++) {
            if (name(w[i]) && name(w[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean name(String word) {
        String w = word.endsWith(",") ? word.substring(0, word.length() - 1) : word; // "Nama Penulis, Kamis, …"
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && w.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * "Reporter: …", "Rep: A/ Red: B", "Penulis …", "- Oleh …" in a list, "(Foto: …)", "(Nama Penulis)" closing
     * the story; and a labelled byline that runs on into its date ("Oleh Nama Penulis, Senin, 1 April 2024 | 10:15
     * WIB - Redaktur: …"), however long.
     */
    boolean is(PageLine l) {
        if (!l.isShort()) {
            // only a labelled one runs on past a short line: cheap tests of its first word and its bars first
            return (startsWithLabel(l) || l.text().contains(" | ")) && !l.endsSentence() && dated(l)
                    && wordsBeforeFirstDigit(l) <= BYLINE_NAME_WORDS + 1 && labelled(l);
        }
        if (labelled(l)) {
            return true;
        }
        if (namedAndDated(l) || namedAndDated(firstBarPart(l))) {
            return true; // "Nama Penulis • 2 Apr 2024 09:15"; not a headline that ends in a date ("… Mei 2017")
        }
        if (namedWithAddress(l)) {
            return true; // "Nama Penulis (nama@warta.co.id)"
        }
        boolean bracketed = l.text().startsWith("(") && l.text().endsWith(")");
        return (bracketed || allCapitals(l)) && l.wordCount() >= 2 && l.wordCount() <= 4 && l.mostlyCapitalized();
    }

    /** A name, then the writer's e-mail address in brackets closing the line: "Nama Penulis (nama@warta.co.id)". */
    private static boolean namedWithAddress(PageLine l) {
        String t = l.text();
        int open = t.lastIndexOf('(');
        return open > 0 && t.endsWith(")") && EMAIL.matcher(t.substring(open + 1, t.length() - 1)).matches()
                && namesSomeone(new PageLine(l.start(), l.start() + open, t.substring(0, open)));
    }

    /**
     * "Nama Penulis, Kabar Warta", "Nama Penulis - kabarwarta": an author's name, every word capitalized, then the
     * outlet in a word or two after a comma or a dash.
     */
    static boolean nameAndOutlet(PageLine l) {
        Matcher sep = OUTLET_AFTER.matcher(l.text());
        if (!sep.find()) {
            return false;
        }
        String name = l.text().substring(0, sep.start());
        String outlet = l.text().substring(sep.end());
        String[] words = name.split("\\s+");
        return words.length >= 2 && words.length <= BYLINE_NAME_WORDS
                && Arrays.stream(words).allMatch(BylineLines::name) && !outlet.isBlank()
                && outlet.strip().split("\\s+").length <= 2;
    }

    /**
     * "Nama PenulisNama Penulis - Senin, 1 April 2024": an author's name written twice with nothing between (a link
     * and its text), then the date. The length of the name once; -1 when the line does not open so.
     */
    static int nameTwice(PageLine l) {
        String t = l.text();
        for (int len = t.indexOf(' ') + 1; len > 0 && 2 * len <= t.length(); len++) {
            String name = t.substring(0, len);
            if (t.startsWith(name, len)) {
                boolean rest = 2 * len == t.length() || !Character.isLetterOrDigit(t.charAt(2 * len));
                PageLine once = new PageLine(l.start(), l.start() + len, name);
                return rest && namesSomeone(once) && once.wordCount() <= BYLINE_NAME_WORDS ? len : -1;
            }
        }
        return -1;
    }

    private static boolean namedAndDated(PageLine l) {
        return !l.endsSentence() && dated(l) && namesSomeone(l) && l.wordCount() <= 8
                && wordsBeforeFirstDigit(l) <= BYLINE_NAME_WORDS;
    }

    /** The line up to its first bar: "Nama Penulis, Senin, 1 April 2024 10.15 | Waktu baca 3 menit". */
    private static PageLine firstBarPart(PageLine l) {
        Matcher bar = BAR.matcher(l.text());
        return bar.find() ? new PageLine(l.start(), l.start() + bar.start(), l.text().substring(0, bar.start())) : l;
    }

    /** Whether the line holds a time or a date. */
    static boolean dated(PageLine l) {
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
        return labels.stream().anyMatch(from::startsWith);
    }

    /**
     * A byline's label opens the line, after a bracket or a list's dash at most ("- Oleh Nama Penulis"), or opens
     * a part of it set off by bars ("RABU, 1 MEI 2024 | 10:15 WIB | LAPORAN: NAMA PENULIS").
     */
    boolean labelled(PageLine l) {
        for (String part : BAR.split(l.text())) {
            String text = LIST_MARK.matcher(part.strip()).replaceFirst("");
            String lower = text.toLowerCase(Locale.ROOT);
            if (labels.stream().anyMatch(label -> lower.startsWith(label)
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
}
