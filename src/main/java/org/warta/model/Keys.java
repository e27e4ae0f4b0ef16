package org.warta.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable keys derived from names and ids: entity keys for names the gazetteer does not know, slugs, digests.
 * Keys never come from counters or clocks, so the same input gives the same key in every build and on every
 * machine (the RDF layer turns them into IRIs).
 */
public final class Keys {
    /** The key of a person known only by the name as written: {@code person/anna-chernova}. */
    public static String person(String name) {
        return "person/" + slug(name);
    }

    /** The key of an organization known only by its label: {@code organization/ministry-of-foreign-affairs}. */
    public static String organization(String label) {
        return "organization/" + slug(label);
    }

    /**
     * An IRI-safe slug of a name: ASCII letters and digits joined by hyphens ("Anna Chernova" → anna-chernova).
     * A name with no Latin letters gets a digest instead, so distinct names never share a slug by accident.
     */
    public static String slug(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
                dash = false;
            } else if (c >= 'A' && c <= 'Z') {
                b.append(Character.toLowerCase(c));
                dash = false;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        String s = b.toString();
        if (s.isEmpty() || d.chars().anyMatch(c -> Character.isLetter(c) && c > 0x24F)) {
            s = (s.isEmpty() ? "" : s + "-") + sha256Hex(name.toLowerCase(Locale.ROOT)).substring(0, 10);
        }
        return s;
    }

    /** SHA-256 of the string as UTF-8, in lower-case hex. */
    public static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private Keys() {
    }
}
