package org.warta.ingest.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.warta.model.WartaException;

/**
 * The rules of {@code page.tsv}: which class and id tokens mark page furniture, captions, bylines and visible
 * dates; which block texts are furniture; how bylines introduce names; month names and time zones of visible
 * dates. Loaded once and checked strictly: an unknown kind, a missing field or a repeated rule names its line.
 */
public final class PageLexicon {
    /** The part of a page an element's class or id marks. */
    public enum Part { FURNITURE, CAPTION, BYLINE, DATELINE }

    static final String RESOURCE = "/org/warta/ingest/web/page.tsv";

    private final Map<String, Part> tokens;
    private final Set<String> lines;
    private final List<String> prefixes;
    private final List<String> credits;
    private final List<String> authorCredits;
    private final List<Pattern> patterns;
    private final Map<String, Integer> months;
    private final Map<String, ZoneOffset> zones;

    private PageLexicon(Map<String, Part> tokens, Set<String> lines, List<String> prefixes, List<Pattern> patterns,
                        List<String> credits, List<String> authorCredits, Map<String, Integer> months,
                        Map<String, ZoneOffset> zones) {
        this.tokens = Map.copyOf(tokens);
        this.lines = Set.copyOf(lines);
        this.prefixes = List.copyOf(prefixes);
        this.patterns = List.copyOf(patterns);
        this.authorCredits = List.copyOf(authorCredits);
        // the longest credit first, so "penulis:" is taken before "penulis"
        this.credits = credits.stream().sorted((a, b) -> b.length() - a.length()).toList();
        this.months = Map.copyOf(months);
        this.zones = Map.copyOf(zones);
    }

    public static PageLexicon standard() {
        try (InputStream in = PageLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WartaException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    RESOURCE);
        } catch (IOException e) {
            throw new WartaException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static PageLexicon parse(List<String> rows, String origin) {
        Map<String, Part> tokens = new HashMap<>();
        Set<String> lines = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<String> authorCredits = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        Map<String, Integer> months = new HashMap<>();
        Map<String, ZoneOffset> zones = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            String[] f = row.split("\t");
            if (f.length < 2 || f[1].isBlank()) {
                throw new WartaException(where + ": expected KIND<TAB>VALUE, got '" + row + "'");
            }
            String kind = f[0];
            String value = f[1].strip().toLowerCase(Locale.ROOT);
            if (!seen.add(kind + "\t" + value)) {
                throw new WartaException(where + ": repeated rule '" + row + "'");
            }
            int arity = kind.equals("month") || kind.equals("zone") ? 3 : 2;
            if (f.length != arity) {
                throw new WartaException(where + ": '" + kind + "' takes " + (arity - 1) + " field(s): '" + row + "'");
            }
            switch (kind) {
                case "furniture", "caption", "byline", "dateline" -> {
                    if (tokens.put(value, Part.valueOf(kind.toUpperCase(Locale.ROOT))) != null) {
                        throw new WartaException(where + ": token '" + value + "' already marks another part");
                    }
                }
                case "line" -> lines.add(value);
                case "prefix" -> prefixes.add(value);
                case "credit" -> credits.add(value);
                case "author" -> authorCredits.add(value);
                case "pattern" -> patterns.add(pattern(f[1].strip(), where));
                case "month" -> months.put(value, number(f[2], where));
                case "zone" -> zones.put(value, offset(f[2], where));
                default -> throw new WartaException(where + ": unknown kind '" + kind
                        + "': use furniture, caption, byline, dateline, line, prefix, pattern, credit, author, month or zone");
            }
        }
        return new PageLexicon(tokens, lines, prefixes, patterns, credits, authorCredits, months, zones);
    }

    private static Pattern pattern(String regex, String where) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new WartaException(where + ": not a regular expression: " + e.getDescription());
        }
    }

    private static int number(String s, String where) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 1 || n > 12) {
                throw new WartaException(where + ": month number out of range: " + s);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new WartaException(where + ": not a month number: '" + s + "'");
        }
    }

    private static ZoneOffset offset(String s, String where) {
        try {
            return ZoneOffset.of(s.strip());
        } catch (java.time.DateTimeException e) {
            throw new WartaException(where + ": not a UTC offset: '" + s + "'");
        }
    }

    /**
     * The part an element's class and id mark, if any: each class name or id is split at hyphens and underscores
     * and matched against every rule as a run of whole parts ("box-baca-juga" holds "baca-juga"; "loads" holds no
     * "ads"). Furniture wins over the other parts.
     */
    public Optional<Part> partOf(String classAndId) {
        Part found = null;
        for (String name : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            List<String> parts = List.of(name.split("[-_]+"));
            for (int from = 0; from < parts.size(); from++) {
                StringBuilder run = new StringBuilder();
                for (int to = from; to < parts.size(); to++) {
                    if (to > from) {
                        run.append('-');
                    }
                    run.append(parts.get(to));
                    Part p = tokens.get(run.toString());
                    if (p == Part.FURNITURE) {
                        return Optional.of(p);
                    }
                    if (p != null && found == null) {
                        found = p;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a block of this text is furniture: a whole-line rule, or a prefix rule. */
    public boolean isFurnitureText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (lines.contains(t)) {
            return true;
        }
        for (String p : prefixes) {
            if (t.startsWith(p)) {
                return true;
            }
        }
        for (Pattern p : patterns) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block of the body is a byline by its words ("Pewarta: Ana"): short, opening with a credit. */
    public boolean isBylineText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.length() <= 120 && authorCredits.stream().anyMatch(t::startsWith);
    }

    /** The text after a credit that introduces a name ("Penulis: Ana" → "Ana"), or the text itself. */
    public String withoutCredit(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (String c : credits) {
            if (lower.startsWith(c) && (c.endsWith(":") || t.length() == c.length()
                    || !Character.isLetterOrDigit(t.charAt(c.length())))) {
                return t.substring(c.length()).strip();
            }
        }
        return t;
    }

    public Optional<Integer> month(String name) {
        return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<ZoneOffset> zone(String name) {
        return Optional.ofNullable(zones.get(name.toLowerCase(Locale.ROOT)));
    }
}
