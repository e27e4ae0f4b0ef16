package org.warta.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.model.RemovedText;
import org.warta.model.Span;
import org.warta.model.WartaException;

/**
 * Finds site boilerplate (trailing link lists, comment boxes, ad markers, video timestamps and titles, author
 * blurbs) by the rules of {@code boilerplate.tsv}. It never edits the text: it returns the spans to leave out,
 * so offsets keep referring to the original.
 */
public final class BoilerplateCleaner {
    private final Set<String> trailers = new HashSet<>();
    private final List<Pattern> trailerPatterns = new ArrayList<>();
    private final Set<String> lines = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<Pattern> linePatterns = new ArrayList<>();
    private final List<Pattern> contributors = new ArrayList<>();
    private final List<Pattern> captionPatterns = new ArrayList<>();
    private final List<Pattern> stampPatterns = new ArrayList<>();
    /** Each list of patterns as one alternation: one scan of a line instead of one per rule. */
    private final Pattern anyTrailer;
    private final Pattern anyLine;
    private final Pattern anyContributor;
    private final Pattern anyCaption;
    private final Pattern anyStamp;
    private final Pattern timestamp = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");
    /** Boilerplate lines (markers, link titles, bylines, blurbs) are short; longer lines are not checked. */
    private static final int MAX_FURNITURE_LINE = 300;

    public static BoilerplateCleaner fromResource() {
        String name = "boilerplate.tsv";
        try (InputStream in = BoilerplateCleaner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new WartaException("missing resource " + name);
            }
            return new BoilerplateCleaner(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    BoilerplateCleaner(BufferedReader reader, String source) throws IOException {
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            if (f.length != 2 || f[1].isBlank()) {
                throw new WartaException(source + ":" + n + ": expected KIND<TAB>PATTERN");
            }
            String p = f[1].strip();
            try {
                switch (f[0]) {
                    case "trailer" -> trailers.add(key(p));
                    case "trailer-regex" -> trailerPatterns.add(Pattern.compile(p));
                    case "line" -> lines.add(key(p));
                    case "line-prefix" -> prefixes.add(key(p));
                    case "line-regex" -> linePatterns.add(Pattern.compile(p));
                    case "contributor" -> contributors.add(Pattern.compile(p));
                    case "caption-regex" -> captionPatterns.add(Pattern.compile(p));
                    case "stamp-regex" -> stampPatterns.add(Pattern.compile(p));
                    default -> throw new WartaException(source + ":" + n + ": unknown kind '" + f[0] + "'");
                }
            } catch (PatternSyntaxException e) {
                throw new WartaException(source + ":" + n + ": bad regex: " + e.getDescription());
            }
        }
        anyTrailer = anyOf(trailerPatterns);
        anyLine = anyOf(linePatterns);
        anyContributor = anyOf(contributors);
        anyCaption = anyOf(captionPatterns);
        anyStamp = anyOf(stampPatterns);
    }

    /** One pattern matching where any of {@code patterns} does; inline flags stay inside their own group. */
    private static Pattern anyOf(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p.pattern() + ")").toList()));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private record Line(int start, int end, String text) {
        String trimmed() {
            return text.strip();
        }
    }

    /** The spans of {@code text} that are boilerplate, in order, each with the rule that removed it. */
    public List<RemovedText> find(String text) {
        List<Line> all = splitLines(text);
        List<RemovedText> removed = new ArrayList<>();
        String lastKept = null; // a contributor credit is looked for only when a blurb may follow it
        // a trailer ends the article only after it has begun: past a paragraph of prose, or in the page's second half
        boolean prose = false;
        Line previous = null; // the last line with words: a teaser's title above its time stamp
        for (int i = 0; i < all.size(); i++) {
            Line l = all.get(i);
            String t = l.trimmed();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_FURNITURE_LINE) {
                lastKept = null;
                prose |= !anyCaption.matcher(t).matches(); // a photo's caption above the story is not its prose
                previous = l;
                continue; // a paragraph: page furniture is short lines
            }
            String k = key(t);
            boolean trailer = isTrailer(t, k);
            if (trailer && (prose || l.start >= text.length() / 2)) {
                removed.add(new RemovedText(new Span(trailerStart(t, previous, l, removed), text.length()),
                        "trailer: " + shorten(t)));
                break;
            }
            previous = l;
            // a trailer above the story ("Bagikan:" before its first paragraph) is its share buttons: one line
            if (trailer || lines.contains(k) || prefixes.stream().anyMatch(k::startsWith)
                    || anyLine.matcher(t).matches()) {
                removed.add(new RemovedText(new Span(l.start, l.end), "line: " + shorten(t)));
                if (timestamp.matcher(t).matches()) {
                    i = skipVideoTitles(all, i, removed);
                }
                continue;
            }
            if (isBlurb(t) && lastKept != null && anyContributor.matcher(lastKept).find()) {
                removed.add(new RemovedText(new Span(l.start, l.end), "author blurb"));
                continue;
            }
            lastKept = t;
        }
        return removed;
    }

    private boolean isTrailer(String t, String k) {
        return trailers.contains(k) || anyTrailer.matcher(t).matches() || anyStamp.matcher(t).matches();
    }

    /** Where the story's end starts: at a trailer line, or at the title line above a teaser's time stamp. */
    private int trailerStart(String t, Line previous, Line trailer, List<RemovedText> removed) {
        return anyStamp.matcher(t).matches() ? teaserStart(previous, trailer, removed) : trailer.start;
    }

    /** Title lines of an embedded video: no final punctuation and no quotation, each a repeat or the first. */
    private static int skipVideoTitles(List<Line> all, int i, List<RemovedText> removed) {
        String first = null;
        int j = i + 1;
        for (; j < all.size(); j++) {
            Line l = all.get(j);
            String t = l.trimmed();
            if (t.isEmpty()) {
                continue;
            }
            boolean titleLike = isTitle(t);
            boolean repeat = first != null && t.length() >= 20 && first.startsWith(t);
            if (titleLike && (first == null || repeat)) {
                removed.add(new RemovedText(new Span(l.start, l.end), first == null ? "video title" : "repeated video title"));
                if (first == null) {
                    first = t;
                }
            } else {
                break;
            }
        }
        return j - 1;
    }

    /** Where a related article's teaser starts: at its title line above the time stamp, if that line still stands. */
    private static int teaserStart(Line previous, Line stamp, List<RemovedText> removed) {
        boolean stands = previous != null && (removed.isEmpty()
                || removed.get(removed.size() - 1).span().end() <= previous.start);
        return stands && isTitle(previous.trimmed()) ? previous.start : stamp.start;
    }

    /** A title line: no final punctuation, no quotation, not long. */
    private static boolean isTitle(String t) {
        return !t.matches(".*[.!?:;,\"”’…]$") && t.indexOf('“') < 0 && t.indexOf('"') < 0 && t.length() <= 200;
    }

    private static boolean isBlurb(String t) {
        if (t.length() < 2) {
            return false;
        }
        char a = t.charAt(0);
        char b = t.charAt(t.length() - 1);
        return (a == '“' && b == '”') || (a == '"' && b == '"' && t.length() > 2);
    }

    private static String shorten(String t) {
        return t.length() <= 40 ? t : t.substring(0, 37) + "...";
    }

    private static List<Line> splitLines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                out.add(new Line(start, i, text.substring(start, i)));
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }
}
