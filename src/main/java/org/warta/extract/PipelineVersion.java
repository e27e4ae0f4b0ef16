package org.warta.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.warta.model.WartaException;

/**
 * What extracted an article: the software version and a digest of every lexicon and gazetteer the pipeline
 * loads, the user's own gazetteer files included, and the layout of the graph ("0.1.0+lex.3f9a0c21b7e4"). A build
 * re-extracts every article whose recorded version differs, so a lexicon edit, a new {@code --gazetteer} or a new
 * graph layout takes effect on the next build.
 */
public final class PipelineVersion {
    /** Every lexicon file the standard pipeline reads, as classpath resources (a test holds this list complete). */
    public static final List<String> LEXICONS = List.of(
            "/org/warta/text/abbreviations.txt",
            "/org/warta/text/page-layout.tsv",
            "/org/warta/ingest/boilerplate.tsv",
            "/org/warta/ingest/web/page.tsv",
            "/org/warta/extract/clause-words.tsv",
            "/org/warta/extract/reporting-verbs.tsv",
            "/org/warta/extract/entity/degrees.txt",
            "/org/warta/extract/entity/entity-words.tsv",
            "/org/warta/extract/entity/honorifics.txt",
            "/org/warta/extract/entity/locatives.txt",
            "/org/warta/extract/entity/name-particles.txt",
            "/org/warta/extract/entity/name-stopwords.txt",
            "/org/warta/extract/entity/org-heads.tsv",
            "/org/warta/extract/entity/patronymics.txt",
            "/org/warta/extract/entity/title-modifiers.txt",
            "/org/warta/extract/entity/titles.tsv",
            "/org/warta/extract/lexicon/gazetteer.tsv",
            "/org/warta/extract/meeting/captions.txt",
            "/org/warta/extract/meeting/cues.tsv",
            "/org/warta/extract/meeting/meeting-words.tsv",
            "/org/warta/extract/meeting/triggers.tsv",
            "/org/warta/extract/statement/statement-words.tsv",
            "/org/warta/extract/time/calendar.tsv",
            "/org/warta/extract/time/relative.tsv");

    /**
     * The layout of an article's graph, digested with the lexicons: raised whenever the mapper writes an article
     * differently (2: sentences named by their spans, end stamps only for ranges, removed stretches by their names),
     * so that a build re-extracts the articles a store holds in the older layout instead of keeping them unchanged.
     */
    static final String GRAPH_LAYOUT = "2";
    /** Hex digits of the digest kept in the version. */
    private static final int DIGEST_CHARS = 12;

    public static String of(String software, List<Path> userGazetteers) {
        MessageDigest md = sha256();
        update(md, "graph layout", GRAPH_LAYOUT.getBytes(StandardCharsets.UTF_8));
        for (String name : LEXICONS) {
            try (InputStream in = PipelineVersion.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new WartaException("missing lexicon " + name);
                }
                update(md, name, in.readAllBytes());
            } catch (IOException e) {
                throw new WartaException("cannot read lexicon " + name + ": " + e.getMessage(), e);
            }
        }
        for (Path p : userGazetteers) {
            try {
                update(md, "user gazetteer", Files.readAllBytes(p));
            } catch (IOException e) {
                throw new WartaException("cannot read gazetteer " + p + ": " + e.getMessage(), e);
            }
        }
        return software + "+lex." + HexFormat.of().formatHex(md.digest()).substring(0, DIGEST_CHARS);
    }

    private static void update(MessageDigest md, String name, byte[] content) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private PipelineVersion() {
    }
}
