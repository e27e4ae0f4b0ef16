package org.warta.model;

import java.util.regex.Pattern;

/**
 * An article's identifier as given by its sidecar, corpus line or file name. It becomes part of IRIs, so it is
 * restricted to characters that need no escaping there.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}");

    public ArticleId {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new WartaException("invalid article id '" + value
                    + "': use 1-200 characters of A-Z a-z 0-9 . _ ~ - starting with a letter or digit");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SAFE.matcher(value).matches();
    }

    @Override
    public int compareTo(ArticleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
