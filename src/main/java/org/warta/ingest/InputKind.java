package org.warta.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a build reads, told by the file name's extension in any case ({@code X.TXT} is text). */
public enum InputKind {
    TEXT, SIDECAR, JSON_LINES, HTML, WARC, FEED, XML;

    /** The kind of a file by its name, or empty for a file Warta does not read. */
    public static Optional<InputKind> of(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) {
            return Optional.of(SIDECAR);
        }
        if (n.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return Optional.of(FEED);
        }
        // sitemaps and other XML are common beside feeds: an .xml file is read as a feed only if it is one
        if (n.endsWith(".xml")) {
            return Optional.of(XML);
        }
        return Optional.empty();
    }

    /** The file name without the extension its kind is told by ({@code a.TXT} → {@code a}). */
    public static String base(Path file) {
        String n = file.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".meta.json", ".txt", ".jsonl", ".ndjson", ".xhtml", ".html", ".htm",
                ".warc.gz", ".warc", ".rss", ".atom", ".xml"}) {
            if (lower.endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    /** The extensions read, for messages. */
    public static final String READ = ".txt (+ .meta.json), .jsonl, .html/.htm, .warc/.warc.gz, .rss/.atom/.xml feeds";
}
