package org.warta.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.WartaException;

/**
 * The generator's sections of alternative lines (templates.txt): a tiny grammar where {section} expands to a random
 * line of that section and {X.attr} to a value the caller supplies. Loaded and checked once; immutable afterwards.
 */
final class Templates {
    private static final Pattern HEADER = Pattern.compile("\\[([a-z][a-z.-]*)]");
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]+)}");
    /** What the caller resolves: persons by letter, and the computed values. */
    private static final Set<String> PERSON_SLOTS = Set.of("A", "B", "C", "D", "S", "O", "P");
    private static final Set<String> PERSON_ATTRS = Set.of("full", "name", "short", "title", "state", "capital", "dateline");
    private static final Set<String> VALUES = Set.of("DATE.past", "DATE.recent", "DATE.future", "DATE.earlier",
            "YEAR.prev", "NUM", "DEC");

    private final Map<String, List<String>> sections;

    private Templates(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Templates fromResource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new WartaException("missing resource " + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new WartaException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    static Templates parse(BufferedReader reader, String source) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            Matcher h = HEADER.matcher(t);
            if (h.matches()) {
                if (sections.containsKey(h.group(1))) {
                    throw new WartaException(source + ":" + n + ": section [" + h.group(1) + "] appears twice");
                }
                current = new ArrayList<>();
                sections.put(h.group(1), current);
                continue;
            }
            if (current == null) {
                throw new WartaException(source + ":" + n + ": a line before the first [section]");
            }
            current.add(t);
            where.putIfAbsent(t, source + ":" + n);
        }
        // checked once every section is known, since a line may use a section defined further down
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new WartaException(source + ": section [" + e.getKey() + "] is empty");
            }
            for (String l : e.getValue()) {
                checkSlots(l, where.get(l), sections.keySet());
            }
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new Templates(Map.copyOf(sections));
    }

    private static void checkSlots(String line, String where, Set<String> sections) {
        Matcher m = SLOT.matcher(line);
        while (m.find()) {
            String slot = m.group(1);
            if (Character.isLowerCase(slot.charAt(0))) {
                if (!sections.contains(slot)) {
                    throw new WartaException(where + ": no section [" + slot + "]");
                }
                continue;
            }
            int dot = slot.indexOf('.');
            boolean person = dot > 0 && PERSON_SLOTS.contains(slot.substring(0, dot))
                    && PERSON_ATTRS.contains(slot.substring(dot + 1));
            if (!person && !VALUES.contains(slot)) {
                throw new WartaException(where + ": unknown slot {" + slot + "}");
            }
        }
    }

    /** The names of all sections, in no particular order. */
    Set<String> sections() {
        return sections.keySet();
    }

    boolean has(String section) {
        return sections.containsKey(section);
    }

    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new WartaException("templates.txt has no section [" + section + "]");
        }
        return lines;
    }

    /**
     * A random line of the section with every slot expanded; {@code values} resolves the upper-case slots
     * ("A.full", "DATE.past") and may use the same random source.
     */
    String expand(String section, SplittableRandom rng, BiFunction<String, SplittableRandom, String> values) {
        List<String> lines = lines(section);
        return expandLine(lines.get(rng.nextInt(lines.size())), rng, values, 0);
    }

    private String expandLine(String line, SplittableRandom rng, BiFunction<String, SplittableRandom, String> values,
                              int depth) {
        if (depth > 8) {
            throw new WartaException("templates.txt: sections nest more than 8 deep at '" + line + "'");
        }
        Matcher m = SLOT.matcher(line);
        StringBuilder out = new StringBuilder(line.length() + 64);
        while (m.find()) {
            String slot = m.group(1);
            String value;
            if (Character.isLowerCase(slot.charAt(0))) {
                List<String> lines = lines(slot);
                value = expandLine(lines.get(rng.nextInt(lines.size())), rng, values, depth + 1);
            } else {
                value = values.apply(slot, rng);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
