package org.warta.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.warta.model.ArticleId;
import org.warta.model.Keys;

/**
 * Article ids from the names users give files and the ids they write in sidecars. A name that is already a safe id
 * is kept as it is. Any other name (spaces, non-ASCII letters, '#', '%', a URL, a name near the 255-byte limit of
 * file systems) gets a minted id: an ASCII slug of it plus a short digest of it, so two names never share an id,
 * and the same name always gives the same id. The name is read in Unicode NFC first, so a name in NFD (as macOS
 * writes file names) gives the same id as in NFC.
 */
public final class ArticleIds {
    /** Slugs longer than this are cut at a hyphen: the digest keeps them apart. */
    static final int MAX_SLUG = 60;
    static final int DIGEST = 10;

    /** An id, and the name it was minted from when it is not that name. */
    public record Minted(ArticleId id, Optional<String> original) {
    }

    public static Minted of(String name) {
        if (ArticleId.isValid(name)) {
            return new Minted(new ArticleId(name), Optional.empty());
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        String digest = Keys.sha256Hex(nfc).substring(0, DIGEST);
        String slug = slug(withoutScheme(nfc));
        return new Minted(new ArticleId(slug.isEmpty() ? digest : slug + "-" + digest), Optional.of(name));
    }

    private static String withoutScheme(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://www.", "http://www.", "https://", "http://"}) {
            if (lower.startsWith(prefix)) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    /** ASCII letters and digits of the name (accents dropped), lower case, runs of anything else as one hyphen. */
    static String slug(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                continue;
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        String slug = b.toString();
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            int dash = slug.lastIndexOf('-');
            slug = dash > MAX_SLUG / 2 ? slug.substring(0, dash) : slug;
        }
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug;
    }

    private ArticleIds() {
    }
}
