package org.warta.model;

/**
 * One article as read: its id, its original text (every offset in Warta refers to it), its metadata and where it
 * came from (a file path, or a corpus file and line), for messages.
 */
public record Article(ArticleId id, String text, ArticleMetadata metadata, String origin) {
    public Article {
        if (id == null || text == null || metadata == null || origin == null) {
            throw new WartaException("article fields must not be null (origin " + origin + ")");
        }
    }

    /** SHA-256 of the text as UTF-8, hex: recorded in the graph, and how a rebuild knows nothing changed. */
    public String textSha256() {
        return Keys.sha256Hex(text);
    }
}
