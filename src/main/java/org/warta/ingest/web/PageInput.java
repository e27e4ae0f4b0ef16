package org.warta.ingest.web;

import java.nio.charset.Charset;
import java.util.Optional;
import org.warta.model.ArticleMetadata;
import org.warta.model.ArticleSource;

/**
 * One HTML page to read, with what is known about it from outside the page.
 *
 * @param bytes    the page as fetched or saved
 * @param charset  the charset its HTTP response declared; without one the page's own declaration (byte-order mark,
 *                 {@code <meta charset>}) is read, else UTF-8
 * @param origin   where it is, for messages: a path, or a WARC file with the record's offset
 * @param name     a name for its id when the sidecar gives none (a saved page's file name), else the URL is used
 * @param source   where it was read from, for the graph
 * @param given    metadata that wins over the page's: the user's sidecar, or the feed item's own fields
 * @param givenId  the id the sidecar gives, which wins over every name
 */
record PageInput(byte[] bytes, Optional<Charset> charset, String origin, Optional<String> name, ArticleSource source,
                 ArticleMetadata given, Optional<String> givenId) {
}
