package org.warta.text;

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
import org.warta.model.WartaException;

/**
 * The words {@link PageLayout} tells page furniture by ({@code page-layout.tsv}): byline labels, widget words,
 * caption markers, editor notes, related-article markers, title words and question words. Strict: an unknown kind,
 * a line given twice or a bad regex names file and line.
 */
final class LayoutLexicon {
    private static final String FILE = "page-layout.tsv";

    final List<String> bylineLabels = new ArrayList<>();
    final Set<String> widgetWords = new HashSet<>();
    final List<String> captionMarkers = new ArrayList<>();
    final List<Pattern> editorNotes = new ArrayList<>();
    final List<String> relatedMarkers = new ArrayList<>();
    final Set<String> titleWords = new HashSet<>();
    final List<String> questionWords = new ArrayList<>();

    static LayoutLexicon fromResources() {
        try (InputStream in = LayoutLexicon.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new WartaException("missing lexicon " + FILE);
            }
            return new LayoutLexicon(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), FILE);
        } catch (IOException e) {
            throw new WartaException("cannot read lexicon " + FILE + ": " + e.getMessage(), e);
        }
    }

    LayoutLexicon(BufferedReader reader, String source) throws IOException {
        Set<String> seen = new HashSet<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            String where = source + ":" + n;
            if (f.length != 2 || f[1].isBlank()) {
                throw new WartaException(where + ": expected KIND<TAB>PHRASE");
            }
            String phrase = f[1].strip().toLowerCase(Locale.ROOT);
            if (!seen.add(f[0] + "\t" + phrase)) {
                throw new WartaException(where + ": '" + phrase + "' is listed twice");
            }
            switch (f[0]) {
                case "byline-label" -> bylineLabels.add(phrase);
                case "widget-word" -> widgetWords.add(phrase);
                case "caption-marker" -> captionMarkers.add(phrase);
                case "editor-note" -> editorNotes.add(regex(f[1].strip(), where));
                case "related-marker" -> relatedMarkers.add(phrase);
                case "title-word" -> titleWords.add(phrase);
                case "question-word" -> questionWords.add(phrase);
                default -> throw new WartaException(where + ": unknown kind '" + f[0] + "'");
            }
        }
    }

    private static Pattern regex(String p, String where) {
        try {
            return Pattern.compile(p, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new WartaException(where + ": bad regex: " + e.getDescription());
        }
    }
}
